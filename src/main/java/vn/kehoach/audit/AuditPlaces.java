package vn.kehoach.audit;

import java.util.Optional;

/**
 * Where a unit or an agency sits in the hierarchy, for the audit trail to keep with each record (a unit administrator
 * searches their own subtree). Implemented by the roster, which the audit module must not depend on.
 */
public interface AuditPlaces {

    /** @param path the unit's materialised path, "/1/1051/1207/" */
    record Place(long unitId, String path, String name) {
    }

    Optional<Place> ofUnit(long unitId);

    Optional<Place> ofAgency(long agencyId);
}
