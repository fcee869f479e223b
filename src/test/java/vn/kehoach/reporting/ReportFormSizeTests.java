package vn.kehoach.reporting;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.shared.web.RequestLimits;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.HttpSession;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.TestPlans;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report form at the largest real size, on the real server (the limits are Tomcat's, which MockMvc skips): a
 * report of 60 tasks with 20 files is written, filed and sent; whatever is too large comes back as the report form in
 * Vietnamese, never as the container's page.
 */
@IntegrationTest
class ReportFormSizeTests {

    static final int TASKS = 60;

    @LocalServerPort
    int port;
    @Autowired
    TestPlans plans;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    RequestLimits limits;

    static int counter;

    /** Sở Y tế's report on a plan that gives it 60 tasks, the first three measured by strategy targets. */
    long sixtyTaskReport() {
        LocalDate on = LocalDate.of(2029, 2, 1);
        List<TestPlans.Task> tasks = IntStream.rangeClosed(1, TASKS)
                .mapToObj(i -> new TestPlans.Task("Nhiệm vụ " + i + ": truyền thông về bình đẳng giới trong ngành y tế",
                        "Sở Y tế", List.of(), i <= 3 ? List.of("2.1") : List.of()))
                .toList();
        long plan = plans.issue("51", on, "Ủy ban nhân dân", "Sở Nội vụ", 2029, String.valueOf(900 + counter++), null,
                tasks, List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, LocalDate.of(2029, 7, 31), "Sở Nội vụ",
                        Reporters.ASSIGNED_AGENCIES)));
        return jdbc.queryForObject("select id from report where plan_id = :plan",
                new MapSqlParameterSource("plan", plan), Long.class);
    }

    /** Sở Y tế's writer, signed in through the login form. */
    HttpSession writer() {
        HttpSession browser = new HttpSession(port);
        browser.login("qn.syt", "Demo@2025");
        return browser;
    }

    @Test
    void aReportOfSixtyTasksAndTwentyFilesIsWrittenAndSentThroughTheRealServer() {
        long report = sixtyTaskReport();
        String edit = "/reports/" + report + "/edit";
        HttpSession browser = writer();
        HttpResponse<String> page = browser.getHtml(edit);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Html.parse(page.body()).select("form.report-form article")).hasSize(TASKS);
        String csrf = HttpSession.csrfTokenOf(page.body());

        // Twenty files: as the page's script sends them, one by one, and five at once as the upload form does.
        for (int i = 1; i <= 15; i++) {
            HttpResponse<String> upload = browser.postMultipart("/reports/" + report + "/attachments",
                    Map.of("_csrf", csrf), List.of(pdf("Bien ban so " + i + ".pdf")), edit, true);
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        }
        List<HttpSession.Upload> five = IntStream.rangeClosed(16, 20).mapToObj(i -> pdf("Danh sach " + i + ".pdf"))
                .toList();
        HttpResponse<String> atOnce = browser.postMultipart("/reports/" + report + "/attachments",
                Map.of("_csrf", csrf), five, edit, false);
        assertThat(atOnce.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from report_attachment where report_id = :id", report)).isEqualTo(20);
        // A twenty-first is refused by name.
        HttpResponse<String> tooMany = browser.postMultipart("/reports/" + report + "/attachments",
                Map.of("_csrf", csrf), List.of(pdf("Thua.pdf")), edit, true);
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(Html.parse(tooMany.body()).select("[role=alert]").text()).contains("Thua.pdf", "tối đa 20 tệp");

        // Every field, every narrative at three quarters of its limit: the text alone is above Tomcat's default 2 MB.
        MultiValueMap<String, String> form = Forms.fields(browser.getHtml(edit).body(), "form.report-form");
        List<String> narratives = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            String narrative = narrative(i, 15_000);
            narratives.add(narrative);
            form.set("entries[" + i + "].state", i % 3 == 0 ? "IN_PROGRESS" : "DONE");
            form.set("entries[" + i + "].narrative", narrative);
            form.set("entries[" + i + "].activities", String.valueOf(i + 1));
            form.set("entries[" + i + "].participantsMale", String.valueOf(10 * i));
            form.set("entries[" + i + "].participantsFemale", String.valueOf(12 * i + 1));
            form.set("entries[" + i + "].products", String.valueOf(i % 4));
            form.set("entries[" + i + "].spent", "1.250.000");
        }
        form.set("targets[0].numerator", "7");
        form.set("targets[0].denominator", "12");
        form.set("targets[0].source", "Thống kê của Sở Y tế");
        form.set("targets[0].note", "Số liệu 6 tháng");
        for (String part : List.of("results", "shortcomings", "causes", "directions", "proposals")) {
            form.set(part, narrative(part.length(), 5_000));
        }
        form.set("number", "245");
        form.set("_csrf", csrf);
        form.set("action", "submit");
        assertThat((long) HttpSession.encode(form).length()).isGreaterThan(2L * 1024 * 1024);

        HttpResponse<String> sent = browser.postForm(edit, form, edit);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(status(report)).isEqualTo("SUBMITTED");
        List<String> saved = jdbc.queryForList("select narrative from report_entry where report_id = :id"
                + " order by position", new MapSqlParameterSource("id", report), String.class);
        assertThat(saved).containsExactlyElementsOf(narratives);
        assertThat(count("select sum(participants_female) from report_entry where report_id = :id", report))
                .isEqualTo(IntStream.range(0, TASKS).map(i -> 12 * i + 1).sum());
        assertThat(jdbc.queryForObject("select number from report where id = :id",
                new MapSqlParameterSource("id", report), String.class)).isEqualTo("245");
        assertThat(jdbc.queryForObject("select snapshot::text from report_round where report_id = :id",
                new MapSqlParameterSource("id", report), String.class))
                .contains("Bien ban so 15.pdf", "Danh sach 20.pdf");
    }

    @Test
    void whateverIsTooLargeComesBackAsTheReportFormInVietnamese() {
        long report = sixtyTaskReport();
        String edit = "/reports/" + report + "/edit";
        HttpSession browser = writer();
        MultiValueMap<String, String> form = Forms.fields(browser.getHtml(edit).body(), "form.report-form");
        form.set("results", "Kết quả đã lưu trước đó.");
        assertThat(browser.postForm(edit, form, edit).statusCode()).isEqualTo(302);
        String csrf = HttpSession.csrfTokenOf(browser.getHtml(edit).body());

        // A text over its own limit: the form's own check, with what was typed kept.
        MultiValueMap<String, String> tooLong = Forms.fields(browser.getHtml(edit).body(), "form.report-form");
        String typed = narrative(1, 20_000) + " Thêm.";
        tooLong.set("entries[0].narrative", typed);
        HttpResponse<String> refused = browser.postForm(edit, tooLong, edit);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Html.field(refused.body(), "entries[0].narrative")).isEqualTo(typed);

        // A file above the container's limit, from the upload form: the report form again, 413, in Vietnamese.
        byte[] big = new byte[(int) limits.maxFileBytes() + 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        HttpResponse<String> upload = browser.postMultipart("/reports/" + report + "/attachments",
                Map.of("_csrf", csrf), List.of(new HttpSession.Upload("files", "Ban scan.pdf", "application/pdf", big)),
                edit, false);
        assertRefusedAsTheForm(upload, 413, "Tệp gửi lên vượt quá giới hạn");
        // The same from the page's script: the reason as text, for the page to show.
        HttpResponse<String> fromScript = browser.postMultipart("/reports/" + report + "/attachments",
                Map.of("_csrf", csrf), List.of(new HttpSession.Upload("files", "Ban scan.pdf", "application/pdf", big)),
                edit, true);
        assertThat(fromScript.statusCode()).isEqualTo(413);
        assertThat(fromScript.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(fromScript.body()).startsWith("Tệp gửi lên vượt quá giới hạn");

        // A text form above the container's size, and one with more fields than it takes.
        MultiValueMap<String, String> huge = new LinkedMultiValueMap<>(form);
        huge.set("_csrf", csrf);
        huge.set("results", "x".repeat((int) limits.maxFormBytes()));
        assertRefusedAsTheForm(browser.postForm(edit, huge, edit), 413, "Nội dung vừa gửi lớn hơn");
        MultiValueMap<String, String> crowded = new LinkedMultiValueMap<>(form);
        crowded.set("_csrf", csrf);
        IntStream.range(0, limits.maxFields()).forEach(i -> crowded.add("extra" + i, "1"));
        assertRefusedAsTheForm(browser.postForm(edit, crowded, edit), 400, "không đọc được hoặc có hơn");

        // Without the page it came from, the error page, in Vietnamese too.
        HttpResponse<String> lost = browser.postForm(edit, huge, null);
        assertThat(lost.statusCode()).isEqualTo(413);
        assertThat(Html.parse(lost.body()).select("main").text()).contains("Nội dung vừa gửi lớn hơn");
        assertThat(lost.body()).doesNotContain("HTTP Status", "Tomcat", "Payload Too Large");

        assertThat(jdbc.queryForObject("select results from report where id = :id",
                new MapSqlParameterSource("id", report), String.class)).isEqualTo("Kết quả đã lưu trước đó.");
        assertThat(count("select count(*) from report_attachment where report_id = :id", report)).isZero();
    }

    private static void assertRefusedAsTheForm(HttpResponse<String> response, int status, String reason) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("HTTP Status", "Tomcat", "Payload Too Large");
        Document page = Html.parse(response.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("vi");
        assertThat(page.select(".alert-danger").text()).contains(reason);
        // The report form as last saved, ready to go on with.
        assertThat(page.select("form.report-form article")).hasSize(TASKS);
        assertThat(Html.field(response.body(), "results")).isEqualTo("Kết quả đã lưu trước đó.");
    }

    /** A narrative of the given length in Vietnamese, different for each task. */
    static String narrative(int task, int length) {
        String sentence = "Nhiệm vụ " + (task + 1) + ": đã tổ chức truyền thông, tư vấn sức khỏe sinh sản cho phụ nữ"
                + " vùng đồng bào dân tộc thiểu số; lồng ghép bình đẳng giới trong khám chữa bệnh. ";
        return sentence.repeat(length / sentence.length() + 1).substring(0, length).strip();
    }

    private static HttpSession.Upload pdf(String name) {
        return new HttpSession.Upload("files", name, "application/pdf",
                ("%PDF-1.4\n1 0 obj <<>> endobj\n% " + name + "\n%%EOF").getBytes(StandardCharsets.UTF_8));
    }

    private long count(String sql, long report) {
        Long n = jdbc.queryForObject(sql, new MapSqlParameterSource("id", report), Long.class);
        return n == null ? 0 : n;
    }

    private String status(long report) {
        return jdbc.queryForObject("select status from report where id = :id", new MapSqlParameterSource("id", report),
                String.class);
    }
}
