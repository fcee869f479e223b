package vn.kehoach.indicator.domain;

/**
 * Someone saved the same figure or targets since the user opened the form. Nothing was written; the controller shows
 * the form again with the user's input and the current version, so that a second save is a deliberate overwrite.
 *
 * @param updatedBy      who saved last (null when the figure has since been removed)
 * @param currentVersion the version now stored (null when there is none)
 */
public class StaleEditException extends RuntimeException {

    private final String updatedBy;
    private final Long currentVersion;

    public StaleEditException(String updatedBy, Long currentVersion) {
        super("stale edit, now version " + currentVersion + " by " + updatedBy);
        this.updatedBy = updatedBy;
        this.currentVersion = currentVersion;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
