package vn.kehoach.roster;

/** Tier of the administrative hierarchy. DISTRICT exists only before 1/7/2025. */
public enum UnitLevel {
    CENTRAL, PROVINCE, DISTRICT, COMMUNE;

    /** Code length in the official lists: provinces 2 digits, districts 3, communes 5. */
    public int codeLength() {
        return switch (this) {
            case CENTRAL -> 2;
            case PROVINCE -> 2;
            case DISTRICT -> 3;
            case COMMUNE -> 5;
        };
    }
}
