package vn.kehoach.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who sees and changes which report, on the demo's 2025 six-month cycle of tỉnh Quảng Ngãi: drafts stay with their
 * agency, reviewers see what is addressed to them, and an accepted report is locked for everyone.
 */
@IntegrationTest
class ReportScopeTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void anAgencyCannotReadAnotherAgencysDraft() {
        long financeDraft = agencyReport("Sở Tài chính");
        assertThat(status("/reports/" + financeDraft, "qn.syt")).isEqualTo(404);
        assertThat(status("/reports/" + financeDraft + "/edit", "qn.syt")).isEqualTo(404);
        assertThat(status("/reports/" + financeDraft + "/export.docx", "qn.syt")).isEqualTo(404);
        // Not the receiving agency either, nor the level above, nor a commune: it has not been sent.
        assertThat(status("/reports/" + financeDraft, "qn.snv")).isEqualTo(404);
        assertThat(status("/reviews/" + financeDraft, "qn.snv")).isEqualTo(404);
        assertThat(status("/reports/" + financeDraft, "bnv.reviewer")).isEqualTo(404);
        assertThat(status("/reports/" + financeDraft, "dakcam.vhxh")).isEqualTo(404);
        // Nor can anyone write into it by posting.
        assertThat(mvc.post().uri("/reports/" + financeDraft + "/edit").param("version", "0").param("results", "x")
                .with(logins.as("qn.syt")).with(csrf()).exchange().getResponse().getStatus()).isEqualTo(404);
        // A commune's draft is its own: another commune never sees it, whatever id is typed.
        long camThanh = unitReport("21025");
        assertThat(status("/reports/" + camThanh, "dakcam.vhxh")).isEqualTo(404);
        assertThat(status("/reports/" + camThanh, "bato.lanhdao")).isEqualTo(404);
    }

    @Test
    void aSentReportIsSeenByItsReceiverAndTheLevelsAboveOnly() {
        long health = agencyReport("Sở Y tế");
        assertThat(status("/reports/" + health, "qn.syt")).isEqualTo(200);
        assertThat(status("/reports/" + health, "qn.snv")).isEqualTo(200);
        assertThat(status("/reports/" + health, "bnv.reviewer")).isEqualTo(200);
        assertThat(status("/reports/" + health, "qn.lanhdao")).isEqualTo(200);
        // A commune below, and another province, do not.
        assertThat(status("/reports/" + health, "dakcam.vhxh")).isEqualTo(404);
        assertThat(status("/reports/" + health, "ls.snv")).isEqualTo(404);
    }

    @Test
    void aReviewerSeesOnlyReportsAddressedToTheirAgency() {
        String inbox = Html.body(mvc.get().uri("/reviews").with(logins.as("qn.snv")).exchange());
        List<String> receivers = receivers("qn.snv");
        assertThat(receivers).isNotEmpty().containsOnly("Sở Nội vụ tỉnh Quảng Ngãi");
        assertThat(inbox).contains("Sở Tư pháp tỉnh Quảng Ngãi").doesNotContain("Sở Nội vụ tỉnh Lạng Sơn");
        assertThat(receivers("bnv.reviewer")).isNotEmpty().containsOnly("Bộ Nội vụ");
        assertThat(receivers("dakcam.vhxh")).containsOnly("Phòng Văn hóa - Xã hội phường Đăk Cấm");
        // Nor can a reviewer of another agency decide on one.
        long justice = agencyReport("Sở Tư pháp");
        assertThat(mvc.post().uri("/reviews/" + justice + "/accept").with(logins.as("dakcam.vhxh")).with(csrf())
                .exchange().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.post().uri("/reviews/" + justice + "/accept").with(logins.as("bnv.reviewer")).with(csrf())
                .exchange().getResponse().getStatus()).isEqualTo(403);
        assertThat(reportStatus(justice)).isEqualTo("SUBMITTED");
        // And someone without the reviewer role has no inbox.
        assertThat(status("/reviews", "qn.syt")).isEqualTo(403);
    }

    @Test
    void nobodyCanEditAnAcceptedReport() {
        long health = agencyReport("Sở Y tế");
        long version = version(health);
        assertThat(status("/reports/" + health + "/edit", "qn.syt")).isEqualTo(403);
        // The writer's post is refused with their text kept on the page, and nothing changes.
        var result = mvc.post().uri("/reports/" + health + "/edit").param("version", String.valueOf(version))
                .param("results", "Sửa sau khi đã tiếp nhận").with(logins.as("qn.syt")).with(csrf()).exchange();
        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(Html.field(Html.body(result), "results")).isEqualTo("Sửa sau khi đã tiếp nhận");
        // The reviewer, the leaders and the ministry, who may all read it, are refused (403) too.
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String user : List.of("qn.snv", "qn.lanhdao", "bnv.reviewer", "admin")) {
            answers.put(user, mvc.post().uri("/reports/" + health + "/edit").param("version", String.valueOf(version))
                    .param("results", "x").with(logins.as(user)).with(csrf()).exchange().getResponse().getStatus());
        }
        assertThat(answers).containsExactly(Map.entry("qn.snv", 403), Map.entry("qn.lanhdao", 403),
                Map.entry("bnv.reviewer", 403), Map.entry("admin", 403));
        assertThat(version(health)).isEqualTo(version);
        assertThat(reportStatus(health)).isEqualTo("ACCEPTED");
    }

    @Test
    void onlyTheUnitsOwnLeaderApprovesItsReport() {
        long baTo = unitReport("21484");
        assertThat(reportStatus(baTo)).isEqualTo("AWAITING_APPROVAL");
        assertThat(status("/reports/" + baTo, "bato.lanhdao")).isEqualTo(200);
        assertThat(mvc.post().uri("/reports/" + baTo + "/approve").param("signerName", "A Tuấn")
                .with(logins.as("dakcam.lanhdao")).with(csrf()).exchange().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.post().uri("/reports/" + baTo + "/approve").param("signerName", "Đặng Ngọc Dũng")
                .with(logins.as("qn.lanhdao")).with(csrf()).exchange().getResponse().getStatus()).isEqualTo(404);
        assertThat(reportStatus(baTo)).isEqualTo("AWAITING_APPROVAL");
    }

    private List<String> receivers(String reviewer) {
        String body = Html.body(mvc.get().uri("/reviews").with(logins.as(reviewer)).exchange());
        List<Long> ids = Html.parse(body).select("a[href^=/reviews/]").eachAttr("href").stream()
                .map(h -> Long.parseLong(h.substring("/reviews/".length()))).toList();
        if (ids.isEmpty()) return List.of();
        return jdbc.queryForList("select a.name from report r join agency a on a.id = r.receiver_agency_id"
                + " where r.id in (:ids)", new MapSqlParameterSource("ids", ids), String.class);
    }

    private int status(String uri, String user) {
        return mvc.get().uri(uri).with(logins.as(user)).exchange().getResponse().getStatus();
    }

    private long agencyReport(String agencyPrefix) {
        return jdbc.queryForObject("""
                select r.id from report r join agency a on a.id = r.reporter_agency_id join plan p on p.id = r.plan_id
                where p.number = '35' and p.year = 2025 and r.kind = 'SIX_MONTH' and a.name like :prefix""",
                new MapSqlParameterSource("prefix", agencyPrefix + "%"), Long.class);
    }

    private long unitReport(String unitCode) {
        return jdbc.queryForObject("""
                select r.id from report r join administrative_unit u on u.id = r.reporter_unit_id
                join plan p on p.id = r.plan_id
                where p.number = '35' and p.year = 2025 and r.kind = 'SIX_MONTH' and u.code = :code""",
                new MapSqlParameterSource("code", unitCode), Long.class);
    }

    private String reportStatus(long id) {
        return jdbc.queryForObject("select status from report where id = :id", new MapSqlParameterSource("id", id),
                String.class);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from report where id = :id", new MapSqlParameterSource("id", id),
                Long.class);
    }
}
