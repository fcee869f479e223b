package vn.kehoach.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.kehoach.officialdoc.OfficialLayout;
import vn.kehoach.officialdoc.OoxmlSchema;
import vn.kehoach.plan.ImplementationDuties;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.Plans;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo plan as the Word file and PDF officials receive: valid WordprocessingML, "Tổ chức thực hiện" in prose
 * that names each task once, the assignment table numbered 1, 2, 3…, and no reference split across lines.
 */
@IntegrationTest
class DemoPlanExportsTests {

    /** A reference to a part of the plan: "mục II.2.a", "mục II.1.b, II.3". */
    private static final Pattern REFERENCE = Pattern.compile("mục([\\s\u00A0])([IVXLC]+(?:\\.[0-9a-zđ]+)*)");
    /** A reference the PDF split: the line ends inside it. */
    private static final Pattern BROKEN_REFERENCE = Pattern.compile(
            "mục[\\s\u00A0]*\\R|[IVXLC]+(?:\\.[0-9a-zđ]+)*\\.\\R[0-9a-zđ]+(?:[),;]|\\.[0-9a-zđ])");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Plans plans;

    @Test
    void exportsEveryDemoPlanAsValidWordprocessingMl() throws IOException {
        List<Long> ids = jdbc.queryForList("select id from plan order by id", Long.class);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(7);
        for (long id : ids) {
            byte[] docx = docx(id);
            OoxmlSchema.assertValid("plan " + id, docx);
            // For a person to open in Word or LibreOffice: target/export-samples/demo-plan-<id>.docx
            Files.write(samples().resolve("demo-plan-" + id + ".docx"), docx);
        }
    }

