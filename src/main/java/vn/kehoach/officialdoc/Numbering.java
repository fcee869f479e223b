package vn.kehoach.officialdoc;

import java.util.List;

/**
 * Labels of numbered parts in Vietnamese administrative documents (Decree 30/2020, Phụ lục I): Roman numerals for
 * mục (I, II), Arabic for khoản (1, 2), letters for điểm in Vietnamese alphabet order — a, b, c, d, đ, e, g, h, …
 * (with đ, without f, j, w, z) — and "-" bullets below that.
 */
public final class Numbering {

    /** The letters used for điểm, in order. */
    public static final List<String> LETTERS = List.of(
            "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u",
            "v", "x", "y");

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV",
            "I"};

    /** How a level is numbered; PART is "Phần I", "Phần II" above the mục of a long plan. */
    public enum Style {
        ROMAN, ARABIC, LETTER, DECIMAL, BULLET, PART;

        /** The printed label of the n-th item (1-based); DECIMAL needs the parent label, see {@link #decimal}. */
        public String label(int position) {
            return switch (this) {
                case ROMAN, PART -> roman(position);
                case ARABIC -> Integer.toString(position);
                case LETTER -> letter(position);
                case DECIMAL -> Integer.toString(position);
                case BULLET -> "-";
            };
        }

        /** The label as printed before the text: "I.", "1.", "a)", "5.1.", "-", "Phần I". */
        public String printed(String label) {
            return switch (this) {
                case ROMAN, ARABIC, DECIMAL -> label + ".";
                case LETTER -> label + ")";
                case BULLET -> "-";
                case PART -> Words.of("officialdoc.part", label);
            };
        }
    }

    private Numbering() {
    }

    /** The conventional style of a depth (0 = mục). */
    public static Style defaultStyle(int depth) {
        return switch (depth) {
            case 0 -> Style.ROMAN;
            case 1 -> Style.ARABIC;
            case 2 -> Style.LETTER;
            default -> Style.BULLET;
        };
    }

    public static String roman(int position) {
        if (position < 1 || position > 3999)
            throw new IllegalArgumentException("roman numeral out of range: " + position);
        StringBuilder out = new StringBuilder();
        int rest = position;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_SYMBOLS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    /** 1 → a, 5 → đ, 6 → e, 7 → g; after y (23) the letters double: aa, bb, … */
    public static String letter(int position) {
        if (position < 1) throw new IllegalArgumentException("letter position must be positive: " + position);
        String letter = LETTERS.get((position - 1) % LETTERS.size());
        return letter.repeat((position - 1) / LETTERS.size() + 1);
    }

    /** Decimal sub-numbering "5.1" under the Arabic item "5". */
    public static String decimal(String parentLabel, int position) {
        return parentLabel + "." + position;
    }

    /** The position of a Roman numeral ("IV" → 4), or -1 if it is not one. */
    public static int parseRoman(String text) {
        if (text == null || text.isEmpty() || !text.matches("[IVXLCDM]+")) return -1;
        int total = 0;
        int i = 0;
        for (int k = 0; k < ROMAN_VALUES.length && i < text.length(); k++) {
            while (text.startsWith(ROMAN_SYMBOLS[k], i)) {
                total += ROMAN_VALUES[k];
                i += ROMAN_SYMBOLS[k].length();
            }
        }
        return i == text.length() && roman(total).equals(text) ? total : -1;
    }

    /** The position of a điểm letter ("đ" → 5, "aa" → 24), or -1 if it is not one. */
    public static int parseLetter(String text) {
        if (text == null || text.isEmpty()) return -1;
        String first = new String(Character.toChars(text.codePointAt(0)));
        int index = LETTERS.indexOf(first);
        if (index < 0) return -1;
        int repeat = text.codePointCount(0, text.length());
        if (!text.equals(first.repeat(repeat))) return -1;
        return (repeat - 1) * LETTERS.size() + index + 1;
    }
}
