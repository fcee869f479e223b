package vn.kehoach.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.kehoach.support.Forms;
import vn.kehoach.support.HttpSession;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.ReportSnapshots;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report of the demo that can be written now is saved through its own form by its owner, on the real server:
 * the page as it comes, sent back with one change, is saved, and the form shown afterwards holds everything it held
 * before. The demo is put back afterwards for the other tests.
 */
@IntegrationTest
class EditableDemoReportsTests {

    record Editable(long id, String owner) {
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportSnapshots snapshots;

    @Test
    void everyEditableDemoReportSavesThroughItsOwnFormAsItsOwner() {
        List<Editable> reports = jdbc.query("""
                select r.id, min(u.username) as owner from report r
                join plan p on p.id = r.plan_id
                join app_user u on u.agency_id = r.owner_agency_id and u.enabled
                join app_user_role ur on ur.user_id = u.id and ur.role in ('DRAFTER', 'REPORTER')
                where p.created_by = 'demo' and r.status in ('NOT_STARTED', 'DRAFT', 'RETURNED')
                group by r.id order by r.id""", (rs, n) -> new Editable(rs.getLong("id"), rs.getString("owner")));
        // Lạng Sơn's two, and the 2026 annual and quick reports of Sở Y tế, phường Đăk Cấm and xã Ba Tơ.
        assertThat(reports).hasSizeGreaterThanOrEqualTo(8);
        ReportSnapshots.Snapshot demo = snapshots.take(reports.stream().map(Editable::id).toList());
        Map<String, HttpSession> signedIn = new HashMap<>();
        try {
            for (Editable report : reports) {
                HttpSession owner = signedIn.computeIfAbsent(report.owner(), name -> {
                    HttpSession session = new HttpSession(port);
                    session.login(name, "Demo@2025");
                    return session;
                });
                String edit = "/reports/" + report.id() + "/edit";
                HttpResponse<String> page = owner.getHtml(edit);
                assertThat(page.statusCode()).as(report + " form").isEqualTo(200);
                MultiValueMap<String, String> before = Forms.fields(page.body(), "form.report-form");
                String mark = "Kiến nghị gửi qua biểu mẫu của báo cáo " + report.id() + ".";
                MultiValueMap<String, String> sent = new LinkedMultiValueMap<>(before);
                sent.set("proposals", mark);

                HttpResponse<String> saved = owner.postForm(edit, sent, edit);
                assertThat(saved.statusCode()).as(report + " saved: " + saved.body()).isEqualTo(302);
                assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(edit);
                assertThat(jdbc.queryForObject("select proposals from report where id = ?", String.class,
                        report.id())).isEqualTo(mark);
                MultiValueMap<String, String> after = Forms.fields(owner.getHtml(edit).body(), "form.report-form");
                for (String field : List.of("version", "_csrf", "proposals")) {
                    before.remove(field);
                    after.remove(field);
                }
                assertThat(after).as(report + " nothing else changed").isEqualTo(before);
            }
        } finally {
            demo.restore();
        }
    }
}
