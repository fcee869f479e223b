package vn.kehoach.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.plan.domain.PlanAmendments;
import vn.kehoach.plan.domain.PlanDrafting;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.plan.domain.PlanWorkflow;
import vn.kehoach.plan.domain.RequirementContent;
import vn.kehoach.plan.domain.SectionContent;
import vn.kehoach.plan.domain.TaskContent;
import vn.kehoach.reporting.domain.EntryContent;
import vn.kehoach.reporting.domain.Figures;
import vn.kehoach.reporting.domain.ReportContent;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.reporting.domain.ReportWriting;
import vn.kehoach.reporting.domain.TargetValueContent;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.UnitType;
import vn.kehoach.roster.domain.AgencyService;
import vn.kehoach.roster.domain.Reorganisation;
import vn.kehoach.roster.domain.ReorganisationCommand;
import vn.kehoach.roster.domain.ReorganisationService;
import vn.kehoach.roster.domain.UnitCommand;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.TestPlans;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports owed follow the plan and the roster: an amendment carries them over (or cancels those no longer asked
 * for), revocation cancels what was not sent, a merger of communes hands their open reports to the new commune; what
 * was already sent stays as it was.
 */
@IntegrationTest
class ObligationTests {

    @Autowired
    TestPlans plans;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanWorkflow planWorkflow;
    @Autowired
    PlanAmendments planAmendments;
    @Autowired
    PlanQueries planQueries;
    @Autowired
    ReportWriting writing;
    @Autowired
    ReportQueries queries;
    @Autowired
    UnitService units;
    @Autowired
    AgencyService agencies;
    @Autowired
    ReorganisationService reorganisations;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    static final LocalDate ON = LocalDate.of(2030, 2, 1);

