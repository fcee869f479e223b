package vn.kehoach.plan.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.domain.Plan;
import vn.kehoach.plan.domain.PlanAccess;
import vn.kehoach.plan.domain.PlanCascadeQueries;
import vn.kehoach.plan.domain.PlanConflictException;
import vn.kehoach.plan.domain.PlanCoverage;
import vn.kehoach.plan.domain.PlanDrafting;
import vn.kehoach.plan.domain.PlanListQueries;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Actions;
import vn.kehoach.shared.web.NotFoundException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the plan pages share: the plan, the user's permissions on it, and lookups by section. */
@Component
class PlanPages {

    private final PlanQueries queries;
    private final PlanCascadeQueries cascade;
    private final PlanCoverage coverage;
    private final PlanDrafting drafting;
    private final Units units;
    private final PlanListQueries lists;

    PlanPages(PlanQueries queries, PlanCascadeQueries cascade, PlanCoverage coverage, PlanDrafting drafting,
              Units units, PlanListQueries lists) {
        this.queries = queries;
        this.lists = lists;
        this.cascade = cascade;
        this.coverage = coverage;
        this.drafting = drafting;
        this.units = units;
    }

    /** Loads a visible plan into the model with the permissions the page needs; 404 if the user may not see it. */
    PlanDetails load(CurrentUser user, long id, Model model) {
        Plan plan = queries.visible(user, id);
        PlanDetails details = queries.details(plan);
        String issuerPath = details.issuer().unitPath();
        model.addAttribute("plan", details);
        model.addAttribute("navArea", "plans");
        model.addAttribute("canEdit", PlanAccess.canEdit(user, plan));
        model.addAttribute("isDrafter", PlanAccess.isDrafter(user, plan));
        model.addAttribute("canRecall", PlanAccess.canRecall(user, plan));
        model.addAttribute("canDecide", PlanAccess.canDecide(user, plan));
        model.addAttribute("canRevoke", PlanAccess.canRevoke(user, plan));
        model.addAttribute("canAmend", PlanAccess.canAmend(user, plan));
        model.addAttribute("canCopyForward", PlanAccess.canCopyForward(user, plan));
        model.addAttribute("canImplement", PlanAccess.canImplement(user, plan, issuerPath)
                && cascade.implementingPlanOf(user, id).isEmpty());
        model.addAttribute("tasksBySection", tasksBySection(details));
        // The reporting status of an issued plan is for its issuing unit and the levels above.
        model.addAttribute("canSeeReporting", details.status().isIssued()
                && (user.isSystemAdmin() || user.covers(issuerPath)));
        return details;
    }

    static Map<Long, PlanDetails.Task> tasksBySection(PlanDetails plan) {
        return plan.tasks().stream().collect(Collectors.toMap(PlanDetails.Task::sectionId, Function.identity()));
    }

    /**
     * A button on a draft at the version the page showed: when someone saved the plan first, the page {@code target}
     * with the plan as it now is and a warning to do it again there.
     */
    static Actions.Attempt onDraft(RedirectAttributes redirect, String target) {
        return Actions.click(redirect).staleTo("plan.conflict.reloaded", PlanConflictException.class, target);
    }

    static PlanDetails.Section section(PlanDetails plan, long sectionId) {
        return plan.flatSections().stream().filter(s -> s.id() == sectionId).findFirst()
                .orElseThrow(() -> new NotFoundException("section", sectionId));
    }

    PlanCoverage coverage() {
        return coverage;
    }

    PlanListQueries lists() {
        return lists;
    }

    List<String> generatedRecipients(long planId) {
        return drafting.generatedRecipientsOf(planId);
    }

    Units units() {
        return units;
    }
}
