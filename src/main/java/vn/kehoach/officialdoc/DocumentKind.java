package vn.kehoach.officialdoc;

/** The document type (tên loại, ô 5a) and what the decree attaches to it. */
public enum DocumentKind {
    PLAN("KẾ HOẠCH", "Kế hoạch", "KH"), REPORT("BÁO CÁO", "Báo cáo", "BC");

    private final String heading;
    private final String name;
    private final String abbreviation;

    DocumentKind(String heading, String name, String abbreviation) {
        this.heading = heading;
        this.name = name;
        this.abbreviation = abbreviation;
    }

    /** The tên loại line printed above the trích yếu: "KẾ HOẠCH". */
    public String heading() {
        return heading;
    }

    /** The name as used inside sentences ("Kèm theo Kế hoạch số …"). */
    public String displayName() {
        return name;
    }

    /** The abbreviation that starts the symbol (Decree 30, Phụ lục III): "KH" in "KH-UBND". */
    public String abbreviation() {
        return abbreviation;
    }
}
