package vn.kehoach.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.shared.web.FlashMessage;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.TestPlans;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The report form as Sở Y tế writes it: bad input comes back with Vietnamese messages and nothing saved; a draft is
 * always saved; sending checks completeness and marks each gap; a colleague's save in between never overwrites; files
 * are checked by content and always downloaded.
 */
@IntegrationTest
class ReportFormTests {

    static final String TASK = "Truyền thông giảm thiểu mất cân bằng giới tính khi sinh";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    TestPlans plans;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    long report;

    @BeforeEach
    void aReportOfSoYTe() {
        LocalDate on = LocalDate.of(2028, 2, 1);
        long plan = plans.issue("51", on, "Ủy ban nhân dân", "Sở Nội vụ", 2028, String.valueOf(800 + counter++), null,
                List.of(new TestPlans.Task(TASK, "Sở Y tế", List.of(), List.of("2.1"))),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, LocalDate.of(2028, 7, 31), "Sở Nội vụ",
                        Reporters.ASSIGNED_AGENCIES)));
        report = jdbc.queryForObject("select id from report where plan_id = :plan",
                new MapSqlParameterSource("plan", plan), Long.class);
    }

    static int counter;

    @Test
    void badNumbersComeBackWithMessagesAndNothingIsSaved() {
        MultiValueMap<String, String> form = form();
        form.set("entries[0].activities", "-3");
        form.set("entries[0].spent", "năm triệu");
        form.set("targets[0].numerator", "abc");
        form.set("entries[0].narrative", "Đã tổ chức truyền thông.");
        MvcTestResult result = post(form);
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String page = Html.body(result);
        assertThat(Html.parse(page).select(".invalid-feedback").eachText()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Html.field(page, "entries[0].spent")).isEqualTo("năm triệu");
        assertThat(Html.field(page, "entries[0].narrative")).isEqualTo("Đã tổ chức truyền thông.");
        assertThat(status()).isEqualTo("NOT_STARTED");
    }

    @Test
    void aNumeratorAboveItsDenominatorIsRefusedWithTheInputKept() {
        MultiValueMap<String, String> form = form();
        form.set("targets[0].numerator", "12");
        form.set("targets[0].denominator", "10");
        MvcTestResult result = post(form);
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(Html.body(result)).contains("tử số không được lớn hơn mẫu số");
        assertThat(Html.field(Html.body(result), "targets[0].numerator")).isEqualTo("12");
        assertThat(status()).isEqualTo("NOT_STARTED");
    }

    @Test
    void aDraftIsSavedButSendingMarksEveryGap() {
        MultiValueMap<String, String> form = form();
        form.set("entries[0].narrative", "Phối hợp với các trạm y tế xã.");
        form.set("entries[0].spent", "5.000.000");
        form.set("action", "submit");
        MvcTestResult result = post(form);
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        var page = Html.parse(Html.body(result));
        assertThat(page.select(".alert-danger").text()).contains("chưa gửi được");
        assertThat(page.select(".invalid-feedback").eachText()).contains("Chọn tình trạng thực hiện nhiệm vụ.",
                "Nhập số liệu, hoặc ghi lý do chưa có số liệu ở cột ghi chú.", "Nêu kết quả đạt được.",
                "Nêu phương hướng, nhiệm vụ kỳ tới.");
        // The draft was kept, money as typed by an official.
        assertThat(status()).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select spent from report_entry where report_id = :id",
                new MapSqlParameterSource("id", report), Long.class)).isEqualTo(5_000_000L);

        // Completed, it goes.
        MultiValueMap<String, String> complete = form();
        complete.set("entries[0].state", "DONE");
        complete.set("targets[0].note", "Chưa có số liệu của Cục Thống kê");
        complete.set("results", "Hoàn thành.");
        complete.set("shortcomings", "Không.");
        complete.set("causes", "Không.");
        complete.set("directions", "Tiếp tục.");
        complete.set("number", "120");
        complete.set("action", "submit");
        assertThat(post(complete).getResponse().getStatus()).isEqualTo(302);
        assertThat(status()).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select number from report where id = :id",
                new MapSqlParameterSource("id", report), String.class)).isEqualTo("120");
    }

    @Test
    void aColleaguesSaveInBetweenIsNeverOverwritten() {
        MultiValueMap<String, String> mine = form();
        MultiValueMap<String, String> theirs = form();
        theirs.set("results", "Bản của đồng nghiệp.");
        assertThat(post(theirs).getResponse().getStatus()).isEqualTo(302);
        mine.set("results", "Bản của tôi.");
        MvcTestResult result = post(mine);
        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(Html.field(Html.body(result), "results")).isEqualTo("Bản của tôi.");
        assertThat(jdbc.queryForObject("select results from report where id = :id",
                new MapSqlParameterSource("id", report), String.class)).isEqualTo("Bản của đồng nghiệp.");
        // Saving again from the page that came back works: it carries the newer version.
        MultiValueMap<String, String> again = Forms.fields(Html.body(result), "form.report-form");
        assertThat(post(again).getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select results from report where id = :id",
                new MapSqlParameterSource("id", report), String.class)).isEqualTo("Bản của tôi.");
    }

    @Test
    void aFormNamingAnotherPlansTaskIsRefused() {
        MultiValueMap<String, String> form = form();
        form.set("entries[0].sectionId", "1");
        form.set("entries[0].narrative", "x");
        MvcTestResult result = post(form);
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(status()).isEqualTo("NOT_STARTED");
    }

    @Test
    void filesAreCheckedByContentAndAlwaysDownloaded() {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        MvcTestResult upload = upload(new MockMultipartFile("files", "Danh sách tham gia.pdf", "application/pdf", pdf));
        assertThat(upload.getResponse().getStatus()).isEqualTo(302);
        long attachment = jdbc.queryForObject("select id from report_attachment where report_id = :id",
                new MapSqlParameterSource("id", report), Long.class);
        MvcTestResult download = mvc.get().uri("/reports/" + report + "/attachments/" + attachment)
                .with(logins.as("qn.syt")).exchange();
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentType()).isEqualTo("application/octet-stream");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getResponse().getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        // Another agency cannot fetch it by its number.
        assertThat(mvc.get().uri("/reports/" + report + "/attachments/" + attachment).with(logins.as("dakcam.vhxh"))
                .exchange().getResponse().getStatus()).isEqualTo(404);

        // A page of script named .pdf is refused, with the name in the message; nothing is stored.
        MvcTestResult script = upload(new MockMultipartFile("files", "bao-cao.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(script.getResponse().getStatus()).isEqualTo(302);
        FlashMessage refused = (FlashMessage) script.getMvcResult().getFlashMap().get("flash");
        assertThat(refused.key()).isEqualTo("report.attachment.unsupported");
        assertThat(refused.args()).containsExactly("bao-cao.pdf");
        assertThat(jdbc.queryForObject("select count(*) from report_attachment where report_id = :id",
                new MapSqlParameterSource("id", report), Long.class)).isEqualTo(1L);

        // Removing it from the form.
        MultiValueMap<String, String> form = form();
        form.set("removeAttachment", String.valueOf(attachment));
        assertThat(post(form).getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from report_attachment where report_id = :id",
                new MapSqlParameterSource("id", report), Long.class)).isZero();
    }

    @Test
    void aFileUploadedBeforeTheTextIsSentGoesWithTheReport() {
        // The page's script sends the chosen file first, on its own, then the text: the file does not change the
        // version the text was written against.
        MultiValueMap<String, String> form = form();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        MvcTestResult upload = mvc.post().uri("/reports/" + report + "/attachments").multipart()
                .file(new MockMultipartFile("files", "anh-hoi-nghi.png", "image/png", png))
                .header("X-Requested-With", "fetch").with(logins.as("qn.syt")).with(csrf()).exchange();
        assertThat(upload).hasStatusOk();
        assertThat(Html.parse(Html.body(upload)).select("#attachment-files li a").text()).isEqualTo("anh-hoi-nghi.png");
        assertThat(Html.parse(Html.body(upload)).select("#attachment-outcome [role=status]").text())
                .contains("anh-hoi-nghi.png");
        form.set("entries[0].state", "DONE");
        form.set("entries[0].narrative", "Đã tư vấn.");
        form.set("targets[0].note", "Chưa có số liệu");
        form.set("results", "Hoàn thành.");
        form.set("shortcomings", "Không.");
        form.set("causes", "Không.");
        form.set("directions", "Tiếp tục.");
        form.set("action", "submit");
        assertThat(post(form).getResponse().getStatus()).isEqualTo(302);
        assertThat(status()).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select file_name from report_attachment where report_id = :id",
                new MapSqlParameterSource("id", report), String.class)).isEqualTo("anh-hoi-nghi.png");
        assertThat(jdbc.queryForObject("select snapshot::text from report_round where report_id = :id",
                new MapSqlParameterSource("id", report), String.class)).contains("anh-hoi-nghi.png");
    }

    @Test
    void aRefusedFileIsNamedAndNothingElseChanges() {
        long version = jdbc.queryForObject("select version from report where id = :id",
                new MapSqlParameterSource("id", report), Long.class);
        MvcTestResult upload = mvc.post().uri("/reports/" + report + "/attachments").multipart()
                .file(new MockMultipartFile("files", "ghi-chu.pdf", "application/pdf",
                        "chỉ là chữ".getBytes(StandardCharsets.UTF_8)))
                .header("X-Requested-With", "fetch").with(logins.as("qn.syt")).with(csrf()).exchange();
        assertThat(upload.getResponse().getStatus()).isEqualTo(422);
        assertThat(Html.parse(Html.body(upload)).select("#attachment-outcome [role=alert]").text())
                .contains("ghi-chu.pdf");
        assertThat(jdbc.queryForObject("select version from report where id = :id",
                new MapSqlParameterSource("id", report), Long.class)).isEqualTo(version);
        // Someone who may not change the report cannot add a file to it.
        assertThat(mvc.post().uri("/reports/" + report + "/attachments").multipart()
                .file(new MockMultipartFile("files", "a.png", "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}))
                .with(logins.as("qn.snv")).with(csrf()).exchange().getResponse().getStatus()).isEqualTo(404);
    }

    private MultiValueMap<String, String> form() {
        MvcTestResult page = mvc.get().uri("/reports/" + report + "/edit").with(logins.as("qn.syt")).exchange();
        assertThat(page).hasStatusOk();
        return Forms.fields(Html.body(page), "form.report-form");
    }

    private MvcTestResult post(MultiValueMap<String, String> form) {
        return mvc.post().uri("/reports/" + report + "/edit").params(form).with(logins.as("qn.syt")).with(csrf())
                .exchange();
    }

    private MvcTestResult upload(MockMultipartFile file) {
        return mvc.post().uri("/reports/" + report + "/attachments").multipart().file(file)
                .with(logins.as("qn.syt")).with(csrf()).exchange();
    }

    private String status() {
        return jdbc.queryForObject("select status from report where id = :id", new MapSqlParameterSource("id", report),
                String.class);
    }
}
