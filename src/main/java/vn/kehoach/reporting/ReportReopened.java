package vn.kehoach.reporting;

/** An accepted report was unlocked for correction: its figures no longer count until it is accepted again. */
public record ReportReopened(long reportId) {
}
