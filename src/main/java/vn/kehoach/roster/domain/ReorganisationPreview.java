package vn.kehoach.roster.domain;

import vn.kehoach.roster.ReorganisationImpact;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitType;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reorganisation would do, worked out before anything changes: the units that end and those that start, the
 * links between them, what becomes of the agencies, and what other modules hold on the units that end. An
 * administrator confirms exactly this; {@link #digest()} tells whether it is still what recording would do.
 *
 * @param closing   units that end the day before the date: those named, then the units below them carried over
 * @param created   units that start on the date: new successors, then the new versions of the units carried over
 * @param receiving existing units that take over
 * @param templated agencies the heir gets from its level's templates, to take over the people of those that close
 * @param problems  why it cannot be recorded as given; empty when it can
 */
public record ReorganisationPreview(Reorganisation.Kind kind, LocalDate effectiveOn, String note,
                                    ReorganisationCommand.AgencyDisposition disposition, List<UnitLine> closing,
                                    List<UnitLine> created, List<UnitLine> receiving, List<LinkLine> links,
                                    List<AgencyLine> agencies, List<String> templated, List<ImpactSection> impacts,
                                    List<Problem> problems, String digest) {

    public boolean valid() {
        return problems.isEmpty();
    }

    public LocalDate lastDay() {
        return effectiveOn == null ? null : effectiveOn.minusDays(1);
    }

    /** How many of the units that end are carried over under a successor rather than named by the administrator. */
    public long transferredCount() {
        return closing.stream().filter(UnitLine::transferred).count();
    }

    /** @param id null for a unit still to be created */
    public record UnitLine(Long id, String code, String fullName, UnitType type, UnitLevel level, String parentName,
                           LocalDate validFrom, LocalDate validTo, boolean transferred) {
    }

    /** @param suggested the link was already suggested by an imported crosswalk and is confirmed as it is */
    public record LinkLine(String fromCode, String fromName, String toCode, String toName, UnitLink.Kind kind,
                           boolean partial, boolean suggested) {
    }

    /** @param target the unit it moves to, or the agency that takes over its people; null when none does */
    public record AgencyLine(String unitName, String agencyName, AgencyFates.Fate fate, String target) {

        public String fateName() {
            return fate.name() + (target == null ? "_NONE" : "");
        }
    }

    public record ImpactSection(String titleKey, String orphanedKey, List<ImpactLine> items) {
    }

    /**
     * @param unitName   the unit that ends, where the record is now
     * @param follows    how it follows the successor
     * @param target     the unit or agency it follows to; null when it is orphaned
     */
    public record ImpactLine(ReorganisationImpact.Item item, String unitName, Follow follows, String target) {
    }

    public enum Follow {
        /** Stays with the unit; the successor's people see and continue it. */
        UNIT,
        /** Its agency carries on in another unit. */
        AGENCY_MOVES,
        /** Its agency ends; the successor agency takes it over. */
        AGENCY_TAKEN_OVER,
        /** Its agency ends; the successor agency keeps one such record for the successor unit, and this one ends. */
        MERGED,
        /** Its agency ends and none takes over. */
        ORPHANED
    }

    /**
     * Why the reorganisation cannot be recorded as given, and where it belongs on the form.
     *
     * @param index the new unit's position, for {@link Target#NEW_UNIT}
     * @param field the new unit's field ({@code code}, {@code name}, {@code type}, {@code parentId}), or null
     */
    public record Problem(Target target, int index, String field, String key, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }

        static Problem of(Target target, String key, Object... args) {
            return new Problem(target, -1, null, key, List.of(args));
        }

        static Problem newUnit(int index, String field, String key, Object... args) {
            return new Problem(Target.NEW_UNIT, index, field, key, List.of(args));
        }
    }

    public enum Target { DATE, PREDECESSORS, SUCCESSORS, NEW_UNIT, CHILDREN, AGENCIES }
}
