package vn.kehoach.roster.domain;

/** A reorganisation that cannot be recorded as given; the preview says every reason. */
public class ReorganisationRejected extends RuntimeException {

    private final transient ReorganisationPreview preview;

    public ReorganisationRejected(ReorganisationPreview preview) {
        super("reorganisation rejected: " + preview.problems());
        this.preview = preview;
    }

    public ReorganisationPreview preview() {
        return preview;
    }
}
