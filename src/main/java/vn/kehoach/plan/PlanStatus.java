package vn.kehoach.plan;

/** Where a plan is in its life. */
public enum PlanStatus {
    /** Being written by the drafting agency. */
    DRAFT,
    /** Waiting for the unit's leader. */
    SUBMITTED,
    /** Sent back to the drafters with a reason. */
    RETURNED,
    /** Signed and numbered: fixed, cascades to the units below. */
    ISSUED,
    /** Issued, then replaced by an issued amendment ("sửa đổi, bổ sung"). */
    AMENDED,
    /** Withdrawn after issue, with a reason. */
    REVOKED;

    public boolean isEditable() { return this == DRAFT || this == RETURNED; }

    /** Issued plans (also those later amended) are what the units below implement and report on. */
    public boolean isIssued() {
        return this == ISSUED || this == AMENDED;
    }
}
