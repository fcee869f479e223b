package vn.kehoach.document.parse;

import vn.kehoach.plan.Numbering;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering label that opens a paragraph: "I.", "1.", "5.1.", "a)", "đ)", "-", "+".
 *
 * @param style the kind of label
 * @param label as printed without punctuation: "I", "1", "5.1", "đ", "-", "+"
 * @param rest  the text after the label
 */
record ItemLabel(Style style, String label, String rest) {

    /** Label styles, in the order they nest: a larger rank sits below a smaller one. */
    enum Style {
        ROMAN, ARABIC, DECIMAL, LETTER, DASH, PLUS;

        boolean isBullet() {
            return this == DASH || this == PLUS;
        }
    }

    /** Roman numerals for mục stay small: "C." or "D." opening a line is far more likely a name than 100 or 500. */
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*\\.\\s*(\\p{Lu}.*)$");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+([\\p{Lu}\\d“\"(].*)$");
    /** "1.Tăng cường" is accepted without a space, "1.000 người" is not a label. */
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,3})\\s*[.)](?:\\s+([\\p{Lu}\\d“\"(].*)|(\\p{Lu}.*))$");
    /** Word's automatic letters are English (f, j, w, z appear), so any single letter is accepted. */
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s*(\\S.*)$|^([a-zđ])\\.\\s+(\\p{Lu}.*)$");
    private static final Pattern DASH = Pattern.compile("^[-–—•·▪●]\\s*([^-–—\\s].*)$");
    private static final Pattern PLUS = Pattern.compile("^[+◦○]\\s*(\\S.*)$");

    static ItemLabel parse(String text) {
        Matcher m = ROMAN.matcher(text);
        if (m.matches() && Numbering.parseRoman(m.group(1)) > 0) return new ItemLabel(Style.ROMAN, m.group(1), m.group(2));
        m = DECIMAL.matcher(text);
        if (m.matches()) return new ItemLabel(Style.DECIMAL, m.group(1), m.group(2));
        m = ARABIC.matcher(text);
        if (m.matches()) return new ItemLabel(Style.ARABIC, m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        m = LETTER.matcher(text);
        if (m.matches()) {
            return m.group(1) != null ? new ItemLabel(Style.LETTER, m.group(1), m.group(2))
                    : new ItemLabel(Style.LETTER, m.group(3), m.group(4));
        }
        m = DASH.matcher(text);
        if (m.matches()) return new ItemLabel(Style.DASH, "-", m.group(1));
        m = PLUS.matcher(text);
        if (m.matches()) return new ItemLabel(Style.PLUS, "+", m.group(1));
        return null;
    }

    /** Nesting depth: 5.1 sits below 5, 5.1.2 below 5.1, letters below decimals, "+" below "-". */
    int rank() {
        return switch (style) {
            case ROMAN -> 0;
            case ARABIC -> 10;
            case DECIMAL -> 10 + (int) label.chars().filter(c -> c == '.').count();
            case LETTER -> 30;
            case DASH -> 40;
            case PLUS -> 41;
        };
    }
}
