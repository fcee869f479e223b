package vn.kehoach.plan;

/**
 * A plan was signed and numbered. The reporting module turns its reporting regime into obligations; an amendment
 * that replaces an earlier version names it in {@code replacesPlanId}.
 */
public record PlanIssued(long planId, Long replacesPlanId, long issuerUnitId, int year) {
}
