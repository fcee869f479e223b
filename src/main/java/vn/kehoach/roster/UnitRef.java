package vn.kehoach.roster;

import java.time.LocalDate;

/**
 * An administrative unit as other modules see it.
 *
 * @param name     the name alone ("Đăk Cấm")
 * @param fullName with its type ("Phường Đăk Cấm")
 * @param path     materialised path of ids, "/1/1051/1207/"
 */
public record UnitRef(long id, String code, String name, String fullName, UnitType type, UnitLevel level,
                      Long parentId, String path, LocalDate validFrom, LocalDate validTo) {

    public boolean validAt(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    /** The name as written in running text: "phường Đăk Cấm", "tỉnh Quảng Ngãi". */
    public String inlineName() {
        return type == UnitType.CENTRAL ? fullName : type.prefix() + " " + name;
    }
}
