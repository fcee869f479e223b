package vn.kehoach.audit;

/**
 * Everything the audit trail records, each with the kind of object it concerns. Plan and report steps carry the
 * names of the plan module's and reporting module's own steps after the prefix ({@code PLAN_ISSUE},
 * {@code REPORT_ACCEPT}), so that every step they keep in their history has its audit action.
 */
public enum AuditAction {
    SIGN_IN(AuditObject.ACCOUNT), SIGN_IN_FAILED(AuditObject.ACCOUNT), SIGN_IN_LOCKED(
            AuditObject.ACCOUNT), SIGN_IN_UNLOCKED(AuditObject.ACCOUNT), ADDRESS_BLOCKED(
                    AuditObject.ADDRESS), PASSWORD_CHANGED(AuditObject.ACCOUNT), ACCOUNT_CREATED(
                            AuditObject.ACCOUNT), ACCOUNT_UPDATED(AuditObject.ACCOUNT), ACCOUNT_ROLES_REFUSED(
                                    AuditObject.ACCOUNT), ACCOUNT_DISABLED(AuditObject.ACCOUNT), ACCOUNT_ENABLED(
                                            AuditObject.ACCOUNT), ACCOUNT_PASSWORD_RESET(
                                                    AuditObject.ACCOUNT), ACCOUNT_MOVED(
                                                            AuditObject.ACCOUNT), ACCOUNTS_IMPORTED(AuditObject.IMPORT),

    UNIT_CREATED(AuditObject.UNIT), UNIT_UPDATED(AuditObject.UNIT), UNITS_IMPORTED(AuditObject.IMPORT), LINKS_IMPORTED(
            AuditObject.IMPORT), LINK_CONFIRMED(AuditObject.UNIT_LINK), LINK_REJECTED(
                    AuditObject.UNIT_LINK), AGENCY_CREATED(
                            AuditObject.AGENCY), AGENCY_UPDATED(AuditObject.AGENCY), AGENCY_CLOSED(
                                    AuditObject.AGENCY), AGENCIES_FROM_TEMPLATES(AuditObject.UNIT), FOCAL_AGENCY_SET(
                                            AuditObject.AGENCY), REORGANISATION_RECORDED(AuditObject.REORGANISATION),

    PLAN_CREATE(AuditObject.PLAN), PLAN_IMPORT(AuditObject.PLAN), PLAN_SUBMIT(AuditObject.PLAN), PLAN_RECALL(
            AuditObject.PLAN), PLAN_RETURN(AuditObject.PLAN), PLAN_ISSUE(AuditObject.PLAN), PLAN_REVOKE(
                    AuditObject.PLAN), PLAN_AMEND(AuditObject.PLAN), PLAN_SUPERSEDE(
                            AuditObject.PLAN), PLAN_COPY_FORWARD(AuditObject.PLAN), PLAN_IMPLEMENT(AuditObject.PLAN),

    REPORT_CREATE(AuditObject.REPORT), REPORT_START(AuditObject.REPORT), REPORT_REQUEST_APPROVAL(
            AuditObject.REPORT), REPORT_SEND_BACK(AuditObject.REPORT), REPORT_SUBMIT(AuditObject.REPORT), REPORT_ACCEPT(
                    AuditObject.REPORT), REPORT_RETURN(
                            AuditObject.REPORT), REPORT_UNLOCK(AuditObject.REPORT), REPORT_CANCEL(
                                    AuditObject.REPORT), REPORT_CONSOLIDATE(AuditObject.REPORT), REPORT_MOVE(
                                            AuditObject.REPORT), REPORT_REASSIGN(AuditObject.REPORT),

    TARGET_DEFINITION_CREATED(AuditObject.STRATEGY_TARGET), TARGET_DEFINITION_UPDATED(
            AuditObject.STRATEGY_TARGET), FIGURE_OVERRIDDEN(AuditObject.FIGURE), FIGURE_OVERRIDE_CLEARED(
                    AuditObject.FIGURE), LOCAL_TARGETS_SAVED(AuditObject.LOCAL_TARGET);

    private final AuditObject object;

    AuditAction(AuditObject object) {
        this.object = object;
    }

    public AuditObject object() {
        return object;
    }

    /** The audit action of a step the plan module keeps in a plan's history. */
    public static AuditAction ofPlanStep(Enum<?> step) {
        return valueOf("PLAN_" + step.name());
    }

    /** The audit action of a step the reporting module keeps in a report's history. */
    public static AuditAction ofReportStep(Enum<?> step) {
        return valueOf("REPORT_" + step.name());
    }
}
