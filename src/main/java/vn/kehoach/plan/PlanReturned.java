package vn.kehoach.plan;

/** A leader sent a submitted plan back to its drafters, with the reason. The reporting module tells the drafters. */
public record PlanReturned(long planId, String title, long draftingAgencyId, String reason) {
}
