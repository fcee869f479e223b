package vn.kehoach.reporting.domain;

import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.ReporterKind;

import java.time.LocalDate;

/** A report a plan's requirement asks of one reporter, before it exists. */
public record Obligation(long planId, long requirementId, ReportKind kind, int year, LocalDate periodFrom,
                         LocalDate periodTo, LocalDate dueDate, ReporterKind reporterKind, Long reporterAgencyId,
                         long reporterUnitId, long ownerAgencyId, long receiverAgencyId, long subjectPlanId) {

    /** The reporter, whatever the requirement: an agency id or a unit id, with its kind. */
    public String reporterKey() {
        return reporterKind == ReporterKind.AGENCY ? "A" + reporterAgencyId : "U" + reporterUnitId;
    }
}
