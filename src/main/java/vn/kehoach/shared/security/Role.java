package vn.kehoach.shared.security;

/**
 * What a user may do. Where they may do it is decided by their agency and its unit (see {@link CurrentUser}).
 */
public enum Role {
    /** Keeps the national roster and every account. */
    SYSTEM_ADMIN,
    /** Keeps agencies and accounts of their own unit and the units below it. */
    UNIT_ADMIN,
    /** Drafts plans and reports for their agency. */
    DRAFTER,
    /** Approves and issues plans and reports on behalf of the unit (Chủ tịch / Phó Chủ tịch, Giám đốc). */
    LEADER,
    /** Reports on the tasks assigned to their agency. */
    REPORTER,
    /** Reviews reports sent to their agency and compiles them (the focal agency's staff). */
    REVIEWER,
    /** Reads what their unit may see, changes nothing. */
    VIEWER;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
