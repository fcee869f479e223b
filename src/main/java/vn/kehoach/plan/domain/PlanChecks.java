package vn.kehoach.plan.domain;

import org.springframework.stereotype.Component;
import vn.kehoach.plan.StrategyTargets;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.Problems;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules on what a draft may name: plans it cites, agencies of its tasks, the task of the plan above a task carries
 * out, the agency reports go to. Ids come from forms and could name anything; these keep them within the user's
 * units and the plan's own.
 */
@Component
class PlanChecks {

    private final PlanRepository plans;
    private final Units units;
    private final Agencies agencies;
    private final StrategyTargets targets;

    PlanChecks(PlanRepository plans, Units units, Agencies agencies, StrategyTargets targets) {
        this.plans = plans;
        this.units = units;
        this.agencies = agencies;
        this.targets = targets;
    }

    /**
     * A citation links only to a plan the user may read: another province's draft linked by id would otherwise be
     * named (and opened) from this plan. Links the plan already had stay, whatever became of their plan since.
     */
    void checkLinkedPlans(CurrentUser user, Plan plan, List<Long> linked) {
        Set<Long> kept = new HashSet<>();
        if (plan != null) plan.getLegalBasis().forEach(b -> kept.add(b.getLinkedPlanId()));
        for (Long id : linked) {
            if (id == null || kept.contains(id) || (plan != null && id.equals(plan.getId()))) continue;
            Plan cited = plans.findById(id).orElse(null);
            if (cited == null || !PlanAccess.canView(user, cited, units.get(cited.getIssuerUnitId()).path(),
                    () -> PlanQueries.assigns(cited, user.agencyId()))) {
                throw new BusinessRuleException("plan.legalBasis.unknownPlan");
            }
        }
    }

    /**
     * Agencies named in a task must exist, be active (the roster decides their names) and be of the user's units —
     * their own, those below it and those it was formed from: an agency of another province named by id would be
     * given the task and its reports. An agency the task already names stays (a reorganisation may have moved it).
     * Its window runs forwards and its targets are the Strategy's: every broken rule is reported, each on the input
     * it concerns.
     */
    void checkAgencies(CurrentUser user, TaskContent task, PlanSection current) {
        Problems problems = new Problems();
        Set<Long> ids = new HashSet<>(task.coordinatingAgencyIds());
        if (task.leadAgencyId() != null) ids.add(task.leadAgencyId());
        if (task.leadAgencyId() != null && task.coordinatingAgencyIds().contains(task.leadAgencyId())) {
            problems.add("leadAgencyId", "plan.task.leadAlsoCoordinating");
        }
        Set<Long> named = new HashSet<>();
        if (current != null) {
            if (current.getLeadAgencyId() != null) named.add(current.getLeadAgencyId());
            named.addAll(current.getCoordinatingAgencyIds());
        }
        List<AgencyRef> found = agencies.findAll(ids);
        if (found.size() != ids.size()
                || found.stream().anyMatch(a -> !named.contains(a.id()) && !user.covers(a.unitPath()))) {
            problems.addGeneral("plan.task.unknownAgency");
        }
        if (task.from() != null && task.to() != null && task.to().isBefore(task.from())) {
            problems.add("to", "plan.task.window");
        }
        if (!task.targetCodes().isEmpty()) {
            Set<String> known = targets.byCode(task.targetCodes()).keySet();
            List<String> unknown = task.targetCodes().stream().filter(c -> !known.contains(c)).toList();
            if (!unknown.isEmpty()) problems.add("targets", "plan.task.unknownTarget", String.join(", ", unknown));
        }
        problems.throwIfAny();
    }

    /** A task carries out a task of the plan this plan implements, or none. */
    void checkImplements(Plan plan, TaskContent task, PlanSection current) {
        Long implemented = task.implementsSectionId();
        if (implemented == null || current != null && implemented.equals(current.getImplementsSectionId())) return;
        Plan parent = plan.getParentPlanId() == null ? null : plans.findById(plan.getParentPlanId()).orElse(null);
        if (parent == null || parent.getSections().stream().noneMatch(s -> s.getId().equals(implemented))) {
            throw new BusinessRuleException("plan.task.unknownParentTask");
        }
    }

    /**
     * Reports go to an agency of the user's units (the focal agency, as a rule): one of another province named by id
     * would receive, read and review this unit's reports. The receiver a requirement already has stays.
     */
    void checkReceiver(CurrentUser user, Long receiverAgencyId, Long current) {
        if (receiverAgencyId == null || receiverAgencyId.equals(current)) return;
        AgencyRef receiver = agencies.find(receiverAgencyId).orElse(null);
        if (receiver == null || !user.covers(receiver.unitPath())) {
            throw BusinessRuleException.onField("receiverAgencyId", "plan.requirement.unknownReceiver");
        }
    }
}
