package vn.kehoach.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.TestPlans;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The audit trail records plan and report steps and figure overrides as users take them, refuses at the database to
 * be changed, and shows each administrator the records of their own subtree, on the page and in the export.
 */
@IntegrationTest
class AuditTrailTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Logins logins;
    @Autowired
    TestPlans plans;
    @Autowired
    AuditTrail audit;

    @Test
    void everyStepOfAPlanAndOfAReportIsOnRecordWithTheStatusBeforeAndAfter() {
        LocalDate on = LocalDate.of(2033, 2, 1);
        long plan = plans.issue("51", on, "Ủy ban nhân dân", "Sở Nội vụ", 2033, "1301", null,
                List.of(TestPlans.Task.of("Tập huấn kỹ năng lồng ghép giới", "Sở Y tế")),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, LocalDate.of(2033, 7, 31), "Sở Nội vụ",
                        Reporters.ASSIGNED_AGENCIES)));
        assertThat(jdbc.queryForList("""
                select action from audit_event where object_type = 'PLAN' and object_id = ?
                  and unit_name = 'Tỉnh Quảng Ngãi' order by id""", String.class, String.valueOf(plan)))
                .containsSubsequence("PLAN_CREATE", "PLAN_SUBMIT", "PLAN_ISSUE");
        assertThat(jdbc.queryForObject("""
                select before_value ->> 'status' || '>' || (after_value ->> 'status') from audit_event
                where action = 'PLAN_ISSUE' and object_id = ?""", String.class, String.valueOf(plan)))
                .isEqualTo("SUBMITTED>ISSUED");
        // The administrator reads the same step in words: the field and the states by their labels.
        var issued = Html
                .parse(Html.body(mvc.get().uri("/admin/audit?objectType=PLAN&action=PLAN_ISSUE&objectId=" + plan)
                        .with(logins.as("admin")).exchange()))
                .select(".audit-values");
        assertThat(issued.select("dt").eachText()).containsExactly("Trạng thái", "Tiêu đề", "Trạng thái");
        assertThat(issued.select("dd").eachText()).containsSequence("Chờ duyệt").endsWith("Đã ban hành")
                .noneMatch(v -> v.matches("[A-Z_]+"));

        long report = jdbc.queryForObject("select id from report where plan_id = ?", Long.class, plan);
        MultiValueMap<String, String> form = Forms.fields(Html.body(mvc.get().uri("/reports/" + report + "/edit")
                .with(logins.as("qn.syt")).exchange()), "form.report-form");
        form.set("entries[0].state", "DONE");
        form.set("entries[0].narrative", "Đã tập huấn 40 cán bộ.");
        form.set("results", "Hoàn thành.");
        form.set("shortcomings", "Không.");
        form.set("causes", "Không.");
        form.set("directions", "Tiếp tục.");
        form.set("number", "77");
        form.set("action", "submit");
        assertThat(mvc.post().uri("/reports/" + report + "/edit").params(form).with(logins.as("qn.syt")).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/reviews/" + report + "/accept").with(logins.as("qn.snv")).with(csrf()))
                .hasStatus3xxRedirection();

        List<Map<String, Object>> steps = jdbc.queryForList("""
                select action, actor_username, unit_name, before_value ->> 'status' as before_status,
                       after_value ->> 'status' as after_status
                from audit_event where object_type = 'REPORT' and object_id = ? order by id""", String.valueOf(report));
        assertThat(steps).extracting(r -> r.get("action")).containsSubsequence("REPORT_SUBMIT", "REPORT_ACCEPT");
        Map<String, Object> accepted = steps.get(steps.size() - 1);
        assertThat(accepted).containsEntry("action", "REPORT_ACCEPT").containsEntry("actor_username", "qn.snv")
                .containsEntry("before_status", "SUBMITTED").containsEntry("after_status", "ACCEPTED")
                .containsEntry("unit_name", "Tỉnh Quảng Ngãi");
        assertThat(steps).filteredOn(r -> "REPORT_SUBMIT".equals(r.get("action")))
                .extracting(r -> r.get("actor_username")).containsExactly("qn.syt");
    }

    @Test
    void aUnitsOwnFigureIsOnRecordWithItsReasonAndItsRemovalToo() {
        String uri = "/indicators/targets/1.1/override?unit=51&year=2022";
        assertThat(mvc.post().uri(uri).with(logins.as("qn.snv")).with(csrf()).param("numerator", "13")
                .param("denominator", "20").param("note", "Số liệu của Cục Thống kê tỉnh")).hasStatus3xxRedirection();
        // Clearing from the page, as a person does: its form carries the version of the figure it shows.
        MultiValueMap<String, String> clear = Forms.fields(
                Html.body(mvc.get().uri("/indicators/targets/1.1?unit=51&year=2022")
                        .with(logins.as("qn.snv")).exchange()),
                "form[action^='/indicators/targets/1.1/override/clear']");
        assertThat(mvc.post().uri("/indicators/targets/1.1/override/clear?unit=51&year=2022").params(clear)
                .with(logins.as("qn.snv")).with(csrf())).hasStatus3xxRedirection();

        List<Map<String, Object>> records = jdbc.queryForList("""
                select action, summary, before_value::text as before_value, after_value ->> 'numerator' as numerator,
                       unit_name
                from audit_event where object_type = 'FIGURE' and object_id = '1.1/2022' and actor_username = 'qn.snv'
                order by id""");
        assertThat(records).extracting(r -> r.get("action"))
                .containsExactly("FIGURE_OVERRIDDEN", "FIGURE_OVERRIDE_CLEARED");
        assertThat(records.get(0)).containsEntry("summary", "Số liệu của Cục Thống kê tỉnh")
                .containsEntry("numerator", "13").containsEntry("before_value", null)
                .containsEntry("unit_name", "Tỉnh Quảng Ngãi");
        assertThat((String) records.get(1).get("before_value")).contains("\"denominator\": \"20\"");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteTheTrail() {
        audit.record(AuditEntry.of(AuditAction.UNIT_UPDATED, logins.currentUser("admin")).object("bat-bien"));
        assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'đã sửa' where object_id = 'bat-bien'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where object_id = 'bat-bien'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(
                jdbc.queryForObject("select count(*) from audit_event where object_id = 'bat-bien' and summary is null",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void eachAdministratorSearchesAndExportsTheirOwnSubtree() {
        String marker = "tim-" + System.nanoTime();
        recordAt("51", marker, "Sửa ở Quảng Ngãi");
        recordAt("20", marker, "Sửa ở Lạng Sơn");
        recordAt("23284", marker, "=HYPERLINK(\"http://evil.example\")");
        String query = "/admin/audit?objectType=UNIT&objectId=" + marker;

        assertThat(page(query, "qn.admin")).contains("Sửa ở Quảng Ngãi").contains("HYPERLINK")
                .doesNotContain("Sửa ở Lạng Sơn");
        assertThat(page(query, "ls.admin")).contains("Sửa ở Lạng Sơn").doesNotContain("Sửa ở Quảng Ngãi");
        assertThat(page(query, "admin")).contains("Sửa ở Lạng Sơn").contains("Sửa ở Quảng Ngãi");

        long dakCam = jdbc.queryForObject(
                "select id from administrative_unit where code = '23284' and valid_to is null",
                Long.class);
        assertThat(page(query + "&unit=" + dakCam, "admin")).contains("HYPERLINK").doesNotContain("Sửa ở Quảng Ngãi");
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(page(query + "&from=" + today + "&to=" + today + "&person=quan tri", "admin"))
                .contains("Sửa ở Lạng Sơn");
        assertThat(page(query + "&from=" + tomorrow, "admin")).doesNotContain("Sửa ở Lạng Sơn");

        MvcTestResult export = mvc.get().uri("/admin/audit/export.csv?objectType=UNIT&objectId=" + marker)
                .with(logins.as("qn.admin")).exchange();
        assertThat(export).hasStatusOk();
        assertThat(export.getResponse().getContentType()).startsWith("text/csv");
        String csv = new String(export.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Thời gian\"").contains("Sửa ở Quảng Ngãi").doesNotContain("Sửa ở Lạng Sơn")
                // A spreadsheet opening the export must not take a typed text for a formula.
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");

        assertThat(mvc.get().uri(query).with(logins.as("qn.snv"))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/audit/export.csv").with(logins.as("qn.snv"))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/audit?person=a%00b&objectId=%00").with(logins.as("admin"))).hasStatusOk();
        MvcTestResult badDate = mvc.get().uri("/admin/audit?from=31/02/2025").with(logins.as("admin")).exchange();
        assertThat(badDate).hasStatus(422);
        assertThat(Html.body(badDate)).contains("Ngày không hợp lệ");
    }

    private void recordAt(String unitCode, String marker, String summary) {
        long unit = jdbc.queryForObject("select id from administrative_unit where code = ? and valid_to is null",
                Long.class, unitCode);
        audit.record(AuditEntry.of(AuditAction.UNIT_UPDATED, logins.currentUser("admin")).object(marker).unit(unit)
                .summary(summary).before(Map.of("name", "cũ")).after(Map.of("name", "mới")));
    }

    private String page(String uri, String user) {
        MvcTestResult result = mvc.get().uri(uri).with(logins.as(user)).exchange();
        assertThat(result).hasStatusOk();
        return Html.body(result);
    }
}
