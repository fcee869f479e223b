package vn.kehoach.reporting;

/** Who owes a report: an agency assigned tasks in the plan, or a unit below the plan's issuer. */
public enum ReporterKind {
    AGENCY, UNIT
}
