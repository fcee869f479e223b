package vn.kehoach.shared.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user as every module sees it: who they are, what they may do, and where they sit in the hierarchy.
 * Services take it as an argument and check scope on every read and write.
 *
 * @param agencyId   the agency (cơ quan) the user works for; null only for a system administrator without one
 * @param unitId     the administrative unit of that agency
 * @param unitPath   the unit's materialised path ("/1/1051/1207/"); "everything below me" is a prefix match on it
 * @param unitLevel  CENTRAL, PROVINCE, DISTRICT or COMMUNE
 * @param scopePaths the unit's own path and those of the units it succeeded (a merged province sees the history of
 *                   the provinces it was formed from); the user's data scope is everything under one of them
 */
public record CurrentUser(
                          long id,
                          String username,
                          String displayName,
                          Set<Role> roles,
                          Long agencyId,
                          String agencyName,
                          Long unitId,
                          String unitCode,
                          String unitName,
                          String unitPath,
                          String unitLevel,
                          List<String> scopePaths)
        implements
            Serializable {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        scopePaths = scopePaths == null ? List.of() : List.copyOf(scopePaths);
    }

    /** The application itself acting as a system administrator (demo data, scheduled jobs). */
    public static CurrentUser system(String name) {
        return new CurrentUser(0, name, name, Set.of(Role.SYSTEM_ADMIN), null, null, null, null, null, null, null,
                List.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) return true;
        }
        return false;
    }

    public boolean isSystemAdmin() { return roles.contains(Role.SYSTEM_ADMIN); }

    /** Whether a unit with the given path is this user's own unit, lies below it, or below a unit it succeeded. */
    public boolean covers(String otherUnitPath) {
        if (isSystemAdmin()) return true;
        if (otherUnitPath == null) return false;
        for (String scope : scopePaths) {
            if (otherUnitPath.startsWith(scope)) return true;
        }
        return false;
    }

    /** Whether the unit with the given path is one of this user's ancestors (a level above them). */
    public boolean isBelow(String otherUnitPath) {
        return unitPath != null && otherUnitPath != null && !unitPath.equals(otherUnitPath)
                && unitPath.startsWith(otherUnitPath);
    }
}
