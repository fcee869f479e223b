package vn.kehoach.roster.domain;

import vn.kehoach.roster.Sector;
import vn.kehoach.roster.UnitLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules that decide what becomes of each agency of a unit that ends, worked out without changing anything: the
 * preview shows their result and the recording applies the very same decisions, so what was confirmed is what happens.
 */
final class AgencyFates {

    private AgencyFates() {
    }

    /** An agency as the rules see it: one that exists, or one the level's templates would create (id null). */
    record View(Long id, String name, Sector sector, int sortOrder, LocalDate validFrom, LocalDate validTo) {

        static View of(Agency agency) {
            return new View(agency.getId(), agency.getName(), agency.getSector(), agency.getSortOrder(),
                    agency.getValidFrom(), agency.getValidTo());
        }

        boolean activeAt(LocalDate date) {
            return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
        }
    }

    enum Fate {
        /** Carries on, with its people and reports, in the successor unit (or the unit's new version). */
        MOVES,
        /** Ends the day before; its people and open reports go to {@code successor}, or nowhere when null. */
        CLOSES,
        /** Was only going to start from the date on: never starts; its people go to {@code successor}, if any. */
        RETIRES,
        /** Was only going to start from the date on: starts in the successor unit instead, lacking its sector. */
        STARTS_IN_HEIR
    }

    /** @param target the unit it moves or starts in (MOVES, STARTS_IN_HEIR) */
    record Decision(Agency agency, Fate fate, View successor, UnitTarget target) {
    }

    /** The unit an agency ends up in: an existing one, or one the reorganisation creates (id null). */
    record UnitTarget(Long id, String fullName, LocalDate validTo) {
    }

    /**
     * "Move": the agencies carry on in the successor, refusing two of the same name there. {@code taken} holds the
     * names already in the successor and grows with each unit moved into it.
     */
    static List<Decision> move(List<Agency> own, AdministrativeUnit from, LocalDate on, UnitTarget to,
                               Set<String> taken, List<String> clashes) {
        List<Decision> out = new ArrayList<>();
        for (Agency agency : own) {
            if (!carriesOn(agency, from, on) && agency.getValidFrom().isBefore(on)) continue;
            if (!taken.add(agency.getName())) clashes.add(agency.getName());
            out.add(new Decision(agency, Fate.MOVES, null, to));
        }
        return out;
    }

    /**
     * "Close": the working agencies end; their people go to the heir's agency of the same sector (the heir gets its
     * level's usual agencies from the templates when it has none working on the date). Agencies that were only going
     * to start on or after the date carry on in the heir where it lacks their sector, otherwise never start.
     *
     * @param heirAgencies the heir's agencies, updated with those that start in it (the next unit merged sees them)
     * @param templates    gives the heir its level's usual agencies, asked only when it has none working then
     */
    static List<Decision> close(List<Agency> own, AdministrativeUnit from, LocalDate on, UnitTarget heir,
                                UnitLevel heirLevel, List<View> heirAgencies, Supplier<List<View>> templates) {
        List<Agency> active = own.stream().filter(a -> carriesOn(a, from, on)).toList();
        List<Agency> future = own.stream().filter(a -> !a.getValidFrom().isBefore(on)).toList();
        List<Decision> out = new ArrayList<>();
        if (active.isEmpty() && future.isEmpty()) return out;
        Map<Sector, View> heirBySector = new HashMap<>();
        if (heir != null) {
            List<View> working = heirAgencies.stream().filter(a -> a.activeAt(on)).toList();
            if (working.isEmpty()) {
                heirAgencies.addAll(templates.get());
                working = heirAgencies;
            }
            // Stable on the order the agencies were read in (sort order, then name in Vietnamese order).
            working.stream().sorted(Comparator.comparingInt(View::sortOrder))
                    .forEach(a -> heirBySector.putIfAbsent(a.sector(), a));
        }
        for (Agency agency : active) {
            out.add(new Decision(agency, Fate.CLOSES, successorFor(agency, heirLevel, heirBySector), null));
        }
        for (Agency agency : future) {
            View successor = successorFor(agency, heirLevel, heirBySector);
            if (successor == null && heir != null) {
                out.add(new Decision(agency, Fate.STARTS_IN_HEIR, null, heir));
                heirAgencies.add(new View(agency.getId(), agency.getName(), agency.getSector(), agency.getSortOrder(),
                        agency.getValidFrom(), heir.validTo()));
            } else {
                out.add(new Decision(agency, Fate.RETIRES, successor, null));
            }
        }
        return out;
    }

    /** The names already taken in a unit on the date, for {@link #move}. */
    static Set<String> namesAt(List<View> agencies, LocalDate on) {
        Set<String> names = new HashSet<>();
        agencies.stream().filter(a -> a.activeAt(on)).forEach(a -> names.add(a.name()));
        return names;
    }

    private static View successorFor(Agency agency, UnitLevel heirLevel, Map<Sector, View> heirBySector) {
        View successor = heirBySector.get(agency.getSector());
        if (successor == null && heirLevel == UnitLevel.COMMUNE && agency.getSector().communeFallback() != null) {
            successor = heirBySector.get(agency.getSector().communeFallback());
        }
        return successor;
    }

    /**
     * An agency that works until the unit's last day: open-ended, or ending with the unit itself (a list imported
     * with its end date closes the agencies with it). One that closed earlier on its own is left alone.
     */
    static boolean carriesOn(Agency agency, AdministrativeUnit unit, LocalDate on) {
        LocalDate lastDay = on.minusDays(1);
        return agency.activeAt(lastDay) && (agency.getValidTo() == null || agency.getValidTo().equals(lastDay)
                || agency.getValidTo().equals(unit.getValidTo()));
    }
}
