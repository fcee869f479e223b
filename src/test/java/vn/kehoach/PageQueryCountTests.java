package vn.kehoach;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.ObjectMapper;
import vn.kehoach.plan.domain.PlanCreation;
import vn.kehoach.support.Api;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.ReportSnapshots;
import vn.kehoach.support.SqlStatementCounter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Each page runs a small, fixed number of SQL statements whatever the data size: the main pages and APIs are
 * requested as the users who use them, measured, then measured again after the province gained 200 communes, 300
 * agencies, 100 accounts and 50 implementing plans and one plan grew from 6 to 156 sections. A count that moved is
 * a query in a loop (N+1). The added rows are removed afterwards, so the other tests see the demo data unchanged.
 */
@IntegrationTest
class PageQueryCountTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SqlStatementCounter sql;
    @Autowired
    PlanCreation planCreation;
    @Autowired
    ObjectMapper json;
    @Autowired
    ReportSnapshots snapshots;

    record Page(String user, String uri, int max) {
    }

    @Test
    void everyPageRunsAFixedSmallNumberOfStatementsWhateverTheDataSize() {
        PageGrowth growth = new PageGrowth(jdbc);
        long province = jdbc.queryForObject(
                "select id from administrative_unit where code = '51' and valid_to is null", Long.class);
        long provincial = demoPlan("51", 2025);
        long wardDraft = demoPlan("21484", 2025);
        // Phường Đăk Cấm's 2026 plan, flagged since the province amended the plan it implements.
        long flagged = jdbc.queryForObject("select plan_id from plan_parent_change where resolved_at is null"
                + " order by id limit 1", Long.class);
        long committee = agency(province, "Ủy ban nhân dân tỉnh");
        long ownDraft = planCreation.create(logins.currentUser("qn.snv"), 2026, committee, null);
        long consolidated = report("""
                select r.id from report r join administrative_unit u on u.id = r.reporter_unit_id
                where u.code = '51' and r.reporter_kind = 'UNIT' and r.kind = 'SIX_MONTH' and r.year = 2025""");
        long editable = report("""
                select r.id from report r join app_user u on u.agency_id = r.owner_agency_id
                where u.username = 'qn.syt' and r.status in ('NOT_STARTED', 'DRAFT', 'RETURNED')
                order by r.due_date limit 1""");
        // The ministry's guidance the provinces report on: the national completeness page.
        long national = jdbc.queryForObject("""
                select r.plan_id from report r join app_user u on u.agency_id = r.receiver_agency_id
                where u.username = 'bnv.reviewer' group by r.plan_id order by count(*) desc, r.plan_id limit 1""",
                Long.class);
        long received = report("select id from report where plan_id = " + provincial
                + " and reporter_kind = 'UNIT' and status in ('SUBMITTED', 'ACCEPTED') order by id limit 1");
        try {
            growth.addTasks(ownDraft, province, 1);
            // Budgets: today's counts with a little headroom, and never more than 15 (issue 14). A page that needs more
            // should say why in review.
            List<Page> pages = List.of(
                    new Page("qn.snv", "/", 12),
                    new Page("qn.lanhdao", "/", 8),
                    new Page("dakcam.vhxh", "/", 12),
                    new Page("bnv.reviewer", "/", 8),
                    new Page("qn.snv", "/plans", 6),
                    new Page("qn.snv", "/plans?q=binh dang gioi", 6),
                    new Page("dakcam.vhxh", "/plans", 6),
                    new Page("qn.snv", "/plans/" + provincial, 13),
                    new Page("qn.snv", "/plans/" + ownDraft, 9),
                    new Page("dakcam.vhxh", "/plans/" + flagged, 13),
                    new Page("qn.snv", "/plans/" + ownDraft + "/edit", 12),
                    new Page("bato.vhxh", "/plans/" + wardDraft + "/edit", 10),
                    new Page("qn.snv", "/roster/units?q=quang", 4),
                    new Page("qn.snv", "/roster/units/" + province, 14),
                    new Page("qn.admin", "/roster/agencies?unit=" + province, 6),
                    new Page("qn.admin", "/admin/accounts", 4),
                    new Page("qn.admin", "/admin/audit", 4),
                    new Page("admin", "/admin/audit?person=qn&objectType=PLAN&unit=" + province, 5),
                    new Page("qn.snv", "/api/units?q=quang", 4),
                    new Page("qn.snv", "/api/agencies?unit=51", 6),
                    new Page("qn.snv", "/api/plans", 4),
                    new Page("qn.snv", "/api/plans/" + provincial, 4),
                    new Page("qn.snv", "/api/plans/" + ownDraft, 4),
                    new Page("qn.snv", "/reports", 8),
                    new Page("qn.snv", "/reports/" + consolidated, 15),
                    new Page("qn.syt", "/reports/" + editable + "/edit", 13),
                    new Page("qn.snv", "/reviews", 5),
                    new Page("qn.snv", "/reviews/" + received, 15),
                    new Page("qn.snv", "/reporting/status?plan=" + provincial, 6),
                    new Page("bnv.reviewer", "/reporting/status?plan=" + national, 6),
                    new Page("qn.snv", "/api/reporting/status?plan=" + provincial, 5),
                    new Page("qn.snv", "/plans/" + provincial + "/export.docx", 4),
                    new Page("qn.snv", "/plans/" + provincial + "/export.pdf", 4),
                    new Page("qn.snv", "/notifications", 4),
                    new Page("qn.snv", "/indicators?unit=51&year=2025", 8),
                    new Page("qn.snv", "/indicators/targets/1.1?unit=51&year=2025", 8),
                    new Page("qn.snv", "/api/indicators", 3),
                    new Page("qn.snv", "/api/indicators/attainment?unit=51&year=2025", 7),
                    new Page("qn.snv", "/indicators/catalogue", 4));

            Map<Page, List<String>> small = measure(pages);
            long plansBefore = total("/api/plans"), unitsBefore = total("/api/units?q=quang");
            growth.grow(province, provincial, ownDraft);
            // The pages really show more: the added rows are in the user's scope and match the searches.
            assertThat(total("/api/plans")).isEqualTo(plansBefore + PageGrowth.PLANS);
            assertThat(total("/api/units?q=quang")).isEqualTo(unitsBefore + PageGrowth.UNITS);
            Map<Page, List<String>> large = measure(pages);

            report(pages, small, large);
            SoftAssertions softly = new SoftAssertions();
            for (Page page : pages) {
                List<String> before = small.get(page);
                List<String> after = large.get(page);
                softly.assertThat(after.size())
                        .as("%s as %s: %d statements with the demo data, %d with more data:%n%s", page.uri(),
                                page.user(), before.size(), after.size(), String.join("\n", after))
                        .isLessThanOrEqualTo(before.size())
                        .isLessThanOrEqualTo(page.max());
            }
            softly.assertAll();
        } finally {
            growth.remove(ownDraft);
        }
    }

    /**
     * The report form's consolidation (the heaviest post: the typed content saved with a draft from the reports
     * below), measured as a page: the province's six-month report to the ministry, drafted from the reports its
     * departments and communes sent, opened again for the measurement (a draft, drafted once, then measured drafting
     * again). Every statement counts, a batch of rows once; that the count does not grow with the reports below is
     * ReportingLoopTests'. The report is put back as it was.
     */
    @Test
    void consolidatingAReportRunsAFixedSmallNumberOfStatements() {
        long id = report("""
                select r.id from report r join administrative_unit u on u.id = r.reporter_unit_id
                where u.code = '51' and r.reporter_kind = 'UNIT' and r.kind = 'SIX_MONTH' and r.year = 2025""");
        RequestPostProcessor user = logins.as("qn.snv");
        ReportSnapshots.Snapshot demo = snapshots.take(List.of(id));
        try {
            jdbc.update("update report set status = 'DRAFT' where id = ?", id);
            assertThat(post(id, user, consolidationForm(id, user))).isEqualTo(302);
            MultiValueMap<String, String> again = consolidationForm(id, user);
            List<String> statements = sql.statementsDuring(() -> assertThat(post(id, user, again)).isEqualTo(302));
            assertThat(jdbc.queryForObject("select count(*) from report_source where report_id = ?", Integer.class,
                    id)).as("reports below drafted from").isPositive();
            assertThat(statements).as("/reports/%d/edit, action=consolidate:%n%s", id, String.join("\n", statements))
                    .hasSizeLessThanOrEqualTo(15);
        } finally {
            demo.restore();
        }
    }

    /** The report's form as its page gives it, with the consolidation button pressed. */
    private MultiValueMap<String, String> consolidationForm(long id, RequestPostProcessor user) {
        MultiValueMap<String, String> form = Forms.fields(Html.body(mvc.get().uri("/reports/" + id + "/edit")
                .with(user).exchange()), "form.report-form");
        form.set("action", "consolidate");
        return form;
    }

    private int post(long id, RequestPostProcessor user, MultiValueMap<String, String> form) {
        return mvc.post().uri("/reports/" + id + "/edit").params(form).with(user).with(csrf()).exchange()
                .getResponse().getStatus();
    }

    /**
     * The counts as a table in target/, to compare runs and to quote in reviews, and each page's statements (with
     * more data) beside it, to see which to cut.
     */
    private static void report(List<Page> pages, Map<Page, List<String>> small, Map<Page, List<String>> large) {
        StringBuilder table = new StringBuilder(
                "| Page | User | Demo data | More data | Bound |\n|---|---|---|---|---|\n");
        StringBuilder statements = new StringBuilder();
        for (Page page : pages) {
            table.append(String.format("| `%s` | %s | %d | %d | %d |%n", page.uri(), page.user(),
                    small.get(page).size(), large.get(page).size(), page.max()));
            statements.append(String.format("## `%s` as %s%n%n", page.uri(), page.user()));
            large.get(page).forEach(sql -> statements.append("1. `").append(sql.replaceAll("\\s+", " ")).append("`\n"));
            statements.append('\n');
        }
        try {
            Path file = Path.of("target", "page-query-counts.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, table);
            Files.writeString(file.resolveSibling("page-query-statements.md"), statements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of one request per page, after a first request that warms caches. */
    private Map<Page, List<String>> measure(List<Page> pages) {
        Map<Page, List<String>> statements = new LinkedHashMap<>();
        for (Page page : pages) {
            RequestPostProcessor user = logins.as(page.user());
            assertThat(mvc.get().uri(page.uri()).with(user).exchange()).as(page.uri()).hasStatusOk();
            // Attainment is kept in memory until its figures change: measured as computed, which must not grow.
            if (page.uri().contains("indicators")) {
                jdbc.update(
                        "update reference_revision set revision = revision + 1 where name = 'attainment' and slot = 0");
            }
            statements.put(page, sql.statementsDuring(
                    () -> assertThat(mvc.get().uri(page.uri()).with(user).exchange()).as(page.uri()).hasStatusOk()));
        }
        return statements;
    }

    private long total(String uri) {
        return new Api(mvc, json).get(uri, logins.as("qn.snv")).get("totalElements").asLong();
    }

    private long demoPlan(String unitCode, int year) {
        return jdbc.queryForObject("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.code = ? and p.year = ? and p.created_by = 'demo' order by p.id limit 1""",
                Long.class, unitCode, year);
    }

    private long report(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private long agency(long unitId, String namePrefix) {
        return jdbc.queryForObject("select id from agency where unit_id = ? and name like ? and valid_to is null",
                Long.class, unitId, namePrefix + "%");
    }
}
