package vn.kehoach.document.importing;

import vn.kehoach.officialdoc.Numbering;

/**
 * The numbering style a printed label was written in: "Phần II" part, "II" Roman, "3" Arabic, "đ" letter, "5.1"
 * decimal, "-".
 */
public final class ImportedStyles {

    private ImportedStyles() {
    }

    public static Numbering.Style of(String label, int depth) {
        if (label == null || label.isBlank()) return Numbering.defaultStyle(depth);
        if (label.startsWith("Phần ")) return Numbering.Style.PART;
        if (label.equals("-") || label.equals("+")) return Numbering.Style.BULLET;
        if (label.matches("\\d+(\\.\\d+)+")) return Numbering.Style.DECIMAL;
        if (label.matches("\\d+")) return Numbering.Style.ARABIC;
        // Capital numerals are mục at any depth (under a part); "i", "v", "x" are letters.
        if (Numbering.parseRoman(label) > 0 && (depth == 0 || Character.isUpperCase(label.charAt(0)))) {
            return Numbering.Style.ROMAN;
        }
        if (Numbering.parseLetter(label) > 0) return Numbering.Style.LETTER;
        if (Numbering.parseRoman(label) > 0) return Numbering.Style.ROMAN;
        return Numbering.defaultStyle(depth);
    }
}
