package vn.kehoach.roster.domain;

import vn.kehoach.roster.AgencyKind;

import java.time.LocalDate;

/**
 * Filters of an agency list. {@code unitId} lists one unit's agencies; {@code withSubtree} adds the units below it;
 * {@code activeAt} null lists closed agencies too.
 */
public record AgencySearch(Long unitId, boolean withSubtree, String q, AgencyKind kind, LocalDate activeAt, int page,
                           int size) {

    public AgencySearch {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 200);
    }
}
