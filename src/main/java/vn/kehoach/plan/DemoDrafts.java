package vn.kehoach.plan;

import vn.kehoach.plan.domain.LegalBasis;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The steps {@link PlanDemoData} writes its plans with, through the same services as the pages: who acts (a demo
 * author of the right agency), and a drafter's edits that follow the plan's version. Runs in the demo data's
 * transaction.
 */
final class DemoDrafts {

    private final PlanDrafting drafting;
    private final PlanWorkflow workflow;
    private final PlanQueries queries;
    private final Units units;
    private final Agencies agencies;

    DemoDrafts(PlanDrafting drafting, PlanWorkflow workflow, PlanQueries queries, Units units, Agencies agencies) {
        this.drafting = drafting;
        this.workflow = workflow;
        this.queries = queries;
        this.units = units;
        this.agencies = agencies;
    }

    Draft draft(long id, CurrentUser drafter) {
        return new Draft(id, drafter);
    }

    /** Building a plan step by step as a drafter would, keeping track of the plan's version. */
    final class Draft {

        private final long id;
        private final CurrentUser drafter;

        Draft(long id, CurrentUser drafter) {
            this.id = id;
            this.drafter = drafter;
        }

        long version() {
            return queries.detailsOf(id).version();
        }

        void header(UnitRef unit, AgencyRef committee, Long parentPlanId, List<LegalBasis> basis) {
            PlanDetails plan = queries.detailsOf(id);
            drafting.updateHeader(drafter, id, plan.version(), new PlanHeader(plan.year(), plan.title(), committee.id(),
                    plan.issuer().parentBodyLine(), plan.issuer().issuerLines(), plan.symbol(), plan.place(),
                    parentPlanId, List.of(), false, plan.signer().authority(), plan.signer().title(), null,
                    plan.closing()), basis);
        }

        long top(String kind) {
            return queries.detailsOf(id).sections().stream().filter(s -> s.kind().name().equals(kind)).findFirst()
                    .orElseThrow().id();
        }

        void text(String kind, String html) {
            long section = top(kind);
            PlanDetails.Section s = queries.detailsOf(id).flatSections().stream().filter(x -> x.id() == section)
                    .findFirst().orElseThrow();
            drafting.updateSection(drafter, id, version(), section, new SectionContent(s.kind(), null, s.title(), html),
                    null);
        }

        long item(long parent, String title, String html) {
            return drafting.addSection(drafter, id, version(), parent, null,
                    new SectionContent(null, null, title, html),
                    null);
        }

        void task(long parent, String title, AgencyRef lead, List<AgencyRef> coordinating, LocalDate from,
                  LocalDate to, String timeNote, String output) {
            task(parent, title, null, lead, coordinating, from, to, timeNote, output, List.of());
        }

        void task(long parent, String title, String html, AgencyRef lead, List<AgencyRef> coordinating,
                  LocalDate from, LocalDate to, String timeNote, String output, List<String> targets) {
            drafting.addSection(drafter, id, version(), parent, null, new SectionContent(null, null, title, html),
                    new TaskContent(lead.id(), null, coordinating.stream().map(AgencyRef::id).toList(), from, to,
                            timeNote, output, targets, null));
        }

        void requirement(ReportKind kind, LocalDate due, AgencyRef receiver, Reporters reporters) {
            PlanDetails plan = queries.detailsOf(id);
            for (PlanDetails.Requirement r : plan.reportingRequirements()) {
                if (r.kind() == kind) drafting.removeRequirement(drafter, id, version(), r.id());
            }
            drafting.addRequirement(drafter, id, version(), new RequirementContent(kind, null, null, due,
                    receiver.id(), null, reporters, null));
        }

        void generateImplementation() {
            drafting.generateImplementation(drafter, id, version());
        }

        void submitAndIssue(AgencyRef committee, UnitRef unit, String number, LocalDate on, String signer) {
            workflow.submit(drafter, id, version());
            workflow.issue(actor(committee, unit, Role.LEADER), id, number, on, null, null, signer);
        }
    }

    /** The province after the reform on a given day: its People's Committee, Sở Nội vụ and a drafter there. */
    record Province(LocalDate asOf, UnitRef unit, AgencyRef committee, AgencyRef homeAffairs,
                    CurrentUser drafter) {
    }

    Province province(LocalDate asOf) {
        UnitRef unit = unitAt("51", asOf);
        AgencyRef homeAffairs = agency(unit, "Sở Nội vụ", asOf);
        return new Province(asOf, unit, agency(unit, "Ủy ban nhân dân", asOf), homeAffairs,
                actor(homeAffairs, unit, Role.DRAFTER));
    }

    UnitRef unitAt(String code, LocalDate date) {
        return units.findByCodeAt(code, date).orElseThrow(() -> new IllegalStateException("no unit " + code));
    }

    AgencyRef agency(UnitRef unit, String namePrefix, LocalDate date) {
        return agencies.activeOf(unit.id(), date).stream().filter(a -> a.name().startsWith(namePrefix)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no agency " + namePrefix + " in " + unit.fullName()));
    }

    /** Someone of this agency, as the demo data's author: the plans' history shows who drafted and issued them. */
    CurrentUser actor(AgencyRef agency, UnitRef unit, Role role) {
        List<String> scope = new ArrayList<>(units.scopePaths(unit.id()));
        return new CurrentUser(0, "demo", "Dữ liệu mẫu", Set.of(role), agency.id(), agency.name(), unit.id(),
                unit.code(), unit.fullName(), unit.path(), unit.level().name(), scope);
    }
}
