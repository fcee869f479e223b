package vn.kehoach.shared.security;

import org.springframework.security.access.AccessDeniedException;

/** Role checks every service repeats; they answer 403 through Spring Security's handling. */
public final class Access {

    private Access() {
    }

    public static void requireSystemAdmin(CurrentUser user) {
        if (!user.isSystemAdmin()) throw new AccessDeniedException("system administrator only");
    }

    public static void requireAny(CurrentUser user, Role... roles) {
        if (!user.hasAny(roles)) throw new AccessDeniedException("missing role");
    }
}
