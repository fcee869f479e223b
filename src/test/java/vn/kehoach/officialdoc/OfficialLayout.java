package vn.kehoach.officialdoc;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.officialdoc.DocxXml.attribute;

/**
 * The layout checks every exported plan or report passes as a Word file (Decree 30/2020, Phụ lục I), read from its
 * XML: the page, the header block, the title, the "Kính gửi:" line, the numbered parts, the signature beside the
 * "Nơi nhận:" and the appendices. Each check names the element it looks at, so a failure says which part moved.
 */
public final class OfficialLayout {

    private final DocxXml docx;
    private final Document document;

    public OfficialLayout(byte[] content) {
        this.docx = new DocxXml(content);
        this.document = docx.part("word/document.xml");
    }

    public DocxXml docx() {
        return docx;
    }

    /** The whole text of the body, tables included. */
    public String text() {
        return docx.textOf(document);
    }

    /** The text of each top-level paragraph of the body, in order (tables left out). */
    public List<String> paragraphs() {
        return docx.all(document, "/w:document/w:body/w:p").stream().map(docx::textOf).toList();
    }

    /** A4 portrait with the decree's margins for the document itself, and Times New Roman named on every run. */
    public OfficialLayout isOnDecreePages() {
        Element size = docx.one(document, "(//w:sectPr)[1]/w:pgSz");
        assertThat(attribute(size, "w")).isEqualTo("11906");
        assertThat(attribute(size, "h")).isEqualTo("16838");
        Element margins = docx.one(document, "(//w:sectPr)[1]/w:pgMar");
        assertThat(attribute(margins, "top")).isEqualTo("1134");
        assertThat(attribute(margins, "bottom")).isEqualTo("1134");
        assertThat(attribute(margins, "left")).isEqualTo("1701");
        assertThat(Integer.parseInt(attribute(margins, "right"))).isBetween(850, 851);
        assertThat(docx.all(document, "//w:rFonts")).isNotEmpty()
                .allSatisfy(f -> assertThat(attribute(f, "ascii")).isEqualTo("Times New Roman"));
        return this;
    }

    /**
     * ô 1–4 in the first table: the parent body upright and the issuer bold on the left, the national name and
     * motto bold on the right, then the number line and the place and date in italics.
     */
    public OfficialLayout hasHeader(List<String> parentLines, List<String> issuerLines, String numberLine,
                                    String placeAndDate) {
        Element header = docx.one(document, "/w:document/w:body/w:tbl[1]");
        assertThat(docx.textOf(header)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                numberLine, placeAndDate);
        for (String line : parentLines) {
            assertThat(docx.all(header, "w:tr[1]/w:tc[1]//w:r[w:t='" + line + "']/w:rPr[not(w:b)]")).as(line)
                    .hasSize(1);
        }
        for (String line : issuerLines) {
            assertThat(docx.all(header, "w:tr[1]/w:tc[1]//w:r[w:t='" + line + "']/w:rPr/w:b")).as(line).hasSize(1);
        }
        assertThat(docx.all(header, "w:tr[1]/w:tc[2]//w:r[w:t='CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']/w:rPr/w:b"))
                .hasSize(1);
        assertThat(docx.all(header, "w:tr[2]/w:tc[1]//w:r[w:t='" + numberLine + "']")).hasSize(1);
        assertThat(docx.all(header, "w:tr[2]/w:tc[2]//w:r[w:t='" + placeAndDate + "']/w:rPr/w:i")).hasSize(1);
        return this;
    }

    /** ô 5a right after the header: the document type ("BÁO CÁO") and the trích yếu, bold and centred. */
    public OfficialLayout hasTitle(String type, String title) {
        List<Element> paragraphs = docx.all(document,
                "/w:document/w:body/w:tbl[1]/following-sibling::w:p[position() <= 2]");
        assertThat(paragraphs).extracting(docx::textOf).containsExactly(type, title);
        assertThat(paragraphs).allSatisfy(p -> {
            assertThat(docx.text(p, "w:pPr/w:jc/@w:val")).isEqualTo("center");
            assertThat(docx.all(p, "w:r[not(w:rPr/w:b)]")).isEmpty();
        });
        return this;
    }

    /** ô 9a for one recipient: "Kính gửi: …" on a centred line of its own, before the body. */
    public OfficialLayout hasKinhGui(String recipient) {
        Element line = docx.one(document, "/w:document/w:body/w:p[. = 'Kính gửi: " + recipient + "']");
        assertThat(docx.text(line, "w:pPr/w:jc/@w:val")).isEqualTo("center");
        return this;
    }

    /** The mục headings ("I. KẾT QUẢ THỰC HIỆN") in this order, each a bold paragraph of its own. */
    public OfficialLayout hasParts(List<String> headings) {
        assertThat(paragraphs()).containsSubsequence(headings);
        for (String heading : headings) {
            Element paragraph = docx.all(document, "/w:document/w:body/w:p[. = '" + heading + "']").get(0);
            assertThat(docx.all(paragraph, "w:r[not(w:rPr/w:b)]")).as(heading).isEmpty();
        }
        return this;
    }

    /**
     * ô 7 and ô 9b side by side in a borderless table: "Nơi nhận:" in bold italics over the dashed list ending with
     * "- Lưu: …." on the left, the signer's lines in bold and centred on the right.
     */
    public OfficialLayout hasSignature(List<String> signerLines, List<String> recipientLines) {
        Element table = docx.one(document, "/w:document/w:body/w:tbl[w:tr[1]/w:tc[1]/w:p[1] = 'Nơi nhận:']");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            assertThat(attribute(docx.one(table, "w:tblPr/w:tblBorders/w:" + side), "val")).isIn("nil", "none");
        }
        List<Element> left = docx.all(table, "w:tr[1]/w:tc[1]/w:p");
        assertThat(docx.all(left.get(0), "w:r/w:rPr[w:b][w:i]")).isNotEmpty();
        assertThat(left.subList(1, left.size())).extracting(docx::textOf).containsExactlyElementsOf(recipientLines);
        List<Element> right = docx.all(table, "w:tr[1]/w:tc[2]/w:p");
        assertThat(right).extracting(docx::textOf).containsExactlyElementsOf(signerLines);
        assertThat(right).allSatisfy(p -> {
            assertThat(docx.text(p, "w:pPr/w:jc/@w:val")).isEqualTo("center");
            assertThat(docx.all(p, "w:r[not(w:rPr/w:b)]")).isEmpty();
        });
        return this;
    }

    /** Appendices with these headings, in order, each starting a section (a new page) of its own. */
    public OfficialLayout hasAppendices(List<String> headings) {
        List<String> found = docx.all(document, "//w:p[w:pPr/w:sectPr]/following-sibling::w:p[1]").stream()
                .map(docx::textOf).toList();
        assertThat(found).containsExactlyElementsOf(headings);
        return this;
    }

    /** The cells of the appendix table under the heading ("Phụ lục I"), header row first. */
    public List<List<String>> appendixRows(String heading) {
        List<Element> rows = docx.all(document,
                "/w:document/w:body/w:p[. = '" + heading + "']/following-sibling::w:tbl[1]/w:tr");
        assertThat(rows).as(heading).isNotEmpty();
        return rows.stream().map(row -> docx.all(row, "w:tc").stream().map(docx::textOf).toList()).toList();
    }
}
