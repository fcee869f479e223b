package vn.kehoach.plan;

/** An issued plan was withdrawn: open obligations under it lapse. */
public record PlanRevoked(long planId) {
}