    @Test
    void writesTheImplementationPartAsProseNamingEachTaskOnce() {
        // The demo plans: a plan imported by another test keeps its implementation part as it was drafted.
        for (long id : jdbc.queryForList("select id from plan where created_by = 'demo' order by id", Long.class)) {
            PlanDetails plan = plans.detailsOf(id);
            List<String> implementation = implementationParagraphs(new OfficialLayout(docx(id)).paragraphs());
            String text = String.join("\n", implementation);
            assertThat(implementation).as("plan %d", id).noneMatch(p -> p.matches("(Chủ trì|Phối hợp) thực hiện:"));
            for (PlanDetails.Task task : plan.tasks()) {
                // Inside a sentence the title starts in lower case.
                String title = ImplementationDuties.shortTitle(task.title()).substring(1);
                assertThat(occurrences(text, title)).as("plan %d, task %s: %s", id, task.sectionNumber(), title)
                        .isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void namesEachAssignedTaskUnderItsLeadInTheProvincialPlan() {
        long id = provincial();
        PlanDetails plan = plans.detailsOf(id);
        List<String> implementation = implementationParagraphs(new OfficialLayout(docx(id)).paragraphs());
        String text = String.join("\n", implementation);
        assertThat(plan.tasks()).hasSizeGreaterThanOrEqualTo(10);
        for (PlanDetails.Task task : plan.tasks()) {
            String named = ImplementationDuties.shortTitle(task.title()).substring(1) + " ("
                    + ImplementationDuties.reference(task.sectionNumber()) + ")";
            assertThat(occurrences(text, named)).as(named).isEqualTo(1);
            int item = lastHeadingBefore(implementation, named);
            assertThat(implementation.get(item)).as(named).endsWith(task.lead().inText());
        }
        assertThat(implementation).anyMatch(p -> p.matches("\\d+\\. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"));
    }

    /**
     * The province's 2024 plan has assignments but nothing written under "Tổ chức thực hiện": the page, the print
     * view and the Word file all show the same duties written from the assignments, before the reporting regime.
     */
    @Test
    void printsTheDutiesOfAnUnwrittenImplementationPartTheSameEverywhere() {
        long id = jdbc.queryForObject("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.code = '51' and p.year = 2024 and p.created_by = 'demo'""", Long.class);
        PlanDetails plan = plans.detailsOf(id);
        assertThat(ImplementationDuties.drafted(plan)).isFalse();
        List<String> duties = new ArrayList<>();
        ImplementationDuties.of(plan).forEach(d -> Jsoup.parseBodyFragment(d.html()).select("p")
                .forEach(p -> duties.add(p.text())));
        assertThat(duties).isNotEmpty().allSatisfy(d -> assertThat(d).matches("(Chủ trì|Phối hợp)[ ,].+\\."));

        List<String> word = new OfficialLayout(docx(id)).paragraphs().stream()
                .map(p -> p.replace('\u00A0', ' ')).toList();
        var page = Html.parse(Html.body(mvc.get().uri("/plans/" + id).with(logins.as("qn.snv")).exchange()));
        var print = Html.parse(Html.body(mvc.get().uri("/plans/" + id + "/print").with(logins.as("qn.snv"))
                .exchange()));
        for (String duty : duties) {
            assertThat(word).as("Word").contains(duty);
            assertThat(page.select(".plan-document .doc-body p").eachText()).as("page").contains(duty);
            assertThat(print.select(".doc-body p").eachText()).as("print view").contains(duty);
        }
        List<String> items = new ArrayList<>();
        ImplementationDuties.of(plan).forEach(d -> items.add((items.size() + 1) + ". " + d.title()));
        items.add((items.size() + 1) + ". Chế độ báo cáo");
        List<String> headings = page.select(".plan-document .doc-body p.heading, .plan-document .doc-body p.title")
                .eachText();
        assertThat(headings.subList(headings.indexOf("IV. TỔ CHỨC THỰC HIỆN") + 1, headings.size()))
                .containsExactlyElementsOf(items);
        assertThat(items.get(0)).isEqualTo("1. Sở Lao động - Thương binh và Xã hội");
    }

    @Test
    void numbersTheAssignmentAppendixOneTwoThree() {
        long id = provincial();
        PlanDetails plan = plans.detailsOf(id);
        List<List<String>> rows = new OfficialLayout(docx(id)).appendixRows("Phụ lục I");
        assertThat(rows.get(0)).containsExactlyElementsOf(PlanExports.APPENDIX_COLUMNS);
        List<List<String>> body = rows.subList(1, rows.size());
        assertThat(body).extracting(row -> row.get(0)).containsExactlyElementsOf(
                IntStream.rangeClosed(1, plan.tasks().size()).mapToObj(Integer::toString).toList());
        for (int i = 0; i < body.size(); i++) {
            PlanDetails.Task task = plan.tasks().get(i);
            assertThat(body.get(i).get(1)).endsWith("(" + ImplementationDuties.reference(task.sectionNumber()) + ")");
            assertThat(body.get(i).get(2)).isEqualTo(task.lead().inText());
        }
    }

    @Test
    void keepsEveryReferenceOnOneLineInTheWordFileAndThePdf() throws IOException {
        long id = provincial();
        String docxText = new OfficialLayout(docx(id)).text();
        Matcher reference = REFERENCE.matcher(docxText);
        int found = 0;
        while (reference.find()) {
            found++;
            assertThat(reference.group(1)).as(reference.group()).isEqualTo("\u00A0");
        }
        assertThat(found).isGreaterThanOrEqualTo(plan().tasks().size() * 2);

        byte[] pdf = download("/plans/" + id + "/export.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertThat(text).contains("Chủ trì, phối hợp với");
            Matcher broken = BROKEN_REFERENCE.matcher(text);
            if (broken.find()) {
                throw new AssertionError("a reference split across lines: " + text.substring(
                        Math.max(0, broken.start() - 60), Math.min(text.length(), broken.end() + 20)));
            }
        }
        // For a person to look at: target/export-samples/demo-35-KH-UBND.pdf
        Files.write(samples().resolve("demo-35-KH-UBND.pdf"), pdf);
    }

    /**
     * Files and the plan page's view of the document are kept per plan version, but never past a change of the names
     * they print (the roster's revision).
     */
    @Test
    void aKeptFileFollowsARenamedAgency() {
        long id = provincial();
        long agency = plan().tasks().stream().filter(t -> t.lead() != null && t.lead().agencyId() != null).findFirst()
                .orElseThrow().lead().agencyId();
        String name = jdbc.queryForObject("select name from agency where id = ?", String.class, agency);
        assertThat(new OfficialLayout(docx(id)).text()).contains(name).doesNotContain(name + " (đổi tên)");
        assertThat(pageDocument(id)).contains(name).doesNotContain(name + " (đổi tên)");
        try {
            jdbc.update("update agency set name = name || ' (đổi tên)' where id = ?", agency);
            assertThat(new OfficialLayout(docx(id)).text()).contains(name + " (đổi tên)");
            assertThat(pageDocument(id)).contains(name + " (đổi tên)");
        } finally {
            jdbc.update("update agency set name = ? where id = ?", name, agency);
        }
        assertThat(new OfficialLayout(docx(id)).text()).doesNotContain(name + " (đổi tên)");
        assertThat(pageDocument(id)).doesNotContain(name + " (đổi tên)");
    }

    private static Path samples() throws IOException {
        return Files.createDirectories(Path.of("target", "export-samples"));
    }

    private PlanDetails plan() {
        return plans.detailsOf(provincial());
    }

    /** The merged province's 2025 plan (35/KH-UBND), the demo plan with the most assignments. */
    private long provincial() {
        return jdbc.queryForObject("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.code = '51' and p.year = 2025 and p.number = '35'""", Long.class);
    }

    private byte[] docx(long id) {
        return download("/plans/" + id + "/export.docx");
    }

    /** The text of the document on the plan page. */
    private String pageDocument(long id) {
        String page = new String(download("/plans/" + id), StandardCharsets.UTF_8);
        return Html.parse(page).select("article.plan-document").text();
    }

    private byte[] download(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(logins.as("admin")).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    /** The paragraphs from the "… TỔ CHỨC THỰC HIỆN" heading to the next mục heading or the end of the text. */
    private static List<String> implementationParagraphs(List<String> paragraphs) {
        List<String> part = new ArrayList<>();
        boolean inside = false;
        for (String paragraph : paragraphs) {
            boolean muc = paragraph.matches("[IVXLC]+\\. \\p{Lu}[\\p{Lu}\\s,]+");
            if (inside && muc) break;
            if (paragraph.matches("[IVXLC]+\\. TỔ CHỨC THỰC HIỆN")) inside = true;
            if (inside) part.add(paragraph);
            if (inside && paragraph.endsWith("./.")) break;
        }
        return part;
    }

    /** The index of the last agency heading ("3. Sở Y tế") before the paragraph that contains the text. */
    private static int lastHeadingBefore(List<String> paragraphs, String text) {
        int heading = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).matches("\\d+\\. .+") && paragraphs.get(i).length() < 120) heading = i;
            if (paragraphs.get(i).contains(text)) return heading;
        }
        throw new AssertionError("not found: " + text);
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
