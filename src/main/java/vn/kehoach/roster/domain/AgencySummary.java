package vn.kehoach.roster.domain;

import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.Sector;
import vn.kehoach.roster.UnitLevel;

import java.time.LocalDate;

/** A row of an agency list, with its unit and whether it is the unit's focal agency today. */
public record AgencySummary(long id, String name, String shortName, AgencyKind kind, Sector sector, int sortOrder,
                            LocalDate validFrom, LocalDate validTo, long unitId, String unitCode, String unitName,
                            String unitPath, UnitLevel unitLevel, boolean focal) {
}
