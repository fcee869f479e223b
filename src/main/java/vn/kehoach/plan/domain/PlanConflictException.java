package vn.kehoach.plan.domain;

/**
 * The plan changed since the user opened the form (someone else saved first). The controller shows the conflict
 * page with the user's own input, so nothing typed is lost.
 */
public class PlanConflictException extends RuntimeException {

    private final long planId;
    private final long currentVersion;

    public PlanConflictException(long planId, long currentVersion) {
        super("plan " + planId + " is at version " + currentVersion);
        this.planId = planId;
        this.currentVersion = currentVersion;
    }

    public long planId() {
        return planId;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
