package vn.kehoach.shared.db;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * "Under this unit" in SQL: the units whose materialised path ("/1/1052/123/") starts with the unit's path. Written
 * as a range, {@code path >= :from and path < :to}, it uses the path index in every plan, whereas
 * {@code path like :prefix} only can when the prefix is a constant at planning time: prepared statements, once
 * PostgreSQL switches them to a generic plan, then read every unit of the country.
 */
public final class UnitPaths {

    private UnitPaths() {
    }

    /**
     * The exclusive upper bound of the paths starting with {@code path}. Paths hold digits and slashes only (a check
     * constraint keeps them so) and the column's collation is C, so every longer path that starts with it sorts below
     * the path followed by "~".
     */
    public static String upperBound(String path) {
        return path + "~";
    }

    /**
     * The condition that {@code column} is {@code path} or a path under it, with its two parameters added to
     * {@code params} as {@code param} and {@code param + "End"}.
     */
    public static String under(String column, String param, String path, MapSqlParameterSource params) {
        params.addValue(param, path).addValue(param + "End", upperBound(path));
        return "(" + column + " >= :" + param + " and " + column + " < :" + param + "End)";
    }
}
