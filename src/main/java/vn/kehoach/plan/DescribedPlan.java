package vn.kehoach.plan;

/**
 * A plan in full as of its version (kept in memory) with its list row read now: the names it is shown with and the
 * plan it amends.
 */
public record DescribedPlan(PlanDetails details, PlanSummary summary) {
}
