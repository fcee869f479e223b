package vn.kehoach.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.plan.domain.PlanService;
import vn.kehoach.plan.domain.SectionContent;
import vn.kehoach.plan.domain.TaskContent;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Amendments (a new revision replacing the issued one, with its differences) and next year's copy. */
@IntegrationTest
class PlanRevisionTests {

    @Autowired
    PlanService plans;
    @Autowired
    PlanQueries queries;
    @Autowired
    Logins logins;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void amendsAnIssuedPlanAndShowsWhatChanged() {
        long id = issuedPlan(2029, "41");
        CurrentUser drafter = logins.currentUser("qn.snv");
        long amendment = plans.amend(drafter, id);
        PlanDetails draft = queries.detailsOf(amendment);
        assertThat(draft.revision()).isEqualTo(2);
        assertThat(draft.amendsPlanId()).isEqualTo(id);
        assertThat(draft.tasks()).hasSize(1);
        long task = draft.tasks().get(0).sectionId();
        plans.updateSection(drafter, amendment, draft.version(), task,
                new SectionContent(vn.kehoach.plan.SectionKind.TASKS, null, "Tập huấn cho cán bộ cấp xã và thôn", null),
                draft.tasks().get(0).lead() == null ? null : new TaskContent(draft.tasks().get(0).lead().agencyId(), null,
                        List.of(), null, null, "Quý III", "Lớp tập huấn", List.of(), null));

        assertThat(mvc.get().uri("/plans/" + amendment + "/diff").with(logins.as("qn.snv"))).hasStatusOk().bodyText()
                .contains("Tập huấn cho cán bộ cấp xã</span>").contains("Tập huấn cho cán bộ cấp xã và thôn");

        plans.submit(drafter, amendment, queries.detailsOf(amendment).version());
        plans.issue(logins.currentUser("qn.lanhdao"), amendment, "52", LocalDate.of(2029, 5, 2), null, null, "Đặng Ngọc Dũng");
        assertThat(queries.detailsOf(id).status()).isEqualTo(PlanStatus.AMENDED);
        assertThat(queries.detailsOf(amendment).status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(mvc.get().uri("/plans/" + id).with(logins.as("qn.snv"))).bodyText().contains("Lần 2");
    }

    @Test
    void copiesAPlanToTheNextYearWithItsDatesMoved() {
        long id = issuedPlan(2030, "43");
        long copy = plans.copyForward(logins.currentUser("qn.snv"), id);
        PlanDetails next = queries.detailsOf(copy);
        assertThat(next.year()).isEqualTo(2031);
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(next.number()).isNull();
        assertThat(next.title()).contains("2031").doesNotContain("2030");
        assertThat(next.tasks().get(0).from()).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(next.reportingRequirements()).extracting(PlanDetails.Requirement::dueDate)
                .allSatisfy(d -> assertThat(d.getYear()).isEqualTo(2031));
    }

    @Test
    void refusesANumberAlreadyUsedThisYearAndKeepsTheLeadersInput() {
        long first = issuedPlan(2032, "61");
        long second = draftWithTask(2032);
        plans.submit(logins.currentUser("qn.snv"), second, queries.detailsOf(second).version());
        var result = mvc.post().uri("/plans/" + second + "/issue").with(logins.as("qn.lanhdao")).with(csrf())
                .param("number", "61").param("issuedOn", "03/03/2032").param("signerName", "Người Ký Thử").exchange();
        assertThat(result).hasStatus(422).bodyText().contains("61/KH-UBND").contains("đã được dùng");
        assertThat(vn.kehoach.support.Html.field(vn.kehoach.support.Html.body(result), "signerName")).isEqualTo("Người Ký Thử");
        assertThat(queries.detailsOf(second).status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(first).isNotEqualTo(second);
    }

    private long issuedPlan(int year, String number) {
        long id = draftWithTask(year);
        plans.submit(logins.currentUser("qn.snv"), id, queries.detailsOf(id).version());
        plans.issue(logins.currentUser("qn.lanhdao"), id, number, LocalDate.of(year, 1, 15), null, null, "Đặng Ngọc Dũng");
        return id;
    }

    private long draftWithTask(int year) {
        CurrentUser drafter = logins.currentUser("qn.snv");
        long committee = jdbc.queryForObject("select id from agency where name = 'Ủy ban nhân dân tỉnh Quảng Ngãi'"
                + " and valid_to is null", Long.class);
        long id = plans.create(drafter, year, committee, null);
        PlanDetails plan = queries.detailsOf(id);
        long tasks = plan.sections().get(1).id();
        plans.addSection(drafter, id, plan.version(), tasks, null,
                new SectionContent(null, null, "Tập huấn cho cán bộ cấp xã", null),
                new TaskContent(drafter.agencyId(), null, List.of(), LocalDate.of(year, 3, 1), LocalDate.of(year, 6, 30),
                        null, "Lớp tập huấn", List.of("1.1"), null));
        return id;
    }
}
