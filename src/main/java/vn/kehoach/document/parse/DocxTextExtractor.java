package vn.kehoach.document.parse;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Reads a .docx as lines in reading order: body paragraphs with their automatic numbering labels, and tables row by
 * row, cell by cell (the header and the signature block are borderless two-column tables). Page headers and footers
 * are left out: they hold page numbers and running titles, not the plan. A paragraph that opens with a bold run-in
 * title ("1. Sở Tư pháp:" in bold, the duty after it in plain text) keeps that boundary as **…**, the convention Word
 * converters use, so the text parser reads both sources alike.
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
            appendElements(document.getBodyElements(), numbering, out);
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

    private static void appendElements(List<IBodyElement> elements, WordNumbering numbering, Output out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                out.line(paragraphText(numbering.next(paragraph), paragraph));
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) appendElements(cell.getBodyElements(), numbering, out);
                }
            } else if (element instanceof XWPFSDT control) {
                out.line(control.getContent().getText());
            }
        }
    }

    /** The label and text, with a bold run-in title marked (label included) when plain text follows it. */
    private static String paragraphText(String label, XWPFParagraph paragraph) {
        String text = paragraph.getText();
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
        if (!plainAfterBold || lead.isEmpty() || !stripped.startsWith(lead)) return label + text;
        return "**" + label + lead + "** " + stripped.substring(lead.length()).strip();
    }
}
