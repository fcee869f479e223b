package vn.kehoach.plan;

/**
 * A plan of the level above was amended while a unit's plan implements it: {@code planId} is now flagged until its
 * drafters adapt it or dismiss the flag. The reporting module tells those drafters.
 *
 * @param amendmentId the issued amendment of the parent plan
 * @param previousId  the parent revision the unit's plan was written against
 */
public record ParentPlanAmended(long planId, String title, long draftingAgencyId, long amendmentId, long previousId,
                                String amendmentReference) {
}
