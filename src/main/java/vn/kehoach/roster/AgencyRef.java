package vn.kehoach.roster;

import java.time.LocalDate;

/**
 * An agency as other modules see it, with the unit it belongs to.
 *
 * @param shortName abbreviation used in document symbols ("SNV" in "KH-SNV")
 */
public record AgencyRef(long id, String name, String shortName, AgencyKind kind, Sector sector, int sortOrder,
                        LocalDate validFrom, LocalDate validTo, long unitId, String unitCode, String unitName,
                        String unitPath, UnitLevel unitLevel) {

    public boolean activeAt(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