    @Test
    void anAmendmentCarriesReportsOverAndRevocationCancelsWhatWasNotSent() {
        long plan = plans.issue("51", ON, "Ủy ban nhân dân", "Sở Nội vụ", 2030, "701", null, List.of(
                TestPlans.Task.of("Nhiệm vụ của Sở Y tế", "Sở Y tế"),
                TestPlans.Task.of("Nhiệm vụ của Sở Tư pháp", "Sở Tư pháp"),
                TestPlans.Task.of("Nhiệm vụ của Sở Tài chính", "Sở Tài chính")),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, LocalDate.of(2030, 7, 31), "Sở Nội vụ",
                        Reporters.ASSIGNED_AGENCIES)));
        long health = report(plan, "Sở Y tế");
        long justice = report(plan, "Sở Tư pháp");
        long finance = report(plan, "Sở Tài chính");
        draft(health, "Bản nháp của Sở Y tế.");
        draft(justice, "Báo cáo của Sở Tư pháp.");
        CurrentUser justiceWriter = writer(justice);
        writing.submit(justiceWriter, justice, queries.view(justiceWriter, justice).version(), null);

        // The amendment drops the tasks of Sở Tư pháp and Sở Tài chính, adds one for Công an, moves the deadline.
        CurrentUser drafter = plans.actor(plans.agency(plans.unit("51", ON), "Sở Nội vụ", ON), Role.DRAFTER);
        long amended = planAmendments.amend(drafter, plan);
        PlanDetails draft = planQueries.detailsOf(amended);
        for (PlanDetails.Task t : draft.tasks()) {
            if (!t.title().contains("Sở Y tế"))
                planDrafting.deleteSection(drafter, amended, version(amended), t.sectionId());
        }
        long tasks = draft.sections().stream().filter(s -> s.kind() == SectionKind.TASKS).findFirst()
                .orElseThrow().id();
        planDrafting.addSection(drafter, amended, version(amended), tasks, null,
                new SectionContent(null, null, "Nhiệm vụ của Công an", null),
                new TaskContent(plans.agency(plans.unit("51", ON), "Công an", ON).id(), null, List.of(), null, null,
                        "Cả năm", null, List.of(), null));
        PlanDetails.Requirement r = planQueries.detailsOf(amended).reportingRequirements().get(0);
        planDrafting.updateRequirement(drafter, amended, version(amended), r.id(), new RequirementContent(r.kind(),
                r.periodFrom(), r.periodTo(), LocalDate.of(2030, 8, 5), r.receiverAgencyId(), null, r.reporters(),
                null));
        planWorkflow.submit(drafter, amended, version(amended));
        AgencyRef committee = plans.agency(plans.unit("51", ON), "Ủy ban nhân dân", ON);
        planWorkflow.issue(plans.actor(committee, Role.LEADER), amended, "702", ON.plusDays(30), null, null,
                "Người ký");

        // Sở Y tế's draft now answers the amended plan, with what it wrote and the new deadline.
        assertThat(row(health)).containsEntry("plan_id", amended).containsEntry("status", "DRAFT")
                .containsEntry("due_date", Date.valueOf("2030-08-05"));
        assertThat(queries.view(writer(health), health).tasks().get(0).entry().narrative())
                .isEqualTo("Bản nháp của Sở Y tế.");
        // Sở Tư pháp's report was sent: it stays, on the plan it answered. Sở Tài chính no longer owes one.
        assertThat(row(justice)).containsEntry("plan_id", plan).containsEntry("status", "SUBMITTED");
        assertThat(row(finance)).containsEntry("status", "CANCELLED");
        // Công an owes a report it did not owe before.
        long police = report(amended, "Công an");
        assertThat(row(police)).containsEntry("status", "NOT_STARTED");

        // Revoked: what was not sent is no longer owed, and what was written stays readable.
        planWorkflow.revoke(plans.actor(committee, Role.LEADER), amended, "Ban hành nhầm");
        assertThat(row(health)).containsEntry("status", "CANCELLED");
        assertThat(row(police)).containsEntry("status", "CANCELLED");
        assertThat(row(health).get("cancel_reason")).isEqualTo("msg:report.cancelReason.planRevoked");
        assertThat(queries.view(writer(health), health).tasks().get(0).entry().narrative())
                .isEqualTo("Bản nháp của Sở Y tế.");
        assertThat(row(justice)).containsEntry("status", "SUBMITTED");
    }

    @Test
    void mergedCommunesHandTheirOpenReportsToTheNewCommune() {
        CurrentUser system = CurrentUser.system("test");
        UnitRef province = plans.unit("51", ON);
        List<UnitRef> communes = new ArrayList<>();
        for (String[] c : new String[][]{{"99901", "Thử Một"}, {"99902", "Thử Hai"}}) {
            UnitRef unit = units.create(system, new UnitCommand(c[0], c[1], "Xã " + c[1], null, UnitType.COMMUNE,
                    province.id(), LocalDate.of(2029, 1, 1), null));
            agencies.applyTemplates(system, unit.id());
            communes.add(unit);
        }
        LocalDate issued = LocalDate.of(2029, 2, 1);
        long plan = plans.issue("51", issued, "Ủy ban nhân dân", "Sở Nội vụ", 2029, "703", null,
                List.of(TestPlans.Task.of("Nhiệm vụ năm 2029", "Sở Nội vụ")),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, LocalDate.of(2029, 7, 31), "Sở Nội vụ",
                        Reporters.SUBORDINATE_UNITS),
                        new TestPlans.Requirement(ReportKind.ANNUAL, LocalDate.of(2029, 12, 18), "Sở Nội vụ",
                                Reporters.SUBORDINATE_UNITS)));
        long oneSixMonth = unitReport(plan, "99901", "SIX_MONTH");
        long twoSixMonth = unitReport(plan, "99902", "SIX_MONTH");
        long oneAnnual = unitReport(plan, "99901", "ANNUAL");
        long twoAnnual = unitReport(plan, "99902", "ANNUAL");
        // The first commune has sent its six-month report, the second has a draft.
        draft(oneSixMonth, "Xã Thử Một đã thực hiện.");
        CurrentUser one = writer(oneSixMonth);
        writing.requestApproval(one, oneSixMonth, queries.view(one, oneSixMonth).version());
        AgencyRef committee = plans.agency(communes.get(0), "Ủy ban nhân dân", issued);
        writing.approve(plans.actor(committee, Role.LEADER), oneSixMonth, null, null, null, "Chủ tịch");
        draft(twoSixMonth, "Xã Thử Hai đang soạn.");

        // They merge on 1/6/2029 into xã Thử Ba.
        reorganisations.record(system, new ReorganisationCommand(Reorganisation.Kind.MERGE, LocalDate.of(2029, 6, 1),
                communes.stream().map(UnitRef::id).toList(), List.of(new ReorganisationCommand.NewUnit("99903",
                        "Thử Ba", "Xã Thử Ba", null, UnitType.COMMUNE, province.id())),
                List.of(),
                ReorganisationCommand.AgencyDisposition.CLOSE, null));
        long merged = units.findByCodeAt("99903", LocalDate.of(2029, 6, 1)).orElseThrow().id();

        // What was sent stays with the commune that sent it.
        assertThat(row(oneSixMonth)).containsEntry("status", "SUBMITTED");
        // The draft goes to the new commune, with its text, to be finished by its agency.
        assertThat(row(twoSixMonth)).containsEntry("status", "DRAFT").containsEntry("reporter_unit_id", merged);
        AgencyRef newOwner = agencies.findRef((Long) row(twoSixMonth).get("owner_agency_id")).orElseThrow();
        assertThat(newOwner.unitId()).isEqualTo(merged);
        assertThat(queries.view(writer(twoSixMonth), twoSixMonth).tasks().get(0).entry().narrative())
                .isEqualTo("Xã Thử Hai đang soạn.");
        // Of the annual reports not begun, the new commune owes one: the first passes to it, the second is closed.
        assertThat(row(oneAnnual)).containsEntry("status", "NOT_STARTED").containsEntry("reporter_unit_id", merged);
        assertThat(row(twoAnnual)).containsEntry("status", "CANCELLED");
        assertThat((String) row(twoAnnual).get("cancel_reason")).isEqualTo("msg:report.cancelReason.unitsMerged");
    }

    private void draft(long reportId, String narrative) {
        CurrentUser writer = writer(reportId);
        ReportView view = queries.view(writer, reportId);
        List<EntryContent> entries = view.tasks().stream().map(t -> new EntryContent(t.sectionId(), null, t.path(),
                t.title(), EntryState.DONE, narrative, Figures.NONE)).toList();
        List<TargetValueContent> targets = view.targets().stream().map(t -> new TargetValueContent(t.code(), null, null,
                null, null, null, null, "Chưa có số liệu")).toList();
        writing.save(writer, reportId, view.version(), new ReportContent(entries, targets, "Kết quả.", "Không.",
                "Không.", "Tiếp tục.", null));
    }

    private CurrentUser writer(long reportId) {
        long owner = (Long) row(reportId).get("owner_agency_id");
        return plans.actor(agencies.findRef(owner).orElseThrow(), Role.DRAFTER, Role.REPORTER);
    }

    private long version(long planId) {
        return planQueries.detailsOf(planId).version();
    }

    private Map<String, Object> row(long reportId) {
        return jdbc.queryForMap("select * from report where id = :id", new MapSqlParameterSource("id", reportId));
    }

    private long report(long planId, String agencyPrefix) {
        return jdbc.queryForObject("select r.id from report r join agency a on a.id = r.reporter_agency_id"
                + " where r.plan_id = :plan and a.name like :prefix",
                new MapSqlParameterSource("plan", planId).addValue("prefix", agencyPrefix + "%"), Long.class);
    }

    private long unitReport(long planId, String unitCode, String kind) {
        return jdbc.queryForObject("""
                select r.id from report r join administrative_unit u on u.id = r.reporter_unit_id
                where r.plan_id = :plan and u.code = :code and r.kind = :kind""",
                new MapSqlParameterSource("plan", planId).addValue("code", unitCode).addValue("kind", kind),
                Long.class);
    }
}
