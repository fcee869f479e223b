package vn.kehoach.roster;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Types of administrative unit, with the wording of the official lists (QĐ 19/2025/QĐ-TTg and earlier).
 */
public enum UnitType {
    CENTRAL("Trung ương", UnitLevel.CENTRAL), PROVINCE("Tỉnh", UnitLevel.PROVINCE), CENTRAL_CITY(
            "Thành phố trực thuộc trung ương",
            UnitLevel.PROVINCE), RURAL_DISTRICT("Huyện", UnitLevel.DISTRICT), URBAN_DISTRICT("Quận",
                    UnitLevel.DISTRICT), DISTRICT_TOWN("Thị xã", UnitLevel.DISTRICT), PROVINCIAL_CITY(
                            "Thành phố thuộc tỉnh",
                            UnitLevel.DISTRICT), MUNICIPAL_CITY("Thành phố thuộc thành phố trực thuộc trung ương",
                                    UnitLevel.DISTRICT), COMMUNE("Xã", UnitLevel.COMMUNE), WARD("Phường",
                                            UnitLevel.COMMUNE), TOWNSHIP("Thị trấn",
                                                    UnitLevel.COMMUNE), SPECIAL_ZONE("Đặc khu", UnitLevel.COMMUNE);

    private final String label;
    private final UnitLevel level;

    UnitType(String label, UnitLevel level) {
        this.label = label;
        this.level = level;
    }

    /** The official wording, e.g. "Thành phố trực thuộc trung ương". */
    public String label() {
        return label;
    }

    public UnitLevel level() {
        return level;
    }

    /**
     * The generic word as written before a name in running text (Decree 30, Phụ lục II: lower case), e.g. "phường",
     * "tỉnh", "thành phố".
     */
    public String prefix() {
        return switch (this) {
            case CENTRAL_CITY, PROVINCIAL_CITY, MUNICIPAL_CITY -> "thành phố";
            default -> label.toLowerCase(Locale.forLanguageTag("vi"));
        };
    }

    /** Reads the wording of an official list; also accepts the short "Thành phố" of district lists. */
    public static Optional<UnitType> fromLabel(String label) {
        if (label == null) return Optional.empty();
        String wanted = label.strip();
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(wanted)).findFirst();
    }
}
