package vn.kehoach.roster;

import java.time.LocalDate;

/** A row of a unit list: the unit with its parent's code and name. */
public record UnitSummary(long id, String code, String name, String fullName, UnitType type, UnitLevel level,
                          Long parentId, String parentCode, String parentName, LocalDate validFrom, LocalDate validTo) {
}
