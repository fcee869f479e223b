package vn.kehoach.reporting;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.ObjectMapper;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.reporting.domain.CompletenessQueries;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.support.Api;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.TestPlans;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Coordination between agencies on a task, the completeness page and its workbook, the dashboards of the demo
 * accounts, and notifications.
 */
@IntegrationTest
class CoordinationAndPagesTests {

    @Autowired
    CompletenessQueries completeness;
    @Autowired
    ReportQueries reportQueries;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    TestPlans plans;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void aCoordinatingAgencySendsItsPartAndTheLeadTakesItOver() {
        LocalDate on = LocalDate.of(2029, 3, 1);
        long plan = plans.issue("51", on, "Ủy ban nhân dân", "Sở Nội vụ", 2029, "601", null,
                List.of(new TestPlans.Task("Khám sàng lọc trước sinh cho phụ nữ dân tộc thiểu số", "Sở Y tế",
                        List.of("Sở Nội vụ"), List.of())),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, LocalDate.of(2029, 7, 31), "Sở Nội vụ",
                        Reporters.ASSIGNED_AGENCIES)));
        long report = jdbc.queryForObject("select id from report where plan_id = :plan",
                new MapSqlParameterSource("plan", plan), Long.class);
        long task = plans.taskId(plan, "Khám sàng lọc trước sinh cho phụ nữ dân tộc thiểu số");
        String contribution = "/reports/" + report + "/contributions/" + task;

        // Sở Nội vụ is asked for its part on its reports page, and sends it.
        String list = Html.body(mvc.get().uri("/reports").with(logins.as("qn.snv")).exchange());
        assertThat(Html.parse(list).select("a[href=" + contribution + "]")).hasSize(1);
        MvcTestResult empty = mvc.post().uri(contribution).param("action", "send").with(logins.as("qn.snv"))
                .with(csrf()).exchange();
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        assertThat(mvc.post().uri(contribution).param("action", "send")
                .param("narrative", "Phối hợp tổ chức 2 đợt tuyên truyền tại xã.").param("activities", "2")
                .param("participantsFemale", "45").with(logins.as("qn.snv")).with(csrf()).exchange()
                .getResponse().getStatus()).isEqualTo(302);
        // Nobody else is asked, nor can they write it.
        assertThat(mvc.get().uri(contribution).with(logins.as("ls.snv")).exchange().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.get().uri(contribution).with(logins.as("qn.syt")).exchange().getResponse().getStatus())
                .isEqualTo(404);

        // Sở Y tế sees it beside its form and takes it over, with what it typed kept.
        MvcTestResult edit = mvc.get().uri("/reports/" + report + "/edit").with(logins.as("qn.syt")).exchange();
        assertThat(Html.body(edit)).contains("Phối hợp tổ chức 2 đợt tuyên truyền tại xã.");
        long contributionId = jdbc.queryForObject("select id from report_contribution where report_id = :r",
                new MapSqlParameterSource("r", report), Long.class);
        MultiValueMap<String, String> form = Forms.fields(Html.body(edit), "form.report-form");
        form.set("entries[0].narrative", "Khám cho 300 phụ nữ.");
        form.set("entries[0].activities", "3");
        form.set("takeOver", String.valueOf(contributionId));
        assertThat(mvc.post().uri("/reports/" + report + "/edit").params(form).with(logins.as("qn.syt")).with(csrf())
                .exchange().getResponse().getStatus()).isEqualTo(302);
        var entry = jdbc.queryForMap("select narrative, activities, participants_female from report_entry"
                + " where report_id = :r", new MapSqlParameterSource("r", report));
        assertThat(entry.get("narrative")).isEqualTo("Khám cho 300 phụ nữ.\n- Sở Nội vụ tỉnh Quảng Ngãi: Phối hợp tổ"
                + " chức 2 đợt tuyên truyền tại xã.");
        assertThat(entry.get("activities")).isEqualTo(5);
        assertThat(entry.get("participants_female")).isEqualTo(45);
        assertThat(jdbc.queryForObject("select taken_over_at is not null from report_contribution where id = :id",
                new MapSqlParameterSource("id", contributionId), Boolean.class)).isTrue();
    }

    @Test
    void theCompletenessPageAndWorkbookAgreeWithTheApi() throws Exception {
        long plan = jdbc.queryForObject("select id from plan where number = '35' and year = 2025",
                new MapSqlParameterSource(), Long.class);
        MvcTestResult page = mvc.get().uri("/reporting/status?plan=" + plan).with(logins.as("qn.snv")).exchange();
        assertThat(page).hasStatusOk();
        Document html = Html.parse(Html.body(page));
        assertThat(html.select("canvas.js-status-chart")).hasSize(2);
        assertThat(html.select("script[src*=chart]")).isNotEmpty();
        var api = new Api(mvc, new ObjectMapper())
                .get("/api/reporting/status?plan=" + plan, logins.as("qn.snv"));
        var sixMonth = api.get(0);
        assertThat(sixMonth.get("kind").asString()).isEqualTo("SIX_MONTH");
        // The demo's six-month cycle has every state.
        assertThat(sixMonth.get("expected").asInt()).isEqualTo(14);
        assertThat(sixMonth.get("accepted").asInt()).isEqualTo(5);
        assertThat(sixMonth.get("returned").asInt()).isEqualTo(1);
        assertThat(sixMonth.get("late").asInt()).isEqualTo(2);
        assertThat(sixMonth.get("missing").asInt()).isEqualTo(5);
        assertThat(sixMonth.get("submitted").asInt()).isEqualTo(9);
        List<String> counts = html.select("#req-" + sixMonth.get("requirementId").asLong() + " .status-counts dd")
                .eachText();
        assertThat(counts).containsExactly("14", "9", "5", "1", "2", "5");

        MvcTestResult xlsx = mvc.get().uri("/reporting/status.xlsx?plan=" + plan).with(logins.as("qn.snv")).exchange();
        assertThat(xlsx).hasStatusOk();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet summary = book.getSheetAt(0);
            boolean found = false;
            for (var row : summary) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Báo cáo 6 tháng")) {
                    assertThat(text(row.getCell(2))).isEqualTo("14");
                    assertThat(text(row.getCell(7))).isEqualTo("5");
                    found = true;
                }
            }
            assertThat(found).isTrue();
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
        }
        // A commune does not see the province's list; another province neither.
        assertThat(mvc.get().uri("/reporting/status?plan=" + plan).with(logins.as("dakcam.vhxh")).exchange()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.get().uri("/api/reporting/status?plan=" + plan).with(logins.as("ls.snv")).exchange()
                .getResponse().getStatus()).isEqualTo(404);
        // The ministry sees it.
        assertThat(mvc.get().uri("/reporting/status?plan=" + plan).with(logins.as("bnv.reviewer")).exchange())
                .hasStatusOk();
    }

    /**
     * Above 40 reports a requirement lists only those someone has to act on, and all on request ({@code all}); the
     * demo's 14 are listed whole, and a requirement of another plan is not found.
     */
    @Test
    void theCompletenessPageListsTheReportsNeedingAttentionAndTheRestOnRequest() {
        long plan = jdbc.queryForObject("select id from plan where number = '35' and year = 2025",
                new MapSqlParameterSource(), Long.class);
        var status = completeness.status(logins.currentUser("qn.snv"), plan);
        var sixMonth = status.requirements().get(0);
        List<ReportRow> attention = sixMonth.needingAttention();
        assertThat(attention).allMatch(e -> e.missing() || e.status() == ReportStatus.SUBMITTED
                || e.status() == ReportStatus.RETURNED || e.status() == ReportStatus.AWAITING_APPROVAL);
        assertThat(sixMonth.entries()).filteredOn(e -> e.missing() || e.status() == ReportStatus.SUBMITTED
                || e.status() == ReportStatus.RETURNED).allMatch(attention::contains);
        // Accepted is done, late or not; not yet due is not yet anyone's concern.
        assertThat(sixMonth.entries()).filteredOn(e -> e.status() == ReportStatus.ACCEPTED).isNotEmpty()
                .anyMatch(ReportRow::late).noneMatch(attention::contains);
        assertThat(attention).hasSize((int) (sixMonth.missing() + sixMonth.submitted() - sixMonth.accepted()));

        assertThat(status.reportersBehind()).isNotEmpty().allMatch(t -> t.late() > 0 || t.missing() > 0);
        assertThat(status.reporters()).filteredOn(t -> t.late() == 0 && t.missing() == 0).isNotEmpty()
                .noneMatch(status.reportersBehind()::contains);
        assertThat(mvc.get().uri("/reporting/status?plan=" + plan + "&everyReporter=true").with(logins.as("qn.snv")))
                .hasStatusOk();

        Document html = Html.parse(Html.body(mvc.get().uri("/reporting/status?plan=" + plan)
                .with(logins.as("qn.snv")).exchange()));
        assertThat(html.select("#reporters tbody tr")).hasSize(status.reporters().size());
        assertThat(html.select("#req-" + sixMonth.requirementId() + " tbody tr")).hasSize(14);
        assertThat(mvc.get().uri("/reporting/status?plan=" + plan + "&all=" + sixMonth.requirementId())
                .with(logins.as("qn.snv"))).hasStatusOk();
        long otherRequirement = jdbc.queryForObject(
                "select min(id) from plan_reporting_requirement where plan_id <> :p",
                new MapSqlParameterSource("p", plan), Long.class);
        assertThat(mvc.get().uri("/reporting/status?plan=" + plan + "&all=" + otherRequirement)
                .with(logins.as("qn.snv"))).hasStatus(404);
    }

    /** The inbox pages on the reports alone: the total is the same on every page, also past the last one. */
    @Test
    void theInboxCountsItsReportsOnEveryPage() {
        var user = logins.currentUser("qn.snv");
        var first = reportQueries.inbox(user, new ReportQueries.Filter(null, null, null, null, 0, 5));
        assertThat(first.totalElements()).isGreaterThan(5);
        assertThat(first.content()).hasSize(5);
        var second = reportQueries.inbox(user, new ReportQueries.Filter(null, null, null, null, 1, 5));
        assertThat(second.totalElements()).isEqualTo(first.totalElements());
        assertThat(second.content()).doesNotContainAnyElementsOf(first.content());
        var past = reportQueries.inbox(user, new ReportQueries.Filter(null, null, null, null, 99, 5));
        assertThat(past.content()).isEmpty();
        assertThat(past.totalElements()).isEqualTo(first.totalElements());
        assertThat(first.content().get(0).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void everyDemoDashboardOpensWithWhatWaitsForItsUser() {
        assertThat(waiting("qn.syt")).contains("REPORT_TO_WRITE");
        assertThat(waiting("qn.snv")).contains("REPORT_TO_REVIEW");
        assertThat(sections("qn.snv")).startsWith("waiting-heading").contains("below-heading");
        assertThat(waiting("qn.lanhdao")).containsSequence("PLAN_TO_APPROVE", "PLAN_TO_APPROVE");
        assertThat(waiting("bato.lanhdao")).contains("REPORT_TO_APPROVE");
        assertThat(waiting("bato.vhxh")).contains("PLAN_RETURNED", "PLAN_TO_IMPLEMENT");
        assertThat(waiting("dakcam.vhxh")).contains("PLAN_PARENT_AMENDED");
        assertThat(waiting("bnv.reviewer")).contains("REPORT_TO_REVIEW");
        assertThat(sections("admin")).containsExactly("waiting-heading", "notices-heading", "areas-heading");
    }

    @Test
    void notificationsAreReadByTheirOwnerOnly() {
        long mine = jdbc.queryForObject("""
                select n.id from notification n join app_user u on u.id = n.user_id where u.username = 'qn.snv'
                  and n.link like '/re%' order by n.id limit 1""", new MapSqlParameterSource(), Long.class);
        assertThat(mvc.post().uri("/notifications/" + mine + "/open").with(logins.as("qn.syt")).with(csrf()).exchange())
                .hasStatus(404);
        assertThat(readAt(mine)).isFalse();
        MvcTestResult open = mvc.post().uri("/notifications/" + mine + "/open").with(logins.as("qn.snv")).with(csrf())
                .exchange();
        assertThat(open.getResponse().getRedirectedUrl()).startsWith("/re");
        assertThat(readAt(mine)).isTrue();
        String page = Html.body(mvc.get().uri("/notifications").with(logins.as("qn.snv")).exchange());
        assertThat(page).contains("theo Kế hoạch số").doesNotContain("??");
    }

    /** Thirty notifications a page, the older ones a page further, and back. */
    @Test
    void notificationsComeThirtyAPage() {
        jdbc.update("""
                insert into notification (user_id, kind, message_key, arguments, link, created_at)
                select u.id, 'SUBMITTED', 'notification.report.submitted',
                       cast('[{"key": "report.title.SIX_MONTH", "args": [2025]}, {"text": "trang ' || g || '"}]'
                            as jsonb), null,
                       now() + interval '1 day' - g * interval '1 minute'
                from app_user u cross join generate_series(1, 40) g where u.username = 'qn.lanhdao'""",
                new MapSqlParameterSource());
        try {
            long all = jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.user_id"
                    + " where u.username = 'qn.lanhdao'", new MapSqlParameterSource(), Long.class);
            Document first = Html.parse(Html.body(mvc.get().uri("/notifications").with(logins.as("qn.lanhdao"))
                    .exchange()));
            assertThat(first.select("main li")).hasSize(30);
            assertThat(first.select("main nav a").eachAttr("href")).containsExactly("/notifications?page=1");
            assertThat(first.select("main li").first().text()).contains("trang 1");
            Document second = Html.parse(Html.body(mvc.get().uri("/notifications?page=1")
                    .with(logins.as("qn.lanhdao")).exchange()));
            assertThat(second.select("main li")).hasSize((int) Math.min(30, all - 30));
            assertThat(second.select("main nav a").eachAttr("href")).startsWith("/notifications?page=0");
            assertThat(second.select("main li").first().text()).contains("trang 31");
        } finally {
            jdbc.update("delete from notification where arguments::text like '%trang %'", new MapSqlParameterSource());
        }
    }

    private boolean readAt(long id) {
        return jdbc.queryForObject("select read_at is not null from notification where id = :id",
                new MapSqlParameterSource("id", id), Boolean.class);
    }

    /** The kinds of the items in "Việc cần xử lý", in their order on the page. */
    private List<String> waiting(String user) {
        MvcTestResult page = mvc.get().uri("/").with(logins.as(user)).exchange();
        assertThat(page).hasStatusOk();
        return Html.parse(Html.body(page)).select("#waiting li[data-kind]").eachAttr("data-kind");
    }

    private List<String> sections(String user) {
        MvcTestResult page = mvc.get().uri("/").with(logins.as(user)).exchange();
        assertThat(page).hasStatusOk();
        return Html.parse(Html.body(page)).select("main section h2[id]").eachAttr("id");
    }

    private static String text(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }
}
