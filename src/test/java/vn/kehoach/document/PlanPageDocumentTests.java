package vn.kehoach.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.Element;
import vn.kehoach.officialdoc.DocxXml;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan page shows the document: every paragraph and table cell of the Word file of each demo plan appears on the
 * page, in the same order (header, title, legal basis, numbered sections with the reporting regime, closing, Nơi
 * nhận, signature, Phụ lục I), and every word of the PDF is on the page too.
 */
@IntegrationTest
class PlanPageDocumentTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePlanPageCarriesEveryPartOfTheDocumentOfEachDemoPlan() throws IOException {
        List<Long> demoPlans = jdbc.queryForList("select id from plan where created_by = 'demo' order by id",
                Long.class);
        assertThat(demoPlans).hasSizeGreaterThanOrEqualTo(7);
        for (long id : demoPlans) {
            String page = pageText(id);
            List<String> lines = docxLines(get("/plans/" + id + "/export.docx"));
            assertThat(lines).as("plan %d", id).hasSizeGreaterThan(10);
            assertThat(missingOrOutOfOrder(lines, page)).as("document lines of plan %d not on its page", id).isEmpty();
            assertThat(pdfWords(get("/plans/" + id + "/export.pdf"))).as("PDF words of plan %d not on its page", id)
                    .allSatisfy(word -> assertThat(words(page)).contains(word));
        }
    }

    @Test
    void theReportingRegimeIsWrittenOutOnThePageAsInTheDocument() {
        long provincial = jdbc.queryForObject("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.code = '51' and p.year = 2025 and p.created_by = 'demo'""", Long.class);
        assertThat(pageText(provincial)).contains("12. Chế độ báo cáo Báo cáo định kỳ 6 tháng (số liệu từ ngày"
                + " 15/12/2024 đến ngày 14/6/2025) gửi về Sở Nội vụ tỉnh Quảng Ngãi trước ngày 31/7/2025.")
                .contains("Phụ lục I DANH MỤC NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN (Kèm theo Kế hoạch số 35/KH-UBND ngày"
                        + " 14/7/2025 của Ủy ban nhân dân tỉnh Quảng Ngãi)");
    }

    @Test
    void theComparisonNoticesAPartMissingFromThePageOrOutOfPlace() {
        List<String> document = List.of("KẾ HOẠCH", "I. MỤC ĐÍCH", "12. Chế độ báo cáo", "- Báo cáo 6 tháng.");
        assertThat(missingOrOutOfOrder(document, "KẾ HOẠCH I. MỤC ĐÍCH 12. Chế độ báo cáo")).containsExactly(
                "missing: - Báo cáo 6 tháng.");
        assertThat(missingOrOutOfOrder(document, "KẾ HOẠCH 12. Chế độ báo cáo I. MỤC ĐÍCH - Báo cáo 6 tháng."))
                .containsExactly("out of order: 12. Chế độ báo cáo");
    }

    /** The document block of the plan page as a reader sees it, as the system administrator (who sees every plan). */
    private String pageText(long id) {
        var result = mvc.get().uri("/plans/" + id).with(logins.as("admin")).exchange();
        assertThat(result).hasStatusOk();
        var article = Html.parse(Html.body(result)).selectFirst("article.plan-document");
        assertThat(article).as("document on the page of plan %d", id).isNotNull();
        return normalize(article.text());
    }

    private byte[] get(String uri) {
        var result = mvc.get().uri(uri).with(logins.as("admin")).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    /** Every paragraph of the Word file, table cells included, in reading order; line breaks and tabs as spaces. */
    private static List<String> docxLines(byte[] docx) {
        DocxXml xml = new DocxXml(docx);
        var document = xml.part("word/document.xml");
        List<String> lines = new ArrayList<>();
        for (Element p : xml.all(document, "/w:document/w:body//w:p")) {
            StringBuilder text = new StringBuilder();
            for (Element run : xml.all(p, ".//w:t | .//w:tab | .//w:br")) {
                text.append(run.getLocalName().equals("t") ? run.getTextContent() : " ");
            }
            String line = normalize(text.toString());
            if (!line.isEmpty()) lines.add(line);
        }
        return lines;
    }

    private static Set<String> pdfWords(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return words(normalize(new PDFTextStripper().getText(document)));
        }
    }

    /** Words and numbers; page numbers aside, which only paper has. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(text.split("[^\\p{L}\\p{N}]+")));
        words.removeIf(w -> w.isEmpty() || w.matches("\\d{1,2}"));
        return words;
    }

    /** The document's lines that the page lacks, or shows before the line they follow in the document. */
    static List<String> missingOrOutOfOrder(List<String> documentLines, String page) {
        List<String> problems = new ArrayList<>();
        int from = 0;
        for (String line : documentLines) {
            int at = page.indexOf(line, from);
            if (at >= 0) {
                from = at + line.length();
            } else {
                problems.add((page.contains(line) ? "out of order: " : "missing: ") + line);
            }
        }
        return problems;
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
