package vn.kehoach.roster.domain;

/**
 * The units, agencies, plans or reports changed between the preview the administrator confirmed and the recording:
 * nothing was recorded, and the new preview is to be confirmed instead.
 */
public class ReorganisationChanged extends RuntimeException {

    private final transient ReorganisationPreview preview;

    public ReorganisationChanged(ReorganisationPreview preview) {
        super("reorganisation preview changed");
        this.preview = preview;
    }

    public ReorganisationPreview preview() {
        return preview;
    }
}
