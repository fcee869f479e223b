package vn.kehoach.reporting.domain;

/**
 * The report changed since the user opened the form (a colleague saved first). The form comes back with the user's
 * own input and the newer version, so nothing typed is lost.
 */
public class ReportConflictException extends RuntimeException {

    private final long currentVersion;
    private final String updatedBy;

    public ReportConflictException(long reportId, long currentVersion, String updatedBy) {
        super("report " + reportId + " is at version " + currentVersion);
        this.currentVersion = currentVersion;
        this.updatedBy = updatedBy;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
