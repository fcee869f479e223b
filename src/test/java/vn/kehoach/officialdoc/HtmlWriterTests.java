package vn.kehoach.officialdoc;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class HtmlWriterTests {

    private final OfficialDocumentWriter writer = new OfficialDocumentWriter();

    @Test
    void printViewLinksTheStylesheetAndCarriesNoInlineStyle() {
        String html = writer.html(ExportFixtures.plan(), HtmlMode.PRINT_VIEW);
        Document page = Jsoup.parse(html);
        assertThat(html).doesNotContain("style=");
        assertThat(page.select("style")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("link[rel=stylesheet]")).extracting(link -> link.attr("href"))
                .containsExactly("/css/document.css");
        assertThat(page.select("html").attr("lang")).isEqualTo("vi");
    }

    @Test
    void hasTheStructureOfTheOfficialDocument() {
        Document page = Jsoup.parse(writer.html(ExportFixtures.plan(), HtmlMode.PRINT_VIEW));
        assertThat(page.title()).isEqualTo("Kế hoạch số 72/KH-UBND: " + ExportFixtures.PLAN_TITLE);
        Element header = page.selectFirst("table.doc-header");
        assertThat(header.select(".issuer")).extracting(Element::text)
                .containsExactly("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI");
        assertThat(header.select(".national-name").text()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(header.select(".motto").text()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(header.select(".doc-number").text()).isEqualTo("Số: 72/KH-UBND");
        assertThat(header.select(".doc-date").text()).isEqualTo("Quảng Ngãi, ngày 08 tháng 4 năm 2025");
        assertThat(page.select(".doc-kind").text()).isEqualTo("KẾ HOẠCH");
        assertThat(page.select(".doc-title-text").text()).isEqualTo(ExportFixtures.PLAN_TITLE);
        assertThat(page.select(".doc-body p.heading")).extracting(Element::text)
                .containsExactly("I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ, GIẢI PHÁP", "III. KINH PHÍ THỰC HIỆN",
                        "IV. TỔ CHỨC THỰC HIỆN");
        assertThat(page.select(".doc-body strong").eachText()).contains("đúng thời hạn");
        assertThat(page.select(".doc-body p").last().text()).endsWith("chỉ đạo./.");
        assertThat(page.select(".doc-signature .noi-nhan").text()).isEqualTo("Nơi nhận:");
        assertThat(page.select(".doc-signature .recipient").last().text()).isEqualTo("- Lưu: VT, VX.");
        assertThat(page.select(".doc-signature .signer-name").text()).isEqualTo(ExportFixtures.SIGNER_NAME);
        assertThat(page.select(".appendix")).hasSize(2);
        assertThat(page.select(".appendix").first().hasClass("appendix-landscape")).isTrue();
        assertThat(page.select(".appendix").last().hasClass("appendix-landscape")).isFalse();
        assertThat(page.select(".appendix-table").first().select("th")).extracting(Element::text)
                .containsExactly("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm");
        assertThat(page.select(".appendix-table").first().select("col")).extracting(Element::className)
                .containsExactly("pct-5", "pct-35", "pct-15", "pct-20", "pct-10", "pct-15");
    }

    @Test
    void keepsTheBlankNumberAndDateOfAnUnnumberedReport() {
        Document page = Jsoup.parse(writer.html(ExportFixtures.report(), HtmlMode.PRINT_VIEW));
        assertThat(page.select(".doc-number").first().wholeText()).matches("Số: {3,}/BC-SNV");
        assertThat(page.select(".doc-kind").text()).isEqualTo("BÁO CÁO");
        assertThat(page.select(".kinh-gui-label").text()).isEqualTo("Kính gửi:");
        assertThat(page.select(".kinh-gui-entry")).extracting(Element::text)
                .containsExactly("- Bộ Nội vụ (Vụ Công tác thanh niên và Bình đẳng giới);",
                        "- Ủy ban nhân dân tỉnh Quảng Ngãi.");
    }

    @Test
    void pdfSourceIsWellFormedXmlWithTheStylesheetInlined() {
        String html = writer.html(ExportFixtures.plan(), HtmlMode.PDF);
        assertThatCode(() -> parseXml(html)).doesNotThrowAnyException();
        Document page = Jsoup.parse(html);
        assertThat(page.select("link")).isEmpty();
        assertThat(page.select("style").first().data()).contains("@page", "size: A4 portrait", "Times New Roman");
        assertThat(page.select(".doc-sheet > .page-number .page-counter")).hasSize(3);
    }

    @Test
    void escapesMarkupInText() {
        OfficialDocument hostile = ExportFixtures.plan().toBuilder()
                .title("Thử <script>alert('x')</script> & <b>đậm</b>")
                .recipients(List.of("Lưu: VT, CTTN&BĐG"))
                .build();
        for (HtmlMode mode : HtmlMode.values()) {
            String html = writer.html(hostile, mode);
            assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("CTTN&amp;BĐG");
            Document page = Jsoup.parse(html);
            assertThat(page.select("script")).isEmpty();
            assertThat(page.select(".doc-title-text").text()).isEqualTo("Thử <script>alert('x')</script> & <b>đậm</b>");
            assertThatCode(() -> parseXml(html)).doesNotThrowAnyException();
        }
    }

    @Test
    void stylesheetIsServedFromTheStaticFolder() throws IOException {
        try (InputStream css = getClass().getResourceAsStream("/static/css/document.css")) {
            assertThat(css).isNotNull();
            String text = new String(css.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("margin: 20mm 15mm 20mm 30mm", "@top-center", "counter(page)", "@media print");
        }
    }

    private static void parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
