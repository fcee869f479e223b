package vn.kehoach.account;

import vn.kehoach.shared.security.Role;

import java.time.Instant;
import java.util.Set;

/**
 * A row of the account list, with the agency and unit the account belongs to.
 *
 * @param failedSignIns    failed sign-ins counted against the username since its last success
 * @param signInHeldUntil  until when sign-ins are refused (a wait or a lock), if that was ever set; may be past
 */
public record AccountSummary(long id, String username, String displayName, String email, String phone,
                             boolean enabled, boolean mustChangePassword, Set<Role> roles, Long agencyId,
                             String agencyName, Long unitId, String unitName, String unitPath, Instant lastLoginAt,
                             String disabledReason, long version, int failedSignIns, Instant signInHeldUntil) {

    public boolean signInHeldAt(Instant now) {
        return signInHeldUntil != null && signInHeldUntil.isAfter(now);
    }
}
