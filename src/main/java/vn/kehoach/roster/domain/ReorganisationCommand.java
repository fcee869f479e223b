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
 */
public record ReorganisationCommand(Reorganisation.Kind kind, LocalDate effectiveOn, List<Long> predecessorIds,
                                    List<NewUnit> newUnits, List<Long> existingSuccessorIds,
                                    AgencyDisposition agencies, String note) {

    public record NewUnit(String code, String name, String fullName, String nameEn, UnitType type, Long parentId) {
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
