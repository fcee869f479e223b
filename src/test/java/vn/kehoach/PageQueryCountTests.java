package vn.kehoach;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;
import vn.kehoach.plan.domain.PlanCreation;
import vn.kehoach.support.Api;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.SqlStatementCounter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each page runs a small, fixed number of SQL statements whatever the data size: the main pages and APIs are
 * requested as the users who use them, measured, then measured again after the province gained 200 communes, 300
 * agencies, 100 accounts and 50 implementing plans and one plan grew from 6 to 156 sections. A count that moved is
 * a query in a loop (N+1). The added rows are removed afterwards, so the other tests see the demo data unchanged.
 */
@IntegrationTest
class PageQueryCountTests {

    private static final int UNITS = 200;
    private static final int PLANS = 50;

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

    record Page(String user, String uri, int max) {
    }

    @Test
    void everyPageRunsAFixedSmallNumberOfStatementsWhateverTheDataSize() {
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
            addTasks(ownDraft, province, 1);
            // Budgets: today's counts with a little headroom, and never more than 15 (issue 14). A page that needs more
            // should say why in review.
            List<Page> pages = List.of(
                    new Page("qn.snv", "/", 15),
                    new Page("qn.lanhdao", "/", 11),
                    new Page("dakcam.vhxh", "/", 15),
                    new Page("bnv.reviewer", "/", 11),
                    new Page("qn.snv", "/plans", 6),
                    new Page("qn.snv", "/plans?q=binh dang gioi", 6),
                    new Page("dakcam.vhxh", "/plans", 6),
                    new Page("qn.snv", "/plans/" + provincial, 14),
                    new Page("qn.snv", "/plans/" + ownDraft, 14),
                    new Page("dakcam.vhxh", "/plans/" + flagged, 14),
                    new Page("qn.snv", "/plans/" + ownDraft + "/edit", 13),
                    new Page("bato.vhxh", "/plans/" + wardDraft + "/edit", 13),
                    new Page("qn.snv", "/roster/units?q=quang", 4),
                    new Page("qn.snv", "/roster/units/" + province, 14),
                    new Page("qn.admin", "/roster/agencies?unit=" + province, 6),
                    new Page("qn.admin", "/admin/accounts", 4),
                    new Page("qn.admin", "/admin/audit", 4),
                    new Page("admin", "/admin/audit?person=qn&objectType=PLAN&unit=" + province, 5),
                    new Page("qn.snv", "/api/units?q=quang", 4),
                    new Page("qn.snv", "/api/agencies?unit=51", 6),
                    new Page("qn.snv", "/api/plans", 4),
                    new Page("qn.snv", "/api/plans/" + provincial, 10),
                    new Page("qn.snv", "/api/plans/" + ownDraft, 10),
                    new Page("qn.snv", "/reports", 8),
                    new Page("qn.snv", "/reports/" + consolidated, 15),
                    new Page("qn.syt", "/reports/" + editable + "/edit", 15),
                    new Page("qn.snv", "/reviews", 6),
                    new Page("qn.snv", "/reviews/" + received, 15),
                    new Page("qn.snv", "/reporting/status?plan=" + provincial, 12),
                    new Page("bnv.reviewer", "/reporting/status?plan=" + national, 7),
                    new Page("qn.snv", "/api/reporting/status?plan=" + provincial, 10),
                    new Page("qn.snv", "/plans/" + provincial + "/export.docx", 5),
                    new Page("qn.snv", "/plans/" + provincial + "/export.pdf", 5),
                    new Page("qn.snv", "/notifications", 4),
                    new Page("qn.snv", "/indicators?unit=51&year=2025", 12),
                    new Page("qn.snv", "/indicators/targets/1.1?unit=51&year=2025", 12),
                    new Page("qn.snv", "/api/indicators", 3),
                    new Page("qn.snv", "/api/indicators/attainment?unit=51&year=2025", 11),
                    new Page("qn.snv", "/indicators/catalogue", 4));

            Map<Page, List<String>> small = measure(pages);
            long plansBefore = total("/api/plans"), unitsBefore = total("/api/units?q=quang");
            grow(province, provincial, ownDraft);
            // The pages really show more: the added rows are in the user's scope and match the searches.
            assertThat(total("/api/plans")).isEqualTo(plansBefore + PLANS);
            assertThat(total("/api/units?q=quang")).isEqualTo(unitsBefore + UNITS);
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
            removeGrowth(ownDraft);
        }
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

    // --- more data of every kind the pages show -------------------------------------------------------------------

