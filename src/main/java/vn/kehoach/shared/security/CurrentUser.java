package vn.kehoach.shared.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in user as every module sees it: who they are, what they may do, and where they sit in the hierarchy.
 * Services take it as an argument and check scope on every read and write.
 *
 * @param agencyId  the agency (cơ quan) the user works for; null only for a system administrator without one
 * @param unitId    the administrative unit of that agency
 * @param unitPath  the unit's materialised path ("/1/51/21484/"); "everything below me" is a prefix match on it
 * @param unitLevel CENTRAL, PROVINCE, DISTRICT or COMMUNE
 */
public record CurrentUser(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        Long agencyId,
        String agencyName,
        Long unitId,
        String unitName,
        String unitPath,
        String unitLevel) implements Serializable {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
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

    public boolean isSystemAdmin() {
        return roles.contains(Role.SYSTEM_ADMIN);
    }

    /** Whether a unit with the given path is this user's own unit or lies below it. */
    public boolean covers(String otherUnitPath) {
        if (isSystemAdmin()) return true;
        return unitPath != null && otherUnitPath != null && otherUnitPath.startsWith(unitPath);
    }
}
