package vn.kehoach.roster;

import java.time.LocalDate;

/**
 * Filters of a unit list. {@code at} null means every period; {@code parentId} lists direct children,
 * {@code underPath} a whole subtree.
 */
public record UnitSearch(String q, UnitLevel level, UnitType type, Long parentId, String underPath, LocalDate at,
                         int page, int size) {

    public static final int MAX_SIZE = 200;

    public UnitSearch {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }
}
