package vn.kehoach.document.parse;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a .docx as lines in reading order: body paragraphs with their automatic numbering labels, and tables. Page
 * headers and footers are left out: they hold page numbers and running titles, not the plan. The layout Word knows is
 * kept in the conventions Word converters use, so the text parser reads both sources alike: a paragraph in a heading
 * style (or with an outline level) becomes a "## " heading and a wholly bold one "**…**", so neither is joined to the
 * paragraph after it; a bold run-in title ("1. Sở Tư pháp:" in bold, the duty after it in plain text) keeps that
 * boundary as **…**. Two-column tables (the header and the signature block) are read cell by cell; wider tables
 * (assignment appendices) row by row as pipe rows, a merged cell's text repeated down the rows it spans.
 */
final class DocxTextExtractor {

    private DocxTextExtractor() {
    }

    static String extract(byte[] bytes, int maxChars) {
        ZipGuard.Contents contents = ZipGuard.inspect(bytes);
        if (!contents.isWordDocument()) {
            throw new PlanParseException(PlanParseException.Reason.UNSUPPORTED_TYPE, archiveKind(contents));
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Output out = new Output(maxChars);
            WordNumbering numbering = new WordNumbering(document);
            appendElements(document.getBodyElements(), numbering, new Headings(document.getStyles()), out);
            return out.text.toString();
        } catch (IOException | POIXMLException | NotOfficeXmlFileException | IllegalStateException e) {
            throw new PlanParseException(PlanParseException.Reason.CORRUPT, e);
        }
    }

    private static String archiveKind(ZipGuard.Contents contents) {
        if (contents.names().contains("xl/workbook.xml")) return "Excel (.xlsx)";
        if (contents.names().contains("ppt/presentation.xml")) return "PowerPoint (.pptx)";
        if (contents.names().contains("mimetype")) return "OpenDocument";
        return "ZIP";
    }

    /** Collects lines and stops as soon as the text passes the limit, before a huge document is walked whole. */
    private static final class Output {
        final StringBuilder text = new StringBuilder();
        final int maxChars;

        Output(int maxChars) {
            this.maxChars = maxChars;
        }

        void line(String line) {
            text.append(line).append('\n');
            if (text.length() > maxChars) {
                throw new PlanParseException(PlanParseException.Reason.TOO_LONG, maxChars);
            }
        }
    }

    private static void appendElements(List<IBodyElement> elements, WordNumbering numbering, Headings headings,
                                       Output out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                out.line(paragraphText(numbering.next(paragraph), paragraph, headings));
            } else if (element instanceof XWPFTable table) {
                if (columns(table) >= 3) {
                    appendGrid(table, numbering, headings, out);
                } else {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            appendElements(cell.getBodyElements(), numbering, headings, out);
                        }
                    }
                }
            } else if (element instanceof XWPFSDT control) {
                out.line(control.getContent().getText());
            }
        }
    }

    private static int columns(XWPFTable table) {
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        int count = grid == null ? 0 : grid.sizeOfGridColArray();
        for (XWPFTableRow row : table.getRows()) {
            int width = 0;
            for (XWPFTableCell cell : row.getTableCells()) width += span(cell);
            count = Math.max(count, width);
        }
        return count;
    }

    /** One pipe row per table row, a cell's paragraphs joined by "<br>", merged cells written out in full. */
    private static void appendGrid(XWPFTable table, WordNumbering numbering, Headings headings, Output out) {
        Map<Integer, String> above = new HashMap<>();
        for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder("|");
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> parts = new ArrayList<>();
                for (XWPFParagraph paragraph : cell.getParagraphs()) {
                    String text = Text.collapse(numbering.next(paragraph) + paragraph.getText());
                    if (!text.isEmpty()) parts.add(text.replace('|', '/'));
                }
                String text = String.join("<br>", parts);
                if (continuesMerge(cell)) text = above.getOrDefault(column, "");
                else
                    above.put(column, text);
                int span = span(cell);
                line.append(' ').append(text).append(" |");
                for (int extra = 1; extra < span; extra++) line.append(" |");
                column += span;
            }
            out.line(line.toString());
        }
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) return 1;
        return Math.max(1, pr.getGridSpan().getVal().intValue());
    }

    /** A cell merged with the one above it: Word leaves it empty and marks it "continue". */
    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.getVMerge() != null
                && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }

    /** Which paragraphs are headings: a heading or title style, or an outline level, on the paragraph or its style. */
    private static final class Headings {
        private final XWPFStyles styles;
        private final Map<String, Boolean> byStyle = new HashMap<>();

        Headings(XWPFStyles styles) {
            this.styles = styles;
        }

        boolean of(XWPFParagraph paragraph) {
            CTPPr own = paragraph.getCTP().getPPr();
            if (own != null && own.getOutlineLvl() != null && own.getOutlineLvl().getVal() != null
                    && own.getOutlineLvl().getVal().intValue() < 9) {
                return true;
            }
            String styleId = paragraph.getStyleID();
            return styleId != null && byStyle.computeIfAbsent(styleId, this::headingStyle);
        }

        private boolean headingStyle(String styleId) {
            Set<String> visited = new HashSet<>();
            String id = styleId;
            while (styles != null && id != null && visited.add(id)) {
                XWPFStyle style = styles.getStyle(id);
                if (style == null) return false;
                String name = style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
                if (name.startsWith("heading") || name.equals("title")) return true;
                CTPPrGeneral pPr = style.getCTStyle().getPPr();
                if (pPr != null && pPr.getOutlineLvl() != null && pPr.getOutlineLvl().getVal() != null
                        && pPr.getOutlineLvl().getVal().intValue() < 9) {
                    return true;
                }
                id = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
            }
            return false;
        }
    }

    /**
     * The label and text: a heading as "## …", a wholly bold paragraph as "**…**", a bold run-in title marked (label
     * included) when plain text follows it.
     */
    private static String paragraphText(String label, XWPFParagraph paragraph, Headings headings) {
        String text = paragraph.getText();
        if (text.isBlank()) return label + text;
        if (headings.of(paragraph)) return "## " + label + text.strip();
        StringBuilder bold = new StringBuilder();
        boolean plainAfterBold = false;
        for (XWPFRun run : paragraph.getRuns()) {
            String runText = run.text();
            if (runText.isBlank()) {
                if (!plainAfterBold) bold.append(runText);
                continue;
            }
            if (run.isBold() && !plainAfterBold) {
                bold.append(runText);
            } else {
                plainAfterBold = true;
                break;
            }
        }
        String lead = bold.toString().strip();
        String stripped = text.strip();
        if (!plainAfterBold && !lead.isEmpty() && lead.equals(stripped) && stripped.indexOf('\n') < 0)
            return "**" + label + stripped + "**";
        if (!plainAfterBold || lead.isEmpty() || !stripped.startsWith(lead)) return label + text;
        return "**" + label + lead + "** " + stripped.substring(lead.length()).strip();
    }
}
