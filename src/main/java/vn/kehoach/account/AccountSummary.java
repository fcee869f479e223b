package vn.kehoach.account;

import vn.kehoach.shared.security.Role;

import java.time.Instant;
import java.util.Set;

/** A row of the account list, with the agency and unit the account belongs to. */
public record AccountSummary(long id, String username, String displayName, String email, String phone,
                             boolean enabled, boolean mustChangePassword, Set<Role> roles, Long agencyId,
                             String agencyName, Long unitId, String unitName, String unitPath, Instant lastLoginAt,
                             String disabledReason, long version) {
}
