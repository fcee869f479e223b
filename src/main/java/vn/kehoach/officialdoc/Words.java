package vn.kehoach.officialdoc;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The fixed words of Decree 30 layouts ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:", "Phần I"), kept with
 * every other text in the application's messages files (keys {@code officialdoc.*}) and read here in Vietnamese:
 * the decree prescribes them. Read through the JDK so that this module depends on nothing.
 */
final class Words {

    private static final ResourceBundle.Control VIETNAMESE_ONLY = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Words() {
    }

    /** Arguments are written as plain text: a year stays "2025". */
    static String of(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("messages", Texts.VIETNAMESE, VIETNAMESE_ONLY).getString(key);
        if (arguments.length == 0) return pattern;
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) plain[i] = String.valueOf(arguments[i]);
        return new MessageFormat(pattern, Texts.VIETNAMESE).format(plain);
    }
}
