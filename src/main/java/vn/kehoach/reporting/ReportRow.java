package vn.kehoach.reporting;

import vn.kehoach.plan.ReportKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A report in a list: what is owed, by whom, to whom, and where it stands.
 *
 * @param onTime whether the first sending was on or before the due date; null while never sent
 */
public record ReportRow(long id, long planId, long requirementId, long subjectPlanId, String planReference,
                        String planTitle, ReportKind kind, int year,
                        LocalDate periodTo, LocalDate dueDate, ReporterKind reporterKind, String reporterName,
                        long reporterUnitId, String unitCode, String unitName, String ownerAgencyName,
                        String receiverAgencyName, ReportStatus status, int round, Instant firstSubmittedAt,
                        Instant lastSubmittedAt, Boolean onTime, LocalDate today, String requirementText) {

    /** A thematic or other report is called by what the plan asks ("Báo cáo nhanh …"); null for periodic ones. */
    public String ownTitle() {
        return ReportTitles.own(kind, requirementText);
    }

    /**
     * Still owed after the due date. A report once sent is judged by that first sending (on time or late), also while
     * it is corrected after a return: never "overdue" beside "on time".
     */
    public boolean overdue() {
        return status.isOpen() && firstSubmittedAt == null && dueDate.isBefore(today);
    }

    /** Days left until the due date (negative when overdue). */
    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, dueDate);
    }

    /** Never sent and the due date has passed: "chưa báo cáo" at the deadline. */
    public boolean missing() {
        return firstSubmittedAt == null && dueDate.isBefore(today) && status != ReportStatus.CANCELLED;
    }

    public boolean late() {
        return Boolean.FALSE.equals(onTime);
    }
}
