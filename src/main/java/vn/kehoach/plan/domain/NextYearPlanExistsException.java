package vn.kehoach.plan.domain;

import vn.kehoach.shared.web.BusinessRuleException;

/** The unit already has a plan for the year a copy would be made for: the user is sent to that plan instead. */
public class NextYearPlanExistsException extends BusinessRuleException {

    private final long existingPlanId;

    NextYearPlanExistsException(String messageKey, long existingPlanId, Object... args) {
        super(messageKey, args);
        this.existingPlanId = existingPlanId;
    }

    public long existingPlanId() {
        return existingPlanId;
    }
}
