package vn.kehoach.roster;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters of a unit list. {@code at} null means every period; {@code parentId} lists direct children,
 * {@code within} whole subtrees.
 */
public record UnitSearch(String q, UnitLevel level, UnitType type, Long parentId, Within within, LocalDate at,
                         int page, int size) {

    public static final int MAX_SIZE = 200;

    /**
     * The units below any of these materialised paths; with {@code includeRoots} the units at the paths too.
     * No path at all matches nothing.
     */
    public record Within(List<String> paths, boolean includeRoots) {

        public Within {
            paths = List.copyOf(paths);
        }
    }

    public UnitSearch {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }
}
