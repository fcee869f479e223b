package vn.kehoach.plan;

import org.springframework.stereotype.Component;
import vn.kehoach.plan.domain.PlanCascadeQueries;
import vn.kehoach.plan.domain.PlanCreation;
import vn.kehoach.plan.domain.PlanListQueries;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.shared.security.CurrentUser;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Plans for other modules: documents export them, reporting turns their regime into obligations. */
@Component
public class Plans {

    private final PlanQueries queries;
    private final PlanCascadeQueries cascade;
    private final PlanCreation creation;
    private final PlanListQueries lists;

    Plans(PlanQueries queries, PlanCascadeQueries cascade, PlanCreation creation, PlanListQueries lists) {
        this.queries = queries;
        this.lists = lists;
        this.cascade = cascade;
        this.creation = creation;
    }

    /** Saves a plan read from a document as a draft of the user's agency; returns its id. */
    public long createDraft(CurrentUser user, PlanDraft draft) {
        return creation.createFromDraft(user, draft);
    }

    /** The agencies the user may issue a plan as (for pickers outside this module). */
    public List<AgencyRef> issuerChoices(CurrentUser user) {
        return creation.issuerChoices(user);
    }

    /**
     * An issued plan the user may see, by its number and symbol in a year ("72/KH-UBND", 2024): how a citation in
     * an imported document is linked to the plan held here.
     */
    public Optional<Long> findIssued(CurrentUser user, String number, String symbol, Integer year) {
        return lists.findIssued(user, number, symbol, year);
    }

    /** The plan if the user may see it; 404 otherwise. */
    /** 404 unless the user may see the plan: for a plan id a user sent with another request. */
    public void requireVisible(CurrentUser user, long planId) {
        queries.visible(user, planId);
    }

    public PlanDetails details(CurrentUser user, long planId) {
        return queries.details(user, planId);
    }

    /** The plan without a scope check, for modules that check access on their own terms. */
    public PlanDetails detailsOf(long planId) {
        return queries.detailsOf(planId);
    }

    /** Several plans without a scope check, by id, in one statement when they are already known as of their versions. */
    public Map<Long, PlanDetails> detailsOf(Collection<Long> planIds) {
        return queries.detailsOf(planIds);
    }

    /**
     * {@link #detailsOf(Collection)} with each plan's list row, in one statement when the plans are already known as of
     * their versions.
     */
    public Map<Long, DescribedPlan> describedOf(Collection<Long> planIds) {
        return queries.describedOf(planIds);
    }

    /** Issued plans of the level above that the user's unit has not yet implemented (the dashboard's to-do). */
    public List<PlanSummary> toImplement(CurrentUser user) {
        return cascade.toImplement(user);
    }

    /** The plans waiting for the user to act (sign, revise, implement, adapt), in one statement. */
    public List<PlanWaiting> waitingFor(CurrentUser user) {
        return cascade.waitingFor(user);
    }

    /** The units directly below an issued plan's issuer that have not yet started a plan implementing it. */
    public List<Long> unitsToImplement(long planId) {
        return cascade.unitsToImplement(planId);
    }

    /** The issued plan with which a unit implements a plan (through any revision of either), if it has one. */
    public Optional<Long> issuedImplementationOf(long parentPlanId, long unitId) {
        return cascade.issuedImplementationOf(parentPlanId, unitId);
    }

    /** The plan and every revision that amends it or that it amends. */
    public Set<Long> revisionChain(long planId) {
        return queries.revisionChain(planId);
    }

    /** {@link #revisionChain} as a subquery on the plan id parameter {@code :param}, to embed in a statement. */
    public static String revisionChainQuery(String param) {
        return PlanQueries.revisionChainQuery(param);
    }

    /** A task of an issued plan that an agency coordinates (phối hợp), with the agency that leads it. */
    public record CoordinatedTask(long planId, long sectionId, String title, Long leadAgencyId) {
    }

    /** The tasks of issued plans that the agency coordinates, in one statement. */
    public List<CoordinatedTask> coordinatedBy(long agencyId) {
        return cascade.coordinatedBy(agencyId);
    }

    /** Plans by id, as list rows (no scope check: the caller has already checked it). */
    public List<PlanSummary> summaries(Collection<Long> ids) {
        return queries.byIds(ids);
    }
}
