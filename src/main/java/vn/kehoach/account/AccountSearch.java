package vn.kehoach.account;

import vn.kehoach.shared.security.Role;

/** Filters of the account list; {@code enabled} null lists both. */
public record AccountSearch(String q, Long unitId, Role role, Boolean enabled, int page, int size) {

    public AccountSearch {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 200);
    }
}
