package vn.kehoach.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.shared.web.RequestLimits;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.ReportSnapshots;
import vn.kehoach.support.TestPlans;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest report of the demo, written in full in the browser by its owner: every field of every task, the
 * targets, the assessment, three files; saved, checked back, and sent. No answer from the server fails on the way (the
 * form of a dozen tasks used to come back as Tomcat's "413 Payload Too Large"). A file the server refuses for its
 * size leaves what was typed on the page. The demo is put back afterwards.
 */
@IntegrationTest
class ReportSizeJourneyTest extends BrowserSupport {

    record Candidate(long id, String owner, int tasks) {
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportSnapshots snapshots;
    @Autowired
    ReportQueries queries;
    @Autowired
    Logins logins;
    @Autowired
    TestPlans plans;
    @Autowired
    RequestLimits limits;

    @Test
    void theLargestDemoReportIsWrittenInFullWithThreeFilesSavedAndSent() {
        Candidate largest = largestEditableDemoReport();
        assertThat(largest.tasks()).isGreaterThanOrEqualTo(10);
        List<Integer> failures = new ArrayList<>();
        page.onResponse(response -> {
            String type = response.request().resourceType();
            if (response.status() >= 400 && (type.equals("document") || type.equals("fetch"))) {
                failures.add(response.status());
            }
        });
        ReportSnapshots.Snapshot demo = snapshots.take(List.of(largest.id()));
        try {
            signIn(largest.owner(), "Demo@2025");
            page.navigate(url("/reports/" + largest.id() + "/edit"));
            assertUniqueIds();
            Locator tasks = page.locator("form.report-form article");
            assertThat(tasks).hasCount(largest.tasks());
            List<String> narratives = new ArrayList<>();
            for (int i = 0; i < largest.tasks(); i++) {
                String narrative = "Nhiệm vụ " + (i + 1) + ": tổ chức " + (i + 2) + " hội nghị tuyên truyền về bình"
                        + " đẳng giới cho cán bộ, hội viên phụ nữ; lồng ghép trong sinh hoạt khu dân cư.";
                narratives.add(narrative);
                page.locator("#entries" + i + "-state-" + (i % 3 == 0 ? "IN_PROGRESS" : "DONE")).check();
                page.locator("#entries" + i + "-narrative").fill(narrative);
                page.locator("#entries" + i + "-activities").fill(String.valueOf(i + 2));
                page.locator("#entries" + i + "-participantsMale").fill(String.valueOf(20 + i));
                page.locator("#entries" + i + "-participantsFemale").fill(String.valueOf(35 + i));
                page.locator("#entries" + i + "-products").fill(String.valueOf(i % 3));
                page.locator("#entries" + i + "-spent").fill((i + 1) + ".500.000");
            }
            int targets = page.locator("form.report-form tbody tr").count();
            for (int j = 0; j < targets; j++) {
                fillIfShown("#targets" + j + "-value", "45");
                fillIfShown("#targets" + j + "-numerator", "7");
                fillIfShown("#targets" + j + "-denominator", "12");
                fillIfShown("#targets" + j + "-valueMale", "3");
                fillIfShown("#targets" + j + "-valueFemale", "4");
                fillIfShown("#targets" + j + "-source", "Thống kê của phòng, ban");
                fillIfShown("#targets" + j + "-note", "Số liệu đến hết kỳ báo cáo");
            }
            Map<String, String> assessment = Map.of(
                    "results", "Hoàn thành các nhiệm vụ theo kế hoạch.",
                    "shortcomings", "Kinh phí còn hạn chế.",
                    "causes", "Cán bộ kiêm nhiệm.",
                    "directions", "Tiếp tục truyền thông ở thôn, tổ dân phố.",
                    "proposals", "Bố trí kinh phí tập huấn.");
            assessment.forEach((id, text) -> page.locator("#" + id).fill(text));
            fillIfShown("#number", "118");
            page.locator("#files").setInputFiles(new FilePayload[]{
                    new FilePayload("Biên bản hội nghị.pdf", "application/pdf",
                            "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
                    new FilePayload("Ảnh hội nghị.png", "image/png",
                            new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}),
                    new FilePayload("Danh sách tham gia.jpg", "image/jpeg",
                            new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I',
                                    'F'})});

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();
            assertThat(page.locator(".alert-success").first()).containsText("Đã lưu báo cáo");

            // Everything is back, on the page and in the database.
            for (int i = 0; i < largest.tasks(); i++) {
                assertThat(page.locator("#entries" + i + "-narrative")).hasValue(narratives.get(i));
                assertThat(page.locator("#entries" + i + "-participantsFemale")).hasValue(String.valueOf(35 + i));
                assertThat(page.locator("#entries" + i + "-spent")).hasValue((i + 1) + ".500.000");
            }
            assertThat(page.locator("#results")).hasValue(assessment.get("results"));
            assertThat(page.locator("#attachment-files li a")).hasText(new String[]{"Biên bản hội nghị.pdf",
                    "Ảnh hội nghị.png", "Danh sách tham gia.jpg"});
            assertThat(jdbc.queryForList("select narrative from report_entry where report_id = ? order by position",
                    String.class, largest.id())).containsExactlyElementsOf(narratives);
            assertThat(jdbc.queryForObject("select count(*) from report_attachment where report_id = ?", Long.class,
                    largest.id())).isEqualTo(3L);

            boolean unit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình lãnh đạo duyệt"))
                    .count() > 0;
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(unit ? "Trình lãnh đạo duyệt" : "Gửi báo cáo")).click();
            assertThat(page.locator(".alert-success").first())
                    .containsText(unit ? "Đã trình lãnh đạo duyệt" : "Đã gửi báo cáo");
            assertThat(jdbc.queryForObject("select status from report where id = ?", String.class, largest.id()))
                    .isEqualTo(unit ? "AWAITING_APPROVAL" : "SUBMITTED");
            assertThat(page.locator("main")).containsText(narratives.get(largest.tasks() - 1));
            assertThat(failures).as("answers that failed").isEmpty();
            assertThat(consoleErrors).as("browser console errors").isEmpty();
        } finally {
            demo.restore();
        }
    }

    @Test
    void aFileRefusedForItsSizeLeavesWhatWasTypedOnThePage() {
        long plan = plans.issue("51", LocalDate.of(2033, 2, 1), "Ủy ban nhân dân", "Sở Nội vụ", 2033, "33", null,
                List.of(TestPlans.Task.of("Tư vấn sức khỏe sinh sản vị thành niên", "Sở Y tế")),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, LocalDate.of(2033, 7, 31), "Sở Nội vụ",
                        Reporters.ASSIGNED_AGENCIES)));
        long report = jdbc.queryForObject("select id from report where plan_id = ?", Long.class, plan);
        signIn("qn.syt", "Demo@2025");
        page.navigate(url("/reports/" + report + "/edit"));
        String typed = "Tư vấn cho 320 học sinh tại 4 trường trung học phổ thông.";
        page.locator("#entries0-narrative").fill(typed);
        // A page opened before the limit was lowered, say: its own check lets the file through to the server.
        page.locator("#files").evaluate("input => input.dataset.maxBytes = '1000000000'");
        byte[] scan = new byte[(int) limits.maxFileBytes() + 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, scan, 0, 9);
        // Twenty megabytes take a while to reach the browser, and to be sent, on a busy machine.
        page.locator("#files").setInputFiles(new FilePayload("Bản scan.pdf", "application/pdf", scan),
                new Locator.SetInputFilesOptions().setTimeout(120_000));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();

        assertThat(page.locator("#attachment-outcome [role=alert]")).containsText("Tệp gửi lên vượt quá giới hạn",
                new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        assertThat(page.locator("#report-form-problem [role=alert]")).isVisible();
        assertThat(page.locator("#report-form-problem [role=alert]")).containsText("vẫn còn trên trang");
        assertThat(page.locator("#entries0-narrative")).hasValue(typed);
        assertThat(jdbc.queryForObject("select count(*) from report_entry where report_id = ?", Long.class, report))
                .isZero();

        // Pressed again, without the file, the text is saved.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();
        assertThat(page.locator(".alert-success").first()).containsText("Đã lưu báo cáo");
        assertThat(jdbc.queryForObject("select narrative from report_entry where report_id = ?", String.class, report))
                .isEqualTo(typed);
        assertThat(consoleErrors).as("browser console errors").allMatch(error -> error.contains("status of 413"));
    }

    /** The editable demo report with the most tasks among those whose owner has a demo account. */
    private Candidate largestEditableDemoReport() {
        return jdbc.query("""
                select r.id, min(u.username) as owner from report r
                join plan p on p.id = r.plan_id
                join app_user u on u.agency_id = r.owner_agency_id and u.enabled
                join app_user_role ur on ur.user_id = u.id and ur.role in ('DRAFTER', 'REPORTER')
                where p.created_by = 'demo' and r.status in ('NOT_STARTED', 'DRAFT', 'RETURNED')
                group by r.id""", (rs, n) -> new Candidate(rs.getLong("id"), rs.getString("owner"), 0))
                .stream()
                .map(c -> {
                    ReportView view = queries.view(logins.currentUser(c.owner()), c.id());
                    return new Candidate(c.id(), c.owner(), view.tasks().size() + view.otherEntries().size());
                })
                .max(Comparator.comparingInt(Candidate::tasks).thenComparingLong(Candidate::id))
                .orElseThrow();
    }

    private void fillIfShown(String selector, String value) {
        Locator field = page.locator(selector);
        if (field.count() > 0) field.fill(value);
    }
}
