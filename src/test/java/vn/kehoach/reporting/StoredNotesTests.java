package vn.kehoach.reporting;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.plan.domain.PlanWorkflow;
import vn.kehoach.shared.security.Role;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.TestPlans;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the application itself wrote into a report (why it is no longer owed, who took the step) is stored as a message
 * key and read in the reader's language, not frozen in Vietnamese.
 */
@IntegrationTest
class StoredNotesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    TestPlans plans;
    @Autowired
    PlanWorkflow workflow;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void aCancelReasonIsShownInTheReadersLanguage() {
        LocalDate on = LocalDate.of(2031, 2, 1);
        long plan = plans.issue("51", on, "Ủy ban nhân dân", "Sở Nội vụ", 2031, "78", null,
                List.of(new TestPlans.Task("Tập huấn về bình đẳng giới", "Sở Y tế", List.of(), List.of())),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, LocalDate.of(2031, 7, 31), "Sở Nội vụ",
                        Reporters.ASSIGNED_AGENCIES)));
        long report = jdbc.queryForObject("""
                select r.id from report r join agency a on a.id = r.reporter_agency_id
                where r.plan_id = :plan and a.name like 'Sở Y tế%'""", new MapSqlParameterSource("plan", plan),
                Long.class);
        workflow.revoke(plans.actor(plans.agency(plans.unit("51", on), "Ủy ban nhân dân", on), Role.LEADER), plan,
                "Ban hành nhầm");

        assertThat(jdbc.queryForObject("select cancel_reason from report where id = :id",
                new MapSqlParameterSource("id", report), String.class))
                .isEqualTo("msg:report.cancelReason.planRevoked");
        Document english = page(report, "en");
        assertThat(english.select(".alert-dark").text())
                .isEqualTo("This report is no longer required: The plan was revoked");
        assertThat(english.select("#history-heading + ol li").last().select("span").eachText())
                .endsWith("System", "The plan was revoked");
        Document vietnamese = page(report, "vi");
        assertThat(vietnamese.select(".alert-dark").text())
                .isEqualTo("Báo cáo không còn được yêu cầu: Kế hoạch đã bị thu hồi");
        assertThat(vietnamese.select("#history-heading + ol li").last().select("span").eachText())
                .endsWith("Hệ thống", "Kế hoạch đã bị thu hồi");
    }

    private Document page(long report, String lang) {
        MvcTestResult result = mvc.get().uri("/reports/" + report + "?lang=" + lang).with(logins.as("qn.syt"))
                .exchange();
        assertThat(result).hasStatusOk();
        return Html.parse(Html.body(result));
    }
}
