package vn.kehoach.reporting;

import java.util.EnumSet;
import java.util.Set;

/** Where a report stands, from the obligation to its acceptance by the receiving agency. */
public enum ReportStatus {
    /** The obligation exists; nothing written yet. */
    NOT_STARTED, DRAFT,
    /** A unit's report waits for the unit leader's approval before it is sent. */
    AWAITING_APPROVAL, SUBMITTED,
    /** Sent back by the reviewer (or unlocked after acceptance) to be corrected and sent again. */
    RETURNED,
    /** Locked: only the reviewer can unlock it. */
    ACCEPTED,
    /** No longer owed (plan revoked or amended, unit merged); kept with what was written. */
    CANCELLED;

    /** Statuses in which the reporter still owes the report. */
    public static final Set<ReportStatus> OPEN = EnumSet.of(NOT_STARTED, DRAFT, AWAITING_APPROVAL, RETURNED);

    public boolean isOpen() { return OPEN.contains(this); }

    /** The reporter may change the content. */
    public boolean isEditable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }
}
