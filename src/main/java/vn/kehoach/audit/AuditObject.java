package vn.kehoach.audit;

/** What an audited action was done to; the search page filters on it. */
public enum AuditObject {
    ACCOUNT, ADDRESS, UNIT, UNIT_LINK, AGENCY, REORGANISATION, IMPORT, PLAN, REPORT, STRATEGY_TARGET, FIGURE, LOCAL_TARGET
}
