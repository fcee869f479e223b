package vn.kehoach.account;

import vn.kehoach.shared.security.Role;

import java.util.Set;

/** Create or edit an account. The username cannot change once created. */
public record AccountCommand(String username, String displayName, Long agencyId, Set<Role> roles, String email,
                             String phone) {
}
