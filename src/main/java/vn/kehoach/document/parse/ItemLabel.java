package vn.kehoach.document.parse;

import vn.kehoach.officialdoc.Numbering;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering label that opens a paragraph: "Phần thứ nhất", "I.", "1.", "5.1.", "a)", "đ)", "-", "+".
 *
 * @param style the kind of label
 * @param label as printed without punctuation: "I", "1", "5.1", "đ", "-", "+"; a part ("Phần thứ hai", "PHẦN II")
 *              is "Phần II", whatever way it was written
 * @param rest  the text after the label
 */
record ItemLabel(Style style, String label, String rest) {

    /** Label styles, in the order they nest: a larger rank sits below a smaller one. */
    enum Style {
        PART, ROMAN, ARABIC, DECIMAL, LETTER, DASH, PLUS;

        boolean isBullet() { return this == DASH || this == PLUS; }
    }

    /**
     * "Phần thứ nhất", "PHẦN I", "Phần 2:" opening a line; what follows must be a title (capitalised) or nothing, so
     * "Phần kinh phí còn lại …" or "Phần II của Kế hoạch này …" stay text.
     */
    private static final Pattern PART = Pattern.compile(
            "^(?:PHẦN|Phần)\\s+(?:(?:THỨ|thứ)\\s+(\\p{L}+)|([IVX]{1,4})|(\\d{1,2}))(?![\\p{L}\\d])\\s*[.:\\-–]?\\s*(\\p{Lu}.*)?$");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("nhất", 1), Map.entry("một", 1), Map.entry("hai", 2),
            Map.entry("ba", 3), Map.entry("tư", 4), Map.entry("bốn", 4),
            Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7),
            Map.entry("tám", 8), Map.entry("chín", 9), Map.entry("mười", 10));
    /** Roman numerals for mục stay small: "C." or "D." opening a line is far more likely a name than 100 or 500. */
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*\\.\\s*(\\p{Lu}.*)$");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+([\\p{Lu}\\d“\"(].*)$");
    /** "1.Tăng cường" is accepted without a space, "1.000 người" is not a label. */
    private static final Pattern ARABIC = Pattern
            .compile("^(\\d{1,3})\\s*[.)](?:\\s+([\\p{Lu}\\d“\"(].*)|(\\p{Lu}.*))$");
    /** Word's automatic letters are English (f, j, w, z appear), so any single letter is accepted. */
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s*(\\S.*)$|^([a-zđ])\\.\\s+(\\p{Lu}.*)$");
    private static final Pattern DASH = Pattern.compile("^[-–—•·▪●]\\s*([^-–—\\s].*)$");
    private static final Pattern PLUS = Pattern.compile("^[+◦○]\\s*(\\S.*)$");

    static ItemLabel parse(String text) {
        Matcher m = PART.matcher(text);
        if (m.matches()) {
            int position = partPosition(m);
            if (position > 0) {
                return new ItemLabel(Style.PART, "Phần " + Numbering.roman(position),
                        m.group(4) == null ? "" : m.group(4));
            }
        }
        m = ROMAN.matcher(text);
        if (m.matches() && Numbering.parseRoman(m.group(1)) > 0)
            return new ItemLabel(Style.ROMAN, m.group(1), m.group(2));
        m = DECIMAL.matcher(text);
        if (m.matches()) return new ItemLabel(Style.DECIMAL, m.group(1), m.group(2));
        m = ARABIC.matcher(text);
        if (m.matches()) return new ItemLabel(Style.ARABIC, m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        m = LETTER.matcher(text);
        if (m.matches()) {
            return m.group(1) != null
                    ? new ItemLabel(Style.LETTER, m.group(1), m.group(2))
                    : new ItemLabel(Style.LETTER, m.group(3), m.group(4));
        }
        m = DASH.matcher(text);
        if (m.matches()) return new ItemLabel(Style.DASH, "-", m.group(1));
        m = PLUS.matcher(text);
        if (m.matches()) return new ItemLabel(Style.PLUS, "+", m.group(1));
        return null;
    }

    private static int partPosition(Matcher m) {
        if (m.group(1) != null) return ORDINALS.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), 0);
        if (m.group(2) != null) return Numbering.parseRoman(m.group(2));
        int n = Integer.parseInt(m.group(3));
        return n >= 1 && n <= 20 ? n : 0;
    }

    /** Nesting depth: parts above mục, 5.1 sits below 5, 5.1.2 below 5.1, letters below decimals, "+" below "-". */
    int rank() {
        return switch (style) {
            case PART -> -10;
            case ROMAN -> 0;
            case ARABIC -> 10;
            case DECIMAL -> 10 + (int) label.chars().filter(c -> c == '.').count();
            case LETTER -> 30;
            case DASH -> 40;
            case PLUS -> 41;
        };
    }
}
