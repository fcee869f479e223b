package vn.kehoach.plan.domain;

import vn.kehoach.plan.PlanStatus;
import vn.kehoach.roster.UnitLevel;

/**
 * Filters of the plan list.
 *
 * @param unitId           plans issued in this unit or below it
 * @param assignedAgencyId plans giving this agency a task (lead or coordinating)
 */
public record PlanSearch(String q, Integer year, UnitLevel level, Long unitId, PlanStatus status,
                         Long assignedAgencyId, int page, int size) {

    public PlanSearch {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }
}
