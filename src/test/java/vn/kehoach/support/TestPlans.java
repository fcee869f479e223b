package vn.kehoach.support;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.plan.domain.PlanCreation;
import vn.kehoach.plan.domain.PlanDrafting;
import vn.kehoach.plan.domain.PlanHeader;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.plan.domain.PlanWorkflow;
import vn.kehoach.plan.domain.RequirementContent;
import vn.kehoach.plan.domain.SectionContent;
import vn.kehoach.plan.domain.TaskContent;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Issued plans for tests, made through the plan services as their drafters and leaders would: a unit, its issuing
 * agency and drafting agency (found by the start of their names), tasks with lead and coordinating agencies, and a
 * reporting regime. Issuing one creates its reports.
 */
@Component
public class TestPlans {

    public record Task(String title, String lead, List<String> coordinating, List<String> targets) {

        public static Task of(String title, String lead) {
            return new Task(title, lead, List.of(), List.of());
        }
    }

    public record Requirement(ReportKind kind, LocalDate due, String receiver, Reporters reporters) {
    }

    private final PlanCreation planCreation;
    private final PlanDrafting planDrafting;
    private final PlanWorkflow planWorkflow;
    private final PlanQueries queries;
    private final Units units;
    private final Agencies agencies;
    private final NamedParameterJdbcTemplate jdbc;

    TestPlans(PlanCreation planCreation, PlanDrafting planDrafting, PlanWorkflow planWorkflow, PlanQueries queries,
              Units units, Agencies agencies, NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.planCreation = planCreation;
        this.planDrafting = planDrafting;
        this.planWorkflow = planWorkflow;
        this.queries = queries;
        this.units = units;
        this.agencies = agencies;
    }

    /**
     * @param issuer   start of the issuing agency's name ("Ủy ban nhân dân", "Bộ Nội vụ")
     * @param drafting start of the drafting agency's name ("Sở Nội vụ")
     */
    public long issue(String unitCode, LocalDate on, String issuer, String drafting, int year, String number,
                      Long parentPlanId, List<Task> tasks, List<Requirement> requirements) {
        UnitRef unit = unit(unitCode, on);
        AgencyRef issuing = agency(unit, issuer, on);
        CurrentUser drafter = actor(agency(unit, drafting, on), Role.DRAFTER);
        long id = planCreation.create(drafter, year, issuing.id(), "Kế hoạch thử nghiệm số " + number + " năm " + year);
        PlanDetails plan = queries.detailsOf(id);
        planDrafting.updateHeader(drafter, id, plan.version(), new PlanHeader(year, plan.title(), issuing.id(),
                plan.issuer().parentBodyLine(), plan.issuer().issuerLines(), plan.symbol(), plan.place(), parentPlanId,
                List.of(), false, plan.signer().authority(), plan.signer().title(), null, plan.closing()), List.of());
        long tasksSection = queries.detailsOf(id).sections().stream()
                .filter(s -> s.kind() == SectionKind.TASKS).findFirst().orElseThrow().id();
        for (Task t : tasks) {
            planDrafting.addSection(drafter, id, version(id), tasksSection, null,
                    new SectionContent(null, null, t.title(), null),
                    new TaskContent(agency(unit, t.lead(), on).id(), null,
                            t.coordinating().stream().map(c -> agency(unit, c, on).id()).toList(), null, null,
                            "Cả năm", null, t.targets(), null));
        }
        for (PlanDetails.Requirement r : queries.detailsOf(id).reportingRequirements()) {
            planDrafting.removeRequirement(drafter, id, version(id), r.id());
        }
        for (Requirement r : requirements) {
            planDrafting.addRequirement(drafter, id, version(id), new RequirementContent(r.kind(), null, null, r.due(),
                    agency(unit, r.receiver(), on).id(), null, r.reporters(), null));
        }
        planWorkflow.submit(drafter, id, version(id));
        planWorkflow.issue(actor(issuing, Role.LEADER), id, number, on, null, null, "Người Ký Thử");
        return id;
    }

    public PlanDetails details(long id) {
        return queries.detailsOf(id);
    }

    /** The report a unit owes on a plan (its only one there: one requirement per plan in these tests). */
    public long unitReport(long planId, String unitCode) {
        return jdbc.queryForObject("""
                select r.id from report r join administrative_unit u on u.id = r.reporter_unit_id
                where r.plan_id = :plan and r.reporter_kind = 'UNIT' and u.code = :code""",
                new MapSqlParameterSource("plan", planId).addValue("code", unitCode), Long.class);
    }

    public long taskId(long planId, String title) {
        return queries.detailsOf(planId).tasks().stream().filter(t -> t.title().equals(title)).findFirst()
                .orElseThrow().sectionId();
    }

    private long version(long id) {
        return queries.detailsOf(id).version();
    }

    public UnitRef unit(String code, LocalDate on) {
        return units.findByCodeAt(code, on).orElseThrow(() -> new IllegalArgumentException("no unit " + code));
    }

    public AgencyRef agency(UnitRef unit, String prefix, LocalDate on) {
        return agencies.activeOf(unit.id(), on).stream().filter(a -> a.name().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + prefix + " in " + unit.fullName()));
    }

    /** Someone of the agency with the given roles, for steps no demo account can take. */
    public CurrentUser actor(AgencyRef agency, Role... roles) {
        UnitRef unit = units.get(agency.unitId());
        return new CurrentUser(0, "test", "Người thử nghiệm", Set.of(roles), agency.id(), agency.name(), unit.id(),
                unit.code(), unit.fullName(), unit.path(), unit.level().name(), units.scopePaths(unit.id()));
    }
}
