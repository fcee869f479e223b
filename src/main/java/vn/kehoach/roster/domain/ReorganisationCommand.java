package vn.kehoach.roster.domain;

import vn.kehoach.roster.UnitType;

import java.time.LocalDate;
import java.util.List;

/**
 * "These units became that unit on this date."
 *
 * @param predecessorIds       the units that end the day before {@code effectiveOn}
 * @param newUnits             successor units to create
 * @param existingSuccessorIds successor units that already exist (e.g. imported from the new official list)
 * @param agencies             what happens to the agencies of the units that end
 * @param transferChildren     the units still valid below a unit that merges or is renamed carry on under the
 *                             successor (a province merged into another with its communes); without it they must be
 *                             reorganised first. The end of a district always carries its communes over.
 */
public record ReorganisationCommand(Reorganisation.Kind kind, LocalDate effectiveOn, List<Long> predecessorIds,
                                    List<NewUnit> newUnits, List<Long> existingSuccessorIds,
                                    AgencyDisposition agencies, String note, boolean transferChildren) {

    public ReorganisationCommand(Reorganisation.Kind kind, LocalDate effectiveOn, List<Long> predecessorIds,
                                 List<NewUnit> newUnits, List<Long> existingSuccessorIds, AgencyDisposition agencies,
                                 String note) {
        this(kind, effectiveOn, predecessorIds, newUnits, existingSuccessorIds, agencies, note, false);
    }

    /** A successor to create; {@code fullName} defaults to the type's wording and the name ("Xã" + "Ba Tơ"). */
    public record NewUnit(String code, String name, String fullName, String nameEn, UnitType type, Long parentId) {

        public NewUnit {
            if (fullName == null && type != null && name != null) fullName = type.label() + " " + name;
        }
    }

    public enum AgencyDisposition {
        /** The agencies carry on in the (first) successor unit, with their accounts. */
        MOVE,
        /**
         * The agencies end; their accounts move to the successor's agency of the same sector (the successor gets its
         * usual agencies from the templates if it has none), or are disabled where there is none.
         */
        CLOSE
    }

    public ReorganisationCommand {
        predecessorIds = predecessorIds == null ? List.of() : List.copyOf(predecessorIds);
        newUnits = newUnits == null ? List.of() : List.copyOf(newUnits);
        existingSuccessorIds = existingSuccessorIds == null ? List.of() : List.copyOf(existingSuccessorIds);
        if (agencies == null) agencies = AgencyDisposition.MOVE;
    }
}
