package vn.kehoach.roster;

import vn.kehoach.shared.text.OfficialText;
import vn.kehoach.shared.text.VietnameseText;

import java.util.Arrays;
import java.util.Optional;

/**
 * Types of administrative unit, with the wording of the official lists (QĐ 19/2025/QĐ-TTg and earlier).
 */
public enum UnitType {
    CENTRAL(UnitLevel.CENTRAL), PROVINCE(UnitLevel.PROVINCE), CENTRAL_CITY(UnitLevel.PROVINCE), RURAL_DISTRICT(
            UnitLevel.DISTRICT), URBAN_DISTRICT(UnitLevel.DISTRICT), DISTRICT_TOWN(UnitLevel.DISTRICT), PROVINCIAL_CITY(
                    UnitLevel.DISTRICT), MUNICIPAL_CITY(UnitLevel.DISTRICT), COMMUNE(UnitLevel.COMMUNE), WARD(
                            UnitLevel.COMMUNE), TOWNSHIP(UnitLevel.COMMUNE), SPECIAL_ZONE(UnitLevel.COMMUNE);

    private final UnitLevel level;

    UnitType(UnitLevel level) {
        this.level = level;
    }

    /**
     * The official wording, e.g. "Thành phố trực thuộc trung ương" (messages {@code UnitType.*}, in Vietnamese: it
     * starts the unit's official name and is what official lists are read by). Pages name a type in the reader's
     * language from the same keys.
     */
    public String label() {
        return OfficialText.of("UnitType." + name());
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
            case CENTRAL_CITY, PROVINCIAL_CITY, MUNICIPAL_CITY -> OfficialText.of("UnitType.prefix.city");
            default -> label().toLowerCase(VietnameseText.VIETNAMESE);
        };
    }

    /** Reads the wording of an official list; also accepts the short "Thành phố" of district lists. */
    public static Optional<UnitType> fromLabel(String label) {
        if (label == null) return Optional.empty();
        String wanted = label.strip();
        return Arrays.stream(values()).filter(t -> t.label().equalsIgnoreCase(wanted)).findFirst();
    }
}
