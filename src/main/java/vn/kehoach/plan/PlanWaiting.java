package vn.kehoach.plan;

import java.time.LocalDate;

/**
 * A plan that waits for the user to act: to sign (leaders), to revise (drafters, returned), to implement (drafters of
 * the units below an issued plan) or to adapt to an amended plan of the level above (its drafters).
 *
 * @param reference "15/KH-UBND", or null before the plan has a number
 * @param dueDate   for a plan implementing one of the level above (or to be implemented), the next date the units
 *                  must report on it — the latest one when all have passed; null when the plan sets none
 * @param since     the day it reached the user: sent, returned, issued, or the day the parent was amended
 */
public record PlanWaiting(Kind kind, long planId, String title, String reference, String unitName,
                          LocalDate dueDate, LocalDate since) {

    public enum Kind { TO_APPROVE, RETURNED, TO_IMPLEMENT, PARENT_AMENDED }
}
