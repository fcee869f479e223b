package vn.kehoach.plan;

/**
 * Drafters sent a plan to the leaders of its issuing agency for signature. The reporting module tells those leaders.
 *
 * @param amendment whether the plan is an amendment ("sửa đổi, bổ sung") of an issued plan
 */
public record PlanSubmitted(long planId, String title, long issuerAgencyId, long draftingAgencyId,
                            boolean amendment) {
}
