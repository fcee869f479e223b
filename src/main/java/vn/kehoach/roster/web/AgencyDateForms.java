package vn.kehoach.roster.web;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * The dates the actions on an agency's page take effect: each its own form and field name, since both forms stand on
 * the same page.
 */
final class AgencyDateForms {

    private AgencyDateForms() {
    }

    /** From when the agency is the unit's focal agency. */
    public static class Focal {

        @NotNull
        private LocalDate from;

        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
    }

    /** From when the agency no longer exists. */
    public static class Close {

        @NotNull
        private LocalDate effectiveOn;

        public LocalDate getEffectiveOn() { return effectiveOn; }
        public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    }
}
