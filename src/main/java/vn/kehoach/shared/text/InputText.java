package vn.kehoach.shared.text;

import java.text.Normalizer;

/**
 * Text as it may be stored, whatever was sent: PostgreSQL refuses a NUL character in text (the whole statement
 * fails), other control characters are invisible on the page and break the Word and Excel files, a lone surrogate
 * half cannot be encoded, and the same Vietnamese word typed with decomposed accents would not be found by search.
 * Tabs and line breaks are kept; nothing else changes (no trimming: that is each form's choice).
 */
public final class InputText {

    private InputText() {
    }

    /** NFC without control characters (but tab, line feed and carriage return) or unpaired surrogates; null stays null. */
    public static String clean(String text) {
        if (text == null) return null;
        if (isClean(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!unwanted(c)) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** The text without surrounding whitespace, or null when nothing is left: how an optional value is stored. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unwanted(c) || Character.isSurrogate(c)) return false;
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    private static boolean unwanted(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || Character.isSurrogate(c);
    }
}
