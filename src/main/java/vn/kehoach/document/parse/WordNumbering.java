package vn.kehoach.document.parse;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import vn.kehoach.officialdoc.Numbering;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Computes the labels Word shows for automatically numbered paragraphs ("II.", "1.", "a)", "-"), which are not in
 * the paragraph text but in numbering.xml. Officials' files often number with Word's lists, so without this the parser
 * would see no numbering at all. Counters are kept per abstract list, as Word continues a list across its instances
 * unless an instance overrides the start.
 */
final class WordNumbering {

    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> instancesSeen = new HashSet<>();

    WordNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.styles = document.getStyles();
    }

    /** The label of the paragraph followed by a space, or "" when it is not numbered. Advances the counters. */
    String next(XWPFParagraph paragraph) {
        if (numbering == null) return "";
        CTNumPr numPr = numPr(paragraph);
        if (numPr == null || numPr.getNumId() == null) return "";
        BigInteger numId = numPr.getNumId().getVal();
        if (numId == null || numId.signum() == 0) return "";
        int level = numPr.getIlvl() == null || numPr.getIlvl().getVal() == null
                ? 0
                : numPr.getIlvl().getVal().intValue();
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) return "";
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null || level < 0 || level >= LEVELS) return "";
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() < LEVELS) levels[lvl.getIlvl().intValue()] = lvl;
        }
        int[] values = counters.computeIfAbsent(abstractId, id -> new int[LEVELS]);
        if (instancesSeen.add(numId)) applyOverrides(num, levels, values);
        if (levels[level] == null) return "";
        values[level] = values[level] == 0 ? start(levels[level]) : values[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) values[deeper] = 0;
        String label = format(levels, values, level);
        return label.isEmpty() ? "" : label + " ";
    }

    /** An instance with a start override restarts its levels when it is first used. */
    private static void applyOverrides(XWPFNum num, CTLvl[] levels, int[] values) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            int level = override.getIlvl().intValue();
            if (level >= LEVELS || override.getStartOverride() == null) continue;
            values[level] = override.getStartOverride().getVal().intValue() - 1;
            if (values[level] == 0 && levels[level] != null) values[level] = -1;
        }
    }

    private CTNumPr numPr(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getNumPr() != null) return own.getNumPr();
        String styleId = paragraph.getStyleID();
        Set<String> visited = new HashSet<>();
        while (styles != null && styleId != null && visited.add(styleId)) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) return null;
            CTPPrGeneral pPr = style.getCTStyle().getPPr();
            if (pPr != null && pPr.getNumPr() != null) return pPr.getNumPr();
            styleId = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        return null;
    }

    private static int start(CTLvl level) {
        return level.getStart() == null || level.getStart().getVal() == null ? 1 : level.getStart().getVal().intValue();
    }

    private static String format(CTLvl[] levels, int[] values, int level) {
        CTLvl lvl = levels[level];
        String pattern = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "" : lvl.getLvlText().getVal();
        if (isBullet(lvl)) return pattern.equals("+") || pattern.equals("o") || pattern.equals("◦") ? "+" : "-";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                int referenced = pattern.charAt(++i) - '1';
                if (referenced >= 0 && referenced < LEVELS) {
                    int value = Math.max(values[referenced],
                            referenced == level ? 1 : start(orDefault(levels[referenced])));
                    out.append(number(levels[referenced], value));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static CTLvl orDefault(CTLvl level) {
        return level == null ? CTLvl.Factory.newInstance() : level;
    }

    private static boolean isBullet(CTLvl level) {
        return level.getNumFmt() != null && level.getNumFmt().getVal() == STNumberFormat.BULLET;
    }

    private static String number(CTLvl level, int value) {
        STNumberFormat.Enum format = level == null || level.getNumFmt() == null
                ? STNumberFormat.DECIMAL
                : level.getNumFmt().getVal();
        if (format == STNumberFormat.UPPER_ROMAN) return Numbering.roman(value);
        if (format == STNumberFormat.LOWER_ROMAN) return Numbering.roman(value).toLowerCase(Locale.ROOT);
        if (format == STNumberFormat.LOWER_LETTER) return englishLetter(value);
        if (format == STNumberFormat.UPPER_LETTER) return englishLetter(value).toUpperCase(Locale.ROOT);
        if (format == STNumberFormat.DECIMAL_ZERO) return String.format("%02d", value);
        if (format == STNumberFormat.NONE) return "";
        return Integer.toString(value);
    }

    /** Word letters lists with the English alphabet (… d, e, f …), whatever the document's language. */
    private static String englishLetter(int value) {
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }
}
