package vn.kehoach.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.kehoach.document.parse.DocxFixtures;
import vn.kehoach.officialdoc.OfficialLayout;
import vn.kehoach.support.Api;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Plans out (Decree 30 Word and PDF) and in (reading a document into a draft), through the application's endpoints. */
@IntegrationTest
class PlanDocumentTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    Api api;
    long provincial;

    @BeforeEach
    void demoPlan() {
        api = new Api(mvc, json);
        provincial = jdbc.queryForObject("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.code = '51' and p.year = 2025 and p.created_by = 'demo'""", Long.class);
    }

    @Test
    void exportsTheDemoPlanAsADecree30WordDocument() {
        MvcTestResult result = mvc.get().uri("/plans/" + provincial + "/export.docx").with(logins.as("qn.snv"))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        JsonNode plan = api.get("/api/plans/" + provincial, logins.as("qn.snv"));
        List<String> parts = new ArrayList<>();
        plan.get("sections").forEach(s -> parts.add(s.get("number").asString() + ". " + s.get("title").asString()));
        List<String> recipients = new ArrayList<>();
        plan.get("recipients").forEach(r -> recipients.add("- " + r.asString() + ";"));
        recipients.set(recipients.size() - 1, recipients.get(recipients.size() - 1).replaceFirst(";$", "."));

        // The first section is the plan itself (A4 portrait); a wide appendix may follow on landscape pages.
        OfficialLayout layout = new OfficialLayout(result.getResponse().getContentAsByteArray())
                .isOnDecreePages()
                .hasHeader(List.of(), List.of("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"), "Số: 35/KH-UBND",
                        "Quảng Ngãi, ngày 14 tháng 7 năm 2025")
                .hasTitle("KẾ HOẠCH", plan.get("title").asString())
                .hasParts(parts)
                .hasSignature(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Ngọc Dũng"),
                        recipients)
                .hasAppendices(List.of("Phụ lục I"));
        assertThat(layout.text()).doesNotContain("Kính gửi:");
    }

    @Test
    void exportsAPdfWhoseTextKeepsTheVietnameseTitle() throws IOException {
        MvcTestResult result = mvc.get().uri("/plans/" + provincial + "/export.pdf").with(logins.as("qn.snv"))
                .exchange();
        assertThat(result).hasStatusOk();
        try (var pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
            assertThat(text).contains("Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        }
    }

    @Test
    void refusesTheExportOfAPlanTheUserMayNotSee() {
        assertThat(mvc.get().uri("/plans/" + provincial + "/export.docx").with(logins.as("ls.snv")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/plans/" + provincial + "/print").with(logins.as("ls.snv"))).hasStatus(404);
    }

    @Test
    void readsBackTheSameTreeAgenciesAndDeadlinesFromItsOwnExport() {
        JsonNode plan = api.get("/api/plans/" + provincial, logins.as("qn.snv"));
        byte[] docx = mvc.get().uri("/plans/" + provincial + "/export.docx").with(logins.as("qn.snv")).exchange()
                .getResponse().getContentAsByteArray();
        JsonNode parsed = parse(new MockMultipartFile("file", "ke-hoach.docx", "application/octet-stream", docx), 200);

        assertThat(outline(parsed.get("sections"))).isEqualTo(outline(plan.get("sections")));
        List<String> implementation = new ArrayList<>();
        plan.get("sections").get(3).get("children").forEach(s -> {
            if (!s.get("kind").asString().equals("REPORTING")) {
                implementation.add(s.get("title").asString().replaceFirst("^Đề nghị ", ""));
            }
        });
        List<String> agencies = new ArrayList<>();
        parsed.get("agencies").forEach(a -> agencies.add(a.get("name").asString()));
        assertThat(agencies).containsExactlyElementsOf(implementation);
        assertThat(parsed.get("agencies")).allSatisfy(a -> assertThat(a.get("matchedAgencyId").isNull()).isFalse());
        List<String> due = new ArrayList<>();
        plan.get("reportingRequirements")
                .forEach(r -> due.add(r.get("kind").asString() + " " + r.get("dueDate").asString()));
        List<String> parsedDue = new ArrayList<>();
        parsed.get("reportingRequirements")
                .forEach(r -> parsedDue.add(r.get("kind").asString() + " " + r.get("dueDate").asString()));
        assertThat(parsedDue).containsExactlyElementsOf(due);
        assertThat(parsed.get("number").asString()).isEqualTo("35");
        assertThat(parsed.get("issuer").get("unitCode").asString()).isEqualTo("51");
    }

    @Test
    void answersBadUploadsWithAVietnameseMessageAndA4xx() throws IOException {
        assertThat(problem(new MockMultipartFile("file", "trong.txt", "text/plain", new byte[0]), 400))
                .contains("trống");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertThat(problem(new MockMultipartFile("file", "ke-hoach.docx", "image/png", png), 415)).contains("PNG");
        assertThat(problem(new MockMultipartFile("file", "lon.docx", "application/octet-stream",
                new byte[50 * 1024 * 1024]), 413)).isNotBlank();
        assertThat(problem(new MockMultipartFile("file", "bom.docx", "application/octet-stream",
                DocxFixtures.zipBomb(200)), 422)).isNotBlank();
        assertThat(problem(new MockMultipartFile("file", "thu.txt", "text/plain",
                "Hôm nay trời đẹp, chúng tôi đi chơi.".getBytes(StandardCharsets.UTF_8)), 422)).contains("kế hoạch");
    }

    @Test
    void parsesEachRealPlanWhenTheReferencesArePresent() throws IOException {
        Path seeds = Path.of("../shared/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not present");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files
                    .filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README"))
                    .toList()) {
                JsonNode parsed = parse(new MockMultipartFile("file", seed.getFileName().toString(), "text/plain",
                        Files.readAllBytes(seed)), 200);
                assertThat(parsed.get("sections").size()).as(seed.toString()).isGreaterThanOrEqualTo(4);
                assertThat(parsed.get("agencies").size()).as(seed.toString()).isGreaterThanOrEqualTo(10);
            }
        }
    }

    @Test
    void importsATextPlanThroughThePreviewIntoADraft() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/fixtures/plans/xa-son-ha-2025-clean.txt"));
        MvcTestResult preview = mvc.post().uri("/plans/import").param("text", text).with(logins.as("bato.vhxh"))
                .with(csrf()).exchange();
        assertThat(preview).hasStatusOk();
        String page = Html.body(preview);
        long before = jdbc.queryForObject("select count(*) from plan", Long.class);
        assertThat(before).isPositive();

        var fields = Forms.fields(page, "form[action='/plans/import/confirm']");
        MvcTestResult saved = Forms.submit(mvc, "/plans/import/confirm", fields, logins.as("bato.vhxh"),
                f -> f.set("title", "Kế hoạch nhập thử: bình đẳng giới năm 2025"));
        assertThat(saved).hasStatus3xxRedirection();
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
        JsonNode plan = api.get("/api/plans/" + id, logins.as("bato.vhxh"));
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("title").asString()).isEqualTo("Kế hoạch nhập thử: bình đẳng giới năm 2025");
        assertThat(plan.get("sections").size()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select action from plan_transition where plan_id = ?", String.class, id))
                .isEqualTo("IMPORT");
    }

    @Test
    void previewSavesNothing() {
        long before = jdbc.queryForObject("select count(*) from plan", Long.class);
        assertThat(mvc.post().uri("/plans/import")
                .param("text", "KẾ HOẠCH\nThử nghiệm năm 2026\nI. MỤC ĐÍCH\n1. Một.\nII. NHIỆM VỤ\n1. Hai.")
                .with(logins.as("bato.vhxh")).with(csrf())).hasStatusOk();
        assertThat(jdbc.queryForObject("select count(*) from plan", Long.class)).isEqualTo(before);
    }

    private JsonNode parse(MockMultipartFile file, int status) {
        MvcTestResult result = mvc.post().uri("/api/plans/parse").multipart().file(file)
                .with(logins.as("qn.snv")).with(csrf()).exchange();
        assertThat(result).hasStatus(status);
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private String problem(MockMultipartFile file, int status) {
        JsonNode body = parse(file, status);
        assertThat(body.toString()).doesNotContain("Exception");
        return body.get("detail").asString();
    }

    /** Labels and titles of the top level, and how many items each has: the shape of the tree. */
    private static List<String> outline(JsonNode sections) {
        List<String> out = new ArrayList<>();
        sections.forEach(s -> out.add(s.get("number").asString() + " " + s.get("title").asString() + " ("
                + s.get("children").size() + ")"));
        return out;
    }
}
