package vn.kehoach.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What another module keeps on the units a reorganisation ends, shown in the reorganisation's preview before the
 * administrator confirms it (plans whose drafting and implementation the successor takes over, reports still owed,
 * accounts that move or are disabled). Implemented by the modules that keep those records, so that the roster never
 * depends on them. Each implementation answers in a fixed number of statements, whatever the number of units.
 */
public interface ReorganisationImpact {

    /** What this module holds on the units and agencies that end (or move) on {@code closing.effectiveOn()}. */
    Section heldBy(Closing closing);

    /**
     * @param unitIds    the units that end the day before {@code effectiveOn}
     * @param agencyIds  the agencies of those units that still work on their last day or start later
     * @param heirUnitId the existing unit that takes over their agencies; null when it is created by the
     *                   reorganisation (or there is none)
     */
    record Closing(LocalDate effectiveOn, Set<Long> unitIds, Set<Long> agencyIds, Long heirUnitId) {

        public Closing {
            unitIds = Set.copyOf(unitIds);
            agencyIds = Set.copyOf(agencyIds);
        }
    }

    /**
     * One part of the preview.
     *
     * @param order       where it comes among the parts (plans before reports before accounts)
     * @param titleKey    message key of its heading, with the count as argument
     * @param orphanedKey message key of what happens to an item whose agency ends without a successor agency
     */
    record Section(int order, String titleKey, String orphanedKey, List<Item> items) {

        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * One record that follows the successor.
     *
     * @param unitId     the ending unit it belongs to
     * @param agencyId   the agency it belongs to, when it follows that agency (a report, an account); null when it
     *                   follows the unit (a plan)
     * @param labelKey   message key of its name, with {@code labelArgs}
     * @param detail     a second line (plan reference, agency), or null
     * @param href       where to open it, or null
     * @param stateKey   message key of its state, or null
     * @param mergeKey   records with the same key handed over to the same successor unit become one: the first
     *                   carries on, the others end (a unit's report owed on a requirement); null when each carries on
     * @param heirHasOne the heir already has its own record with {@code mergeKey}, so this one ends
     */
    record Item(long id, long unitId, Long agencyId, String labelKey, List<Object> labelArgs, String detail,
                String href, String stateKey, String mergeKey, boolean heirHasOne) {

        public Item {
            labelArgs = List.copyOf(labelArgs);
        }
    }
}
