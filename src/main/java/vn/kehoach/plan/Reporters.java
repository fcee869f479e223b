package vn.kehoach.plan;

/** Who must send a report required by a plan. */
public enum Reporters {
    /** Each agency assigned a task in the plan. */
    ASSIGNED_AGENCIES,
    /** Each unit directly below the issuing unit (through its own focal agency). */
    SUBORDINATE_UNITS, BOTH;

    public boolean includesAgencies() {
        return this != SUBORDINATE_UNITS;
    }

    public boolean includesUnits() {
        return this != ASSIGNED_AGENCIES;
    }
}
