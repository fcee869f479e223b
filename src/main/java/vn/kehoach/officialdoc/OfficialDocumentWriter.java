package vn.kehoach.officialdoc;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Exports plans and reports as Decree 30/2020/NĐ-CP documents. Stateless and thread-safe: one instance serves all
 * requests (the stylesheet and fonts are read once).
 *
 * <ul>
 *   <li>{@link #docx}: the editable Word file officials sign and register;</li>
 *   <li>{@link #pdf}: the same layout as PDF with embedded fonts, rendered from {@link #html} in {@link HtmlMode#PDF};</li>
 *   <li>{@link #html}: the print view for the browser ({@link HtmlMode#PRINT_VIEW}, stylesheet
 *       {@code /css/document.css});</li>
 *   <li>{@link #xlsx}: annex tables as a workbook.</li>
 * </ul>
 */
@Component
public class OfficialDocumentWriter {

    private final DocxWriter docx = new DocxWriter();
    private final HtmlWriter html = new HtmlWriter();
    private final PdfWriter pdf = new PdfWriter();
    private final XlsxWriter xlsx = new XlsxWriter();

    /** The document as .docx (A4, Times New Roman, page numbers from page 2, appendices in their own sections). */
    public byte[] docx(OfficialDocument document) {
        return docx.write(document);
    }

    /** The document as XHTML; see {@link HtmlMode} for the difference between the modes. */
    public String html(OfficialDocument document, HtmlMode mode) {
        return html.write(document, mode);
    }

    /** The document as PDF, with the layout of the HTML rendition. */
    public byte[] pdf(OfficialDocument document) {
        return pdf.write(html.write(document, HtmlMode.PDF));
    }

    /** Annex tables as .xlsx, one sheet a table; at least one table. */
    public byte[] xlsx(List<DocumentTable> tables) {
        return xlsx.write(tables);
    }
}
