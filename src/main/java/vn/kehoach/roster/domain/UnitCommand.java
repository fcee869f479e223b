package vn.kehoach.roster.domain;

import vn.kehoach.roster.UnitType;

import java.time.LocalDate;

/** Create or edit a unit by hand (the official lists come in through the import). */
public record UnitCommand(String code, String name, String fullName, String nameEn, UnitType type, Long parentId,
                          LocalDate validFrom, LocalDate validTo) {
}
