package vn.kehoach.reporting.domain;

import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReporterKind;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;

/**
 * Who may do what with a report. The reporting agency (for a unit: its focal agency) writes it; a unit's leader
 * approves the unit's report; the receiving agency's reviewers accept or return it. A draft is seen by its own
 * agency only; a report once sent is also seen by the receiving agency, the unit's leaders and the levels above.
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    public static boolean isOwner(CurrentUser user, Report report) {
        return user.agencyId() != null && user.agencyId().equals(report.getOwnerAgencyId());
    }

    public static boolean isUnitLeader(CurrentUser user, Report report) {
        return user.has(Role.LEADER) && user.unitId() != null && user.unitId().equals(report.getReporterUnitId());
    }

    public static boolean isReviewer(CurrentUser user, Report report) {
        return user.has(Role.REVIEWER) && user.agencyId() != null
                && user.agencyId().equals(report.getReceiverAgencyId());
    }

    /**
     * @param reporterUnitPath path of the unit that reports (for an agency: the agency's unit)
     */
    public static boolean canRead(CurrentUser user, Report report, String reporterUnitPath) {
        if (user.isSystemAdmin() || isOwner(user, report)) return true;
        if (report.getStatus() == ReportStatus.AWAITING_APPROVAL && isUnitLeader(user, report)) return true;
        if (report.getRound() == 0) return false;
        if (user.agencyId() != null && user.agencyId().equals(report.getReceiverAgencyId())) return true;
        if (isUnitLeader(user, report)) return true;
        // The levels above the reporting unit follow what it sent.
        return user.unitId() != null && !user.unitId().equals(report.getReporterUnitId())
                && user.covers(reporterUnitPath);
    }

    public static boolean canEdit(CurrentUser user, Report report) {
        return report.getStatus().isEditable() && isOwner(user, report) && user.hasAny(Role.DRAFTER, Role.REPORTER);
    }

    public static boolean canSubmit(CurrentUser user, Report report) {
        return report.getReporterKind() == ReporterKind.AGENCY && canEdit(user, report)
                && report.getStatus() != ReportStatus.NOT_STARTED;
    }

    public static boolean canRequestApproval(CurrentUser user, Report report) {
        return report.getReporterKind() == ReporterKind.UNIT && canEdit(user, report)
                && report.getStatus() != ReportStatus.NOT_STARTED;
    }

    public static boolean canApprove(CurrentUser user, Report report) {
        return report.getReporterKind() == ReporterKind.UNIT && report.getStatus() == ReportStatus.AWAITING_APPROVAL
                && isUnitLeader(user, report);
    }

    public static boolean canReview(CurrentUser user, Report report) {
        return report.getStatus() == ReportStatus.SUBMITTED && isReviewer(user, report);
    }

    public static boolean canUnlock(CurrentUser user, Report report) {
        return report.getStatus() == ReportStatus.ACCEPTED && isReviewer(user, report);
    }
}