    private void grow(long province, long provincial, long ownDraft) {
        // 200 communes under the province, named so that the unit searches find them, each with its People's Committee.
        jdbc.update(
                """
                        insert into administrative_unit (id, code, name, full_name, type, level, parent_id, path, depth, valid_from)
                        select n.id, 'Q' || lpad(n.g::text, 4, '0'), 'Quảng Thử ' || n.g, 'Xã Quảng Thử ' || n.g, 'COMMUNE',
                               'COMMUNE', p.id, p.path || n.id || '/', p.depth + 1, date '2025-07-01'
                        from (select nextval('administrative_unit_id_seq') as id, g from generate_series(1, ?) g) n
                        cross join administrative_unit p where p.id = ?""",
                UNITS, province);
        jdbc.update("""
                insert into agency (unit_id, name, short_name, kind, sector, sort_order, valid_from)
                select u.id, 'Ủy ban nhân dân ' || lower(left(u.full_name, 1)) || substr(u.full_name, 2), 'UBND',
                       'PEOPLES_COMMITTEE', 'GENERAL', 1, u.valid_from
                from administrative_unit u where u.code like 'Q____' and u.parent_id = ?""", province);
        // 100 more agencies of the province itself, and an account in each.
        jdbc.update("""
                insert into agency (unit_id, name, short_name, kind, sector, sort_order, valid_from)
                select ?, 'Ban thử nghiệm số ' || g || ' tỉnh Quảng Ngãi', 'BTN', 'OTHER', 'OTHER', 200 + g,
                       date '2025-07-01'
                from generate_series(1, 100) g""", province);
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, agency_id)
                select 'count.user' || a.id, 'Người dùng thử ' || a.id,
                       (select password_hash from app_user where username = 'qn.snv'), a.id
                from agency a where a.unit_id = ? and a.short_name = 'BTN'""", province);
        jdbc.update("""
                insert into app_user_role (user_id, role)
                select u.id, r from app_user u cross join (values ('DRAFTER'), ('REPORTER')) roles (r)
                where u.username like 'count.user%'""");

        // 50 implementing plans of the new communes (40 issued, 10 drafts), each carrying out the province's tasks.
        jdbc.update("""
                insert into plan (status, year, issuer_unit_id, issuer_agency_id, drafting_agency_id, issuer_lines,
                                  number, symbol, place, issued_on, title, parent_plan_id, search_text,
                                  created_by, created_at, updated_by, updated_at)
                select case when u.g <= 40 then 'ISSUED' else 'DRAFT' end, 2025, u.id, a.id, a.id,
                       'ỦY BAN NHÂN DÂN' || chr(10) || upper(u.full_name),
                       case when u.g <= 40 then u.g::text end, 'KH-UBND', 'Quảng Thử',
                       case when u.g <= 40 then date '2025-08-01' end,
                       'Thực hiện công tác bình đẳng giới năm 2025 trên địa bàn ' || u.full_name, ?,
                       f_unaccent('Thực hiện công tác bình đẳng giới năm 2025 trên địa bàn ' || u.full_name),
                       'count', now(), 'count', now()
                from (select id, full_name, row_number() over (order by id) as g from administrative_unit
                      where code like 'Q____' and parent_id = ?) u
                join agency a on a.unit_id = u.id
                where u.g <= ?""", provincial, province, PLANS);
        jdbc.update("""
                insert into plan_section (plan_id, position, kind, title)
                select p.id, k.position, k.kind, k.title from plan p
                cross join (values (0, 'PURPOSE', 'MỤC ĐÍCH, YÊU CẦU'), (1, 'TASKS', 'NHIỆM VỤ, GIẢI PHÁP'),
                                   (2, 'FUNDING', 'KINH PHÍ THỰC HIỆN')) k (position, kind, title)
                where p.created_by = 'count'""");
        jdbc.update("""
                insert into plan_section (plan_id, parent_id, position, kind, title, is_task, lead_agency_id,
                                          implements_section_id)
                select p.id, s.id, t.n - 1, 'TASKS', t.title, true, p.issuer_agency_id, t.id
                from plan p join plan_section s on s.plan_id = p.id and s.kind = 'TASKS' and s.parent_id is null
                cross join (select id, title, row_number() over (order by id) as n from plan_section
                            where plan_id = ? and is_task) t
                where p.created_by = 'count'""", provincial);
        jdbc.update(
                """
                        insert into plan_reporting_requirement (plan_id, position, kind, due_date, receiver_agency_id, reporters)
                        select p.id, k.position, k.kind, k.due, p.issuer_agency_id, 'BOTH' from plan p
                        cross join (values (0, 'SIX_MONTH', date '2025-06-20'), (1, 'ANNUAL', date '2025-12-20')) k (position, kind, due)
                        where p.created_by = 'count'""");

        // Every new commune owes the province its six-month report: the 40 with an issued plan sent it, with a line
        // per task and the strategy targets; the 10 others have not begun. The Department of Home Affairs is told.
        jdbc.update("""
                insert into report (plan_id, requirement_id, kind, year, due_date, reporter_kind, reporter_unit_id,
                                    owner_agency_id, receiver_agency_id, subject_plan_id, status, round,
                                    first_submitted_at, last_submitted_at, results, created_at, updated_at, updated_by)
                select q.plan_id, q.id, q.kind, 2025, q.due_date, 'UNIT', p.issuer_unit_id, p.issuer_agency_id,
                       q.receiver_agency_id, case when p.status = 'ISSUED' then p.id else q.plan_id end,
                       case when p.status = 'ISSUED' then 'SUBMITTED' else 'NOT_STARTED' end,
                       case when p.status = 'ISSUED' then 1 else 0 end,
                       case when p.status = 'ISSUED' then timestamptz '2025-06-18 09:00+07' end,
                       case when p.status = 'ISSUED' then timestamptz '2025-06-18 09:00+07' end,
                       case when p.status = 'ISSUED' then 'Đã tổ chức tuyên truyền tại các thôn.' end,
                       now(), now(), 'count'
                from plan p join plan_reporting_requirement q on q.plan_id = p.parent_plan_id and q.kind = 'SIX_MONTH'
                where p.created_by = 'count'""");
        jdbc.update("""
                insert into report_entry (report_id, section_id, implements_section_id, position, task_title, state,
                                          narrative, activities, participants_male, participants_female)
                select r.id, s.id, s.implements_section_id, s.position, s.title, 'IN_PROGRESS',
                       'Đã triển khai ' || s.title, 2, 30, 45
                from report r join plan_section s on s.plan_id = r.subject_plan_id and s.is_task
                where r.updated_by = 'count' and r.status = 'SUBMITTED'""");
        jdbc.update("""
                insert into report_target_value (report_id, target_code, numerator, denominator, value, source)
                select r.id, t.code, 3, 10, 30, 'Phòng Văn hóa - Xã hội'
                from report r cross join (values ('1.1'), ('2.1'), ('3.1')) t (code)
                where r.updated_by = 'count' and r.status = 'SUBMITTED'""");
        jdbc.update("""
                insert into notification (user_id, kind, message_key, arguments, link, created_at)
                select u.id, 'SUBMITTED', 'notification.report.submitted',
                       '[{"key": "report.title.SIX_MONTH", "args": [2025]}, {"text": "thử 01/KH-UBND"}]',
                       '/reviews/' || r.id, now()
                from report r cross join app_user u
                where r.updated_by = 'count' and r.status = 'SUBMITTED' and u.username = 'qn.snv'""");

        // Their strategy-target figures count as if the reports had been accepted, for three years.
        jdbc.update("""
                insert into indicator_value (report_id, target_code, unit_id, year, report_kind, accepted_at, numerator,
                                             denominator, source)
                select -(r.id * 10 + y - 2020), t.code, r.reporter_unit_id, y, 'ANNUAL', now(), 3, 10, 'Thử'
                from report r cross join (values ('1.1'), ('2.1'), ('3.2a')) t (code)
                cross join generate_series(2023, 2025) y
                where r.updated_by = 'count' and r.status = 'SUBMITTED'""");

        // The drafter's own plan grows from its outline with one task to 155 sections, 101 of them tasks.
        addTasks(ownDraft, province, 150);
    }

    /** Items under the plan's tasks part, two in three of them tasks with a lead and two coordinating agencies. */
    private void addTasks(long planId, long province, int count) {
        jdbc.update("""
                insert into plan_section (plan_id, parent_id, position, kind, title, body_html, is_task, lead_agency_id,
                                          task_from, task_to, output)
                select s.plan_id, s.id, n.position + g - 1, 'TASKS', 'Nhiệm vụ thử ' || g,
                       '<p>Nội dung nhiệm vụ thử ' || g || '.</p>', g % 3 <> 0, case when g % 3 <> 0 then a.id end,
                       date '2026-01-01', date '2026-12-31', 'Báo cáo'
                from plan_section s
                cross join (select count(*) as position from plan_section c join plan_section t on t.id = c.parent_id
                            where t.plan_id = ? and t.kind = 'TASKS' and t.parent_id is null) n
                cross join generate_series(1, ?) g
                join agency a on a.unit_id = ? and a.name like 'Sở Y tế%' and a.valid_to is null
                where s.plan_id = ? and s.kind = 'TASKS' and s.parent_id is null""", planId, count, province, planId);
        jdbc.update("""
                insert into plan_section_coordinator (section_id, position, agency_id)
                select s.id, c.position, a.id from plan_section s
                cross join (values (0, 'Hội Liên hiệp Phụ nữ tỉnh'), (1, 'Sở Tài chính tỉnh')) c (position, name)
                join agency a on a.unit_id = ? and a.name like c.name || '%' and a.valid_to is null
                where s.plan_id = ? and s.is_task
                  and not exists (select 1 from plan_section_coordinator x where x.section_id = s.id)""",
                province, planId);
    }

    private void removeGrowth(long ownDraft) {
        jdbc.update("delete from indicator_value where source = 'Thử'");
        jdbc.update("delete from report where updated_by = 'count'");
        jdbc.update("delete from notification where arguments -> 1 ->> 'text' = 'thử 01/KH-UBND'");
        jdbc.update("delete from plan where created_by = 'count' or id = ?", ownDraft);
        jdbc.update("delete from app_user where username like 'count.user%'");
        jdbc.update(
                """
                        delete from agency where short_name = 'BTN' and name like 'Ban thử nghiệm số %'
                           or unit_id in (select id from administrative_unit where code like 'Q____' and name like 'Quảng Thử %')""");
        jdbc.update("delete from administrative_unit where code like 'Q____' and name like 'Quảng Thử %'");
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
