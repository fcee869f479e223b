package vn.kehoach.officialdoc;

/** The document type (tên loại, ô 5a) and what the decree attaches to it. */
public enum DocumentKind {
    PLAN("KH"), REPORT("BC");

    private final String abbreviation;

    DocumentKind(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /** The tên loại line printed above the trích yếu: "KẾ HOẠCH". */
    public String heading() {
        return Texts.upper(displayName());
    }

    /** The name as used inside sentences ("Kèm theo Kế hoạch số …"). */
    public String displayName() {
        return Words.of("officialdoc.kind." + name());
    }

    /** The abbreviation that starts the symbol (Decree 30, Phụ lục III): "KH" in "KH-UBND". */
    public String abbreviation() {
        return abbreviation;
    }
}
