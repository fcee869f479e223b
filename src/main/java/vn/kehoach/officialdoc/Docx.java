package vn.kehoach.officialdoc;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

import java.math.BigInteger;

/**
 * Low-level WordprocessingML for the Word writer: runs that always name Times New Roman in all four font slots,
 * paragraph layout, rules, fixed-width tables and the PAGE field. Sizes are half-points (28 = 14 pt) and lengths
 * twips (1/20 pt; 1 mm ≈ 56.7).
 */
final class Docx {

    /** A4 portrait in twips. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    /** Decree 30 margins, at the narrow end of each range: top and bottom 20 mm, left 30 mm, right 15 mm. */
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 851;
    /** The page number sits 10 mm from the top edge, in the middle of the top margin. */
    static final int HEADER_DISTANCE = 567;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    static final int LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT;
    /** 1.27 cm, the first-line indent of body text. */
    static final int FIRST_LINE_INDENT = 720;
    /** 6 pt, the least space the decree allows between paragraphs. */
    static final int PARAGRAPH_SPACING = 120;

    /** Space between a line of text and the rule under it, clear of the descenders. */
    private static final int RULE_GAP = 50;

    private Docx() {
    }

    static int points(double points) {
        return (int) Math.round(points * 20);
    }

    /** Sets alignment, first-line indent and spacing, with single line spacing. */
    static XWPFParagraph layout(XWPFParagraph paragraph, ParagraphAlignment alignment, int firstLine, int before,
                                int after) {
        paragraph.setAlignment(alignment);
        if (firstLine > 0) paragraph.setIndentationFirstLine(firstLine);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return paragraph;
    }

    static XWPFParagraph centred(XWPFParagraph paragraph) {
        return layout(paragraph, ParagraphAlignment.CENTER, 0, 0, 0);
    }

    /** Appends formatted text; "\n" inside the text becomes a line break. */
    static void text(XWPFParagraph paragraph, String text, int halfPoints, boolean bold, boolean italic) {
        String[] lines = text.split(TextRun.BREAK, -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(paragraph, halfPoints, bold, italic, false);
            if (i > 0) run.addBreak();
            run.setText(lines[i]);
        }
    }

    static void text(XWPFParagraph paragraph, TextRun text, int halfPoints) {
        XWPFRun run = run(paragraph, halfPoints, text.bold(), text.italic(), text.underline());
        if (text.isBreak()) {
            run.addBreak();
        } else {
            run.setText(text.text());
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, int halfPoints, boolean bold, boolean italic,
                               boolean underline) {
        XWPFRun run = paragraph.createRun();
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        timesNewRoman(properties.addNewRFonts());
        if (bold) {
            properties.addNewB();
            properties.addNewBCs();
        }
        if (italic) {
            properties.addNewI();
            properties.addNewICs();
        }
        if (underline) properties.addNewU().setVal(STUnderline.SINGLE);
        properties.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        properties.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return run;
    }

    /**
     * Names the font in the ASCII, high-ANSI, complex-script and East-Asian slots. Word picks the slot by the
     * character: some Vietnamese letters with two diacritics fall outside the ASCII and high-ANSI ranges on some
     * versions, and a slot left empty silently falls back to the theme font (Calibri, Cambria) for them.
     */
    static void timesNewRoman(CTFonts fonts) {
        fonts.setAscii(FontFace.FAMILY);
        fonts.setHAnsi(FontFace.FAMILY);
        fonts.setCs(FontFace.FAMILY);
        fonts.setEastAsia(FontFace.FAMILY);
    }

    /**
     * A short solid line, centred: an empty 1 pt paragraph whose top border is narrowed by indents to the wanted
     * length. This is how Word templates draw the rules under the motto, the issuer and the trích yếu without a
     * drawing object, so the line moves with the text and survives conversion to PDF.
     */
    static void rule(XWPFParagraph paragraph, int lengthTwips, int availableTwips) {
        int indent = Math.max(0, (availableTwips - lengthTwips) / 2);
        layout(paragraph, ParagraphAlignment.CENTER, 0, RULE_GAP, 0);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingBetween(2, LineSpacingRule.EXACT);
        paragraph.setBorderTop(Borders.SINGLE);
        CTParaRPr mark = paragraph.getCTPPr().isSetRPr()
                ? paragraph.getCTPPr().getRPr()
                : paragraph.getCTPPr().addNewRPr();
        timesNewRoman(mark.addNewRFonts());
        mark.addNewSz().setVal(BigInteger.TWO);
    }

    /** A fixed-layout table of the given column widths (twips), with or without grid lines. */
    static XWPFTable table(XWPFDocument document, int rows, int[] widths, boolean borders) {
        XWPFTable table = document.createTable(rows, widths.length);
        int total = 0;
        for (int width : widths) total += width;
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(total));
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int width : widths) grid.addNewGridCol().setW(BigInteger.valueOf(width));
        XWPFBorderType type = borders ? XWPFBorderType.SINGLE : XWPFBorderType.NIL;
        int size = borders ? 4 : 0;
        table.setTopBorder(type, size, 0, "000000");
        table.setBottomBorder(type, size, 0, "000000");
        table.setLeftBorder(type, size, 0, "000000");
        table.setRightBorder(type, size, 0, "000000");
        table.setInsideHBorder(type, size, 0, "000000");
        table.setInsideVBorder(type, size, 0, "000000");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(Integer.toString(widths[c]));
            }
        }
        return table;
    }

    /** The first paragraph of a cell (a new cell already has one), or a further one. */
    static XWPFParagraph paragraph(XWPFTableCell cell, boolean first) {
        return first ? cell.getParagraphs().get(0) : cell.addParagraph();
    }

    /**
     * A PAGE field as begin / instruction / end runs. No cached result: Word and LibreOffice compute page fields in
     * headers on every layout, and a cached digit would be wrong on every page but one in viewers that do not.
     */
    static void pageField(XWPFParagraph paragraph, int halfPoints) {
        fieldChar(paragraph, halfPoints, STFldCharType.BEGIN);
        CTText instruction = run(paragraph, halfPoints, false, false, false).getCTR().addNewInstrText();
        instruction.setStringValue(" PAGE ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        fieldChar(paragraph, halfPoints, STFldCharType.END);
    }

    private static void fieldChar(XWPFParagraph paragraph, int halfPoints, STFldCharType.Enum type) {
        run(paragraph, halfPoints, false, false, false).getCTR().addNewFldChar().setFldCharType(type);
    }
}
