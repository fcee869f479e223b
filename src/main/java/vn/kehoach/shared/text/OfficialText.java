package vn.kehoach.shared.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The wording the application writes into official documents and records (a plan's default text, a report's
 * sentences, annex headings), taken from the messages files and always in Vietnamese: a plan or a report is a legal
 * text in Vietnamese whatever language its author reads the pages in. Pages use Spring's messages in the reader's
 * language instead.
 *
 * <p>Arguments are formatted as plain text (a year stays "2025", not "2.025"), so a key read here must not rely on
 * number formats.
 */
public final class OfficialText {

    private static final ResourceBundle.Control VIETNAMESE_ONLY = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private OfficialText() {
    }

    /** The Vietnamese text of {@code key}, with {@code {0}}, {@code {1}} … replaced by the arguments. */
    public static String of(String key, Object... arguments) {
        return format(ResourceBundle.getBundle("messages", VietnameseText.VIETNAMESE, VIETNAMESE_ONLY)
                .getString(key), VietnameseText.VIETNAMESE, arguments);
    }

    /** As Spring's messages do: a text without arguments is taken as written, one with arguments as a pattern. */
    static String format(String pattern, Locale locale, Object... arguments) {
        if (arguments.length == 0) return pattern;
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = arguments[i] == null ? "" : arguments[i].toString();
        }
        return new MessageFormat(pattern, locale).format(plain);
    }
}
