package vn.kehoach.reporting;

import vn.kehoach.plan.ReportKind;

/**
 * A report was accepted by its receiving agency: its figures now count upward (indicator roll-up, consolidation).
 */
public record ReportAccepted(long reportId, long planId, ReportKind kind, int year, long reporterUnitId) {
}
