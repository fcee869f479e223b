package vn.kehoach.plan.domain;

import vn.kehoach.plan.PlanStatus;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;

import java.util.function.BooleanSupplier;

/**
 * Who may do what with a plan. Reading: the issuing unit's subtree (and the units it was formed from), the units
 * below an issued plan (they implement it), agencies it assigns. Writing: the drafting agency's drafters while it
 * is a draft; deciding: the issuing agency's leaders.
 */
public final class PlanAccess {

    private PlanAccess() {
    }

    /**
     * @param issuerUnitPath   path of the unit that issues the plan
     * @param assignsMyAgency  whether an issued plan gives the user's agency a task; asked last, since it reads the
     *                         plan's sections
     */
    public static boolean canView(CurrentUser user, Plan plan, String issuerUnitPath,
                                  BooleanSupplier assignsMyAgency) {
        if (user.isSystemAdmin() || user.covers(issuerUnitPath)) return true;
        if (!plan.getStatus().isIssued()) return false;
        return user.isBelow(issuerUnitPath) || assignsMyAgency.getAsBoolean();
    }

    public static boolean canEdit(CurrentUser user, Plan plan) {
        return plan.getStatus().isEditable() && isDrafter(user, plan);
    }

    public static boolean isDrafter(CurrentUser user, Plan plan) {
        return user.has(Role.DRAFTER) && plan.getDraftingAgencyId().equals(user.agencyId());
    }

    public static boolean canRecall(CurrentUser user, Plan plan) {
        return plan.getStatus() == PlanStatus.SUBMITTED && isDrafter(user, plan);
    }

    public static boolean isLeader(CurrentUser user, Plan plan) {
        return user.has(Role.LEADER) && plan.getIssuerAgencyId().equals(user.agencyId());
    }

    public static boolean canDecide(CurrentUser user, Plan plan) {
        return plan.getStatus() == PlanStatus.SUBMITTED && isLeader(user, plan);
    }

    public static boolean canRevoke(CurrentUser user, Plan plan) {
        return plan.getStatus() == PlanStatus.ISSUED && isLeader(user, plan);
    }

    public static boolean canAmend(CurrentUser user, Plan plan) {
        return plan.getStatus() == PlanStatus.ISSUED && isDrafter(user, plan);
    }

    public static boolean canCopyForward(CurrentUser user, Plan plan) {
        return isDrafter(user, plan);
    }

    /** A drafter of a unit below an issued plan's issuer may start the unit's implementing plan. */
    public static boolean canImplement(CurrentUser user, Plan plan, String issuerUnitPath) {
        return plan.getStatus() == PlanStatus.ISSUED && user.has(Role.DRAFTER) && user.isBelow(issuerUnitPath);
    }
}
