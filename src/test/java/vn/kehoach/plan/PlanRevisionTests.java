package vn.kehoach.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.kehoach.plan.domain.LegalBasis;
import vn.kehoach.plan.domain.PlanAmendments;
import vn.kehoach.plan.domain.PlanCreation;
import vn.kehoach.plan.domain.PlanDiff;
import vn.kehoach.plan.domain.PlanDrafting;
import vn.kehoach.plan.domain.PlanHeader;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.plan.domain.PlanWorkflow;
import vn.kehoach.plan.domain.RequirementContent;
import vn.kehoach.plan.domain.SectionContent;
import vn.kehoach.plan.domain.TaskContent;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.FlashMessage;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Amendments (a new revision replacing the issued one, starting as its exact copy, with its differences) and next
 * year's copy (years moved, next year's plan above cited, refused where the unit has one).
 */
@IntegrationTest
class PlanRevisionTests {

    @Autowired
    PlanCreation planCreation;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanWorkflow planWorkflow;
    @Autowired
    PlanAmendments planAmendments;
    @Autowired
    PlanQueries queries;
    @Autowired
    Logins logins;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void amendsAnIssuedPlanAndShowsWhatChanged() {
        long id = issuedPlan(2029, "41");
        CurrentUser drafter = logins.currentUser("qn.snv");
        long amendment = planAmendments.amend(drafter, id);
        PlanDetails draft = queries.detailsOf(amendment);
        assertThat(draft.revision()).isEqualTo(2);
        assertThat(draft.amendsPlanId()).isEqualTo(id);
        assertThat(draft.tasks()).hasSize(1);
        long task = draft.tasks().get(0).sectionId();
        planDrafting.updateSection(drafter, amendment, draft.version(), task,
                new SectionContent(SectionKind.TASKS, null, "Tập huấn cho cán bộ cấp xã và thôn", null),
                draft.tasks().get(0).lead() == null
                        ? null
                        : new TaskContent(draft.tasks().get(0).lead().agencyId(), null,
                                List.of(), null, null, "Quý III", "Lớp tập huấn", List.of(), null));

        PlanDetails.Requirement annual = queries.detailsOf(amendment).reportingRequirements().stream()
                .filter(r -> r.kind() == ReportKind.ANNUAL).findFirst().orElseThrow();
        planDrafting.updateRequirement(drafter, amendment, queries.detailsOf(amendment).version(), annual.id(),
                new RequirementContent(annual.kind(), annual.periodFrom(), annual.periodTo(),
                        LocalDate.of(2029, 12, 20),
                        annual.receiverAgencyId(), null, annual.reporters(), annual.text()));

        String diff = Html.parse(Html.body(mvc.get().uri("/plans/" + amendment + "/diff").with(logins.as("qn.snv"))
                .exchange())).select("main").text();
        assertThat(diff).contains("Tập huấn cho cán bộ cấp xã").contains("Tập huấn cho cán bộ cấp xã và thôn")
                .contains("Báo cáo năm: kỳ số liệu 15/12/2028 – 14/12/2029; hạn gửi 20/12/2029")
                .doesNotContain("ANNUAL", "SIX_MONTH", "BOTH", "Không có thay đổi nào");
        assertThat(rows(amendment)).filteredOn(r -> r.change() != PlanDiff.Change.SAME)
                .extracting(PlanDiff.Row::right).hasSize(3)
                .anySatisfy(r -> assertThat(r).contains("Tập huấn cho cán bộ cấp xã và thôn"))
                .anySatisfy(r -> assertThat(r).contains("20/12/2029"));

        planWorkflow.submit(drafter, amendment, queries.detailsOf(amendment).version());
        planWorkflow.issue(logins.currentUser("qn.lanhdao"), amendment, "52", LocalDate.of(2029, 5, 2), null, null,
                "Đặng Ngọc Dũng");
        assertThat(queries.detailsOf(id).status()).isEqualTo(PlanStatus.AMENDED);
        assertThat(queries.detailsOf(amendment).status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(mvc.get().uri("/plans/" + id).with(logins.as("qn.snv"))).bodyText().contains("Lần 2");
    }

    @Test
    void anAmendmentStartsAsAnExactCopyOfTheIssuedPlanAndNamesIt() {
        long issued = demoPlan("51", 2025);
        long amendment = planAmendments.amend(logins.currentUser("qn.snv"), issued);
        try {
            PlanDetails before = queries.detailsOf(issued);
            PlanDetails after = queries.detailsOf(amendment);
            // Everything the drafters wrote: header, legal basis, sections, tasks with their agencies, reporting
            // regime, recipients, closing and signer. Only what the registry gives on issue, and ids, differ.
            assertThat(after).usingRecursiveComparison()
                    .ignoringFields("id", "status", "version", "revision", "number", "issuedOn", "amendsPlanId",
                            "updatedAt", "updatedBy", "tasks.sectionId", "reportingRequirements.id")
                    .ignoringFieldsMatchingRegexes("sections(\\.children)*\\.id")
                    .isEqualTo(before);
            assertThat(after.legalBasis()).hasSize(3);
            assertThat(after.signer().name()).isEqualTo("Đặng Ngọc Dũng");
            assertThat(after.tasks()).allSatisfy(t -> assertThat(t.lead()).isNotNull())
                    .anySatisfy(t -> assertThat(t.coordinating()).hasSize(2));
            assertThat(after.reportingRequirements()).hasSize(2);
            assertThat(after.recipients()).isNotEmpty().isEqualTo(before.recipients());

            assertThat(rows(amendment)).allSatisfy(r -> assertThat(r.change()).isEqualTo(PlanDiff.Change.SAME));
            assertThat(mvc.get().uri("/plans/" + amendment + "/diff").with(logins.as("qn.snv"))).hasStatusOk()
                    .bodyText().contains("Không có thay đổi nào").doesNotContain("diff-changed", "diff-removed");

            String named = "Kế hoạch số 35/KH-UBND ngày 14/07/2025";
            for (String page : List.of("/plans/" + amendment, "/plans/" + amendment + "/edit", "/plans?year=2025")) {
                var link = Html.parse(Html.body(mvc.get().uri(page).with(logins.as("qn.snv")).exchange()))
                        .select("a[href=/plans/" + issued + "]").stream()
                        .filter(a -> a.text().equals(named)).findFirst();
                assertThat(link).as(page).isPresent();
                assertThat(link.get().parent().text()).as(page).contains("Sửa đổi, bổ sung " + named);
            }
        } finally {
            jdbc.update("delete from plan where id = ?", amendment);
        }
    }

    @Test
    void copiesAPlanToTheNextYearWithItsDatesMoved() {
        long id = draftWithTask(2030);
        CurrentUser drafter = logins.currentUser("qn.snv");
        PlanDetails source = queries.detailsOf(id);
        PlanDetails.Section purpose = source.sections().get(0);
        planDrafting.updateSection(drafter, id, source.version(), purpose.id(), new SectionContent(purpose.kind(), null,
                purpose.title(), "<p>Tổ chức Tháng hành động năm 2030 (15/11 - 15/12/2030), số liệu từ 15/12/2029, theo"
                        + " Nghị quyết số 28/NQ-CP ngày 03/3/2021 (giai đoạn 2021 - 2030).</p>"),
                null);
        PlanDetails.Task task = queries.detailsOf(id).tasks().get(0);
        planDrafting.updateSection(drafter, id, queries.detailsOf(id).version(), task.sectionId(),
                new SectionContent(SectionKind.TASKS, null, task.title(), null),
                new TaskContent(task.lead().agencyId(), null,
                        List.of(), task.from(), task.to(), null, "Số liệu năm 2030 chốt đến 31/12/2030", List.of(),
                        null));
        PlanDetails.Requirement first = queries.detailsOf(id).reportingRequirements().get(0);
        planDrafting.updateRequirement(drafter, id, queries.detailsOf(id).version(), first.id(), new RequirementContent(
                first.kind(), first.periodFrom(), first.periodTo(), first.dueDate(), first.receiverAgencyId(), null,
                first.reporters(), "Số liệu chốt đến ngày 31/12/2030"));
        PlanDetails withText = queries.detailsOf(id);
        planDrafting.updateHeader(drafter, id, withText.version(), new PlanHeader(2030, withText.title(),
                withText.issuer().agencyId(), withText.issuer().parentBodyLine(), withText.issuer().issuerLines(),
                withText.symbol(), withText.place(), null, List.of(), false, withText.signer().authority(),
                withText.signer().title(), null, "Trên đây là Kế hoạch năm 2030 của Ủy ban nhân dân tỉnh./."),
                List.of(new LegalBasis("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2030 của Ủy ban nhân dân tỉnh;",
                        "12/QĐ-UBND", LocalDate.of(2030, 1, 5), "Ủy ban nhân dân tỉnh", null)));
        planWorkflow.submit(drafter, id, queries.detailsOf(id).version());
        planWorkflow.issue(logins.currentUser("qn.lanhdao"), id, "43", LocalDate.of(2030, 1, 15), null, null,
                "Đặng Ngọc Dũng");

        long copy = planAmendments.copyForward(drafter, id);
        PlanDetails next = queries.detailsOf(copy);
        assertThat(next.year()).isEqualTo(2031);
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(next.number()).isNull();
        assertThat(next.title()).contains("2031").doesNotContain("2030");
        assertThat(next.tasks().get(0).from()).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(next.tasks().get(0).to()).isEqualTo(LocalDate.of(2031, 6, 30));
        assertThat(next.tasks().get(0).output()).isEqualTo("Số liệu năm 2031 chốt đến 31/12/2031");
        assertThat(next.reportingRequirements()).extracting(PlanDetails.Requirement::dueDate)
                .allSatisfy(d -> assertThat(d.getYear()).isEqualTo(2031));
        assertThat(next.reportingRequirements()).extracting(PlanDetails.Requirement::periodFrom)
                .containsOnly(LocalDate.of(2030, 12, 15));
        assertThat(next.reportingRequirements()).extracting(PlanDetails.Requirement::text)
                .contains("Số liệu chốt đến ngày 31/12/2031");
        assertThat(next.sections().get(0).text())
                .isEqualTo("Tổ chức Tháng hành động năm 2031 (15/11 - 15/12/2031), số liệu từ"
                        + " 15/12/2030, theo Nghị quyết số 28/NQ-CP ngày 03/3/2021 (giai đoạn 2021 - 2030).");
        assertThat(next.closing()).contains("năm 2031");
        assertThat(next.legalBasis()).extracting(PlanDetails.LegalBasisEntry::text)
                .containsExactly("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2030 của Ủy ban nhân dân tỉnh;");
    }

    @Test
    void copyingToTheNextYearCitesTheNextYearsPlanOfTheLevelAbove() {
        long ward2025 = demoPlan("23284", 2025);
        long province2026 = demoPlan("51", 2026);
        // The ward's own 2026 draft would make the copy refused; it steps aside for this test.
        long ward2026Draft = jdbc.queryForObject("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.code = '23284' and p.year = 2026 and p.status = 'DRAFT'""", Long.class);
        jdbc.update("update plan set year = 2090 where id = ?", ward2026Draft);
        long copy = 0;
        try {
            copy = planAmendments.copyForward(logins.currentUser("dakcam.vhxh"), ward2025);
            PlanDetails next = queries.detailsOf(copy);
            assertThat(next.year()).isEqualTo(2026);
            assertThat(next.title()).isEqualTo("Triển khai thực hiện công tác bình đẳng giới năm 2026 trên địa bàn"
                    + " phường Đăk Cấm");
            assertThat(next.parentPlanId()).isEqualTo(province2026);
            assertThat(next.legalBasis()).singleElement().satisfies(b -> {
                assertThat(b.planId()).isEqualTo(province2026);
                assertThat(b.text()).startsWith("Thực hiện Kế hoạch số 48/KH-UBND ngày 15/6/2026 của Ủy ban nhân dân"
                        + " tỉnh Quảng Ngãi về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026");
            });
            assertThat(next.tasks()).extracting(PlanDetails.Task::implementsSectionId).containsOnlyNulls();
            assertThat(String.join(" ", next.flatSections().stream().map(s -> s.title() + " " + s.text()).toList()))
                    .contains("(15/11 - 15/12/2026)").doesNotContain("2025");
        } finally {
            jdbc.update("delete from plan where id = ?", copy);
            jdbc.update("update plan set year = 2026 where id = ?", ward2026Draft);
        }
    }

    @Test
    void refusesToCopyToAYearTheUnitAlreadyHasAPlanForAndLinksToIt() {
        long province2025 = demoPlan("51", 2025);
        long province2026 = demoPlan("51", 2026);
        long plansBefore = jdbc.queryForObject("select count(*) from plan", Long.class);

        var result = mvc.post().uri("/plans/" + province2025 + "/copy-forward").with(logins.as("qn.snv"))
                .with(csrf()).exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/plans/" + province2025);
        assertThat(jdbc.queryForObject("select count(*) from plan", Long.class)).isEqualTo(plansBefore);

        Object flash = result.getMvcResult().getFlashMap().get(FlashMessage.ATTRIBUTE);
        var page = Html.parse(Html.body(mvc.get().uri("/plans/" + province2025).with(logins.as("qn.snv"))
                .flashAttr(FlashMessage.ATTRIBUTE, flash).exchange())).selectFirst(".alert-danger");
        assertThat(page).isNotNull();
        assertThat(page.text()).contains("Đơn vị đã có Kế hoạch số 48/KH-UBND năm 2026");
        assertThat(page.select("a[href=/plans/" + province2026 + "]").text()).isEqualTo("Mở kế hoạch năm 2026");
    }

    @Test
    void refusesANumberAlreadyUsedThisYearAndKeepsTheLeadersInput() {
        long first = issuedPlan(2032, "61");
        long second = draftWithTask(2032);
        planWorkflow.submit(logins.currentUser("qn.snv"), second, queries.detailsOf(second).version());
        var result = mvc.post().uri("/plans/" + second + "/issue").with(logins.as("qn.lanhdao")).with(csrf())
                .param("number", "61").param("issuedOn", "03/03/2032").param("signerName", "Người Ký Thử").exchange();
        assertThat(result).hasStatus(422).bodyText().contains("61/KH-UBND").contains("đã được dùng");
        assertThat(Html.field(Html.body(result), "signerName")).isEqualTo("Người Ký Thử");
        assertThat(queries.detailsOf(second).status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(first).isNotEqualTo(second);
    }

    private List<PlanDiff.Row> rows(long amendment) {
        PlanDetails plan = queries.detailsOf(amendment);
        return PlanDiff.between(queries.detailsOf(plan.amendsPlanId()), plan,
                (key, args) -> messages.getMessage(key, args, Locale.forLanguageTag("vi")));
    }

    private long demoPlan(String unitCode, int year) {
        return jdbc.queryForObject("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.code = ? and p.year = ? and p.created_by = 'demo' and p.status = 'ISSUED'""", Long.class,
                unitCode, year);
    }

    private long issuedPlan(int year, String number) {
        long id = draftWithTask(year);
        planWorkflow.submit(logins.currentUser("qn.snv"), id, queries.detailsOf(id).version());
        planWorkflow.issue(logins.currentUser("qn.lanhdao"), id, number, LocalDate.of(year, 1, 15), null, null,
                "Đặng Ngọc Dũng");
        return id;
    }

    private long draftWithTask(int year) {
        CurrentUser drafter = logins.currentUser("qn.snv");
        long committee = jdbc.queryForObject("select id from agency where name = 'Ủy ban nhân dân tỉnh Quảng Ngãi'"
                + " and valid_to is null", Long.class);
        long id = planCreation.create(drafter, year, committee, null);
        PlanDetails plan = queries.detailsOf(id);
        long tasks = plan.sections().get(1).id();
        planDrafting.addSection(drafter, id, plan.version(), tasks, null,
                new SectionContent(null, null, "Tập huấn cho cán bộ cấp xã", null),
                new TaskContent(drafter.agencyId(), null, List.of(), LocalDate.of(year, 3, 1),
                        LocalDate.of(year, 6, 30),
                        null, "Lớp tập huấn", List.of("1.1"), null));
        return id;
    }
}
