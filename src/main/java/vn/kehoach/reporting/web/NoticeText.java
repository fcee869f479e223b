package vn.kehoach.reporting.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.kehoach.reporting.Notice;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a notification in the reader's language ({@code ${@noticeText.of(n)}} in templates and the text of
 * reminder e-mails): arguments that are message keys themselves are rendered first.
 */
@Component("noticeText")
public class NoticeText {

    private final MessageSource messages;

    NoticeText(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Notice notice) {
        return of(notice.messageKey(), notice.args(), LocaleContextHolder.getLocale());
    }

    public String of(String key, List<String> args, Locale locale) {
        Object[] resolved = args.stream().map(a -> resolve(a, locale)).toArray();
        return messages.getMessage(key, resolved, key, locale);
    }

    /** "report.title.ANNUAL|2025" is a message key with a numeric argument; anything else is plain text. */
    private Object resolve(String arg, Locale locale) {
        if (arg == null) return "";
        Matcher m = KEY.matcher(arg);
        if (!m.matches()) return arg;
        Object[] params = m.group(2) == null ? null : new Object[]{Long.parseLong(m.group(2))};
        return messages.getMessage(m.group(1), params, arg, locale);
    }

    private static final Pattern KEY = Pattern.compile("([a-zA-Z]+(?:\\.[A-Za-z]+)*\\.[A-Z_]+)(?:\\|(\\d{1,9}))?");
}
