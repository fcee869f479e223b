package vn.kehoach.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese text as it arrives from files and forms: decomposed accents (macOS, PDF extraction), non-breaking
 * spaces, and two conventions for placing the tone mark in oa/oe/uy ("Hòa" officially, "Hoà" in newer lists).
 */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    /**
     * "oà", "oé", "uỷ" … at the end of a syllable carry the tone on the second vowel in the new convention; the old
     * (official) one puts it on the first. Not after "q": in "quý" the u belongs to the consonant.
     */
    private static final Pattern NEW_STYLE_TONE = Pattern
            .compile("(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?!\\p{L})");

    private VietnameseText() {
    }

    /** NFC, single spaces, trimmed; null stays null. */
    public static String clean(String text) {
        if (text == null) return null;
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip();
    }

    /** NFC only: keeps spaces and line breaks (for multi-line text). */
    public static String normalizeNfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Lower case without diacritics, đ → d: what the database's f_unaccent() gives, for matching in Java. */
    public static String fold(String text) {
        if (text == null) return null;
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        return COMBINING.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    /** A comparison key in which "Hoà" and "Hòa", "Thuỷ" and "Thủy" are equal (and nothing else changes). */
    public static String toneKey(String text) {
        if (text == null) return null;
        String cleaned = clean(text);
        Matcher m = NEW_STYLE_TONE.matcher(cleaned);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(moveTone(m.group(1), m.group(2))));
        }
        m.appendTail(out);
        return out.toString().toLowerCase(VIETNAMESE);
    }

    /** "o" + "à" → "ò" + "a": puts the tone of the second vowel on the first. */
    private static String moveTone(String first, String second) {
        String decomposed = Normalizer.normalize(second, Normalizer.Form.NFD);
        String base = decomposed.substring(0, 1);
        String tone = decomposed.substring(1);
        String toned = Normalizer.normalize(first + tone, Normalizer.Form.NFC);
        return toned + base;
    }

    /** Escapes LIKE wildcards so that user input is matched literally. */
    public static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
