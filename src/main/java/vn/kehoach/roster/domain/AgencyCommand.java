package vn.kehoach.roster.domain;

import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.Sector;

import java.time.LocalDate;

public record AgencyCommand(long unitId, String name, String shortName, AgencyKind kind, Sector sector,
                            int sortOrder, LocalDate validFrom, LocalDate validTo) {
}
