package vn.kehoach.plan;

import org.springframework.stereotype.Component;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.shared.security.CurrentUser;

/** Plans for other modules: documents export them, reporting turns their regime into obligations. */
@Component
public class Plans {

    private final PlanQueries queries;

    Plans(PlanQueries queries) {
        this.queries = queries;
    }

    /** The plan if the user may see it; 404 otherwise. */
    public PlanDetails details(CurrentUser user, long planId) {
        return queries.details(user, planId);
    }

    /** The plan without a scope check, for modules that check access on their own terms. */
    public PlanDetails detailsOf(long planId) {
        return queries.detailsOf(planId);
    }
}
