package vn.kehoach.roster.domain;

import org.springframework.stereotype.Component;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.shared.text.VietnameseText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The usual agencies of a level (Sở Nội vụ, Phòng Văn hóa - Xã hội, …) created from its templates: for a unit an
 * administrator fills in, and for the heir of a reorganisation, whose preview shows the same plan without saving it.
 */
@Component
class AgencyTemplating {

    private final AgencyRepository agencies;
    private final FocalAgencyRepository focals;
    private final AgencyTemplateRepository templates;
    private final Clock clock;

    AgencyTemplating(AgencyRepository agencies, FocalAgencyRepository focals, AgencyTemplateRepository templates,
                     Clock clock) {
        this.agencies = agencies;
        this.focals = focals;
        this.templates = templates;
        this.clock = clock;
    }

    /** The usual agencies of the unit from {@code from} on, each for the part of its template's period in that span. */
    int applyTemplates(AdministrativeUnit unit, LocalDate from) {
        List<FocalAgency> terms = new ArrayList<>(focals.findByUnitIdOrderByValidFromDesc(unit.getId()));
        List<Planned> planned = plannedFromTemplates(unit.getLevel(), unit.toRef().inlineName(), unit.getValidTo(),
                from, agencies.findByUnitIdOrderBySortOrderAscNameAsc(unit.getId()),
                templates.findByLevelOrderBySortOrder(unit.getLevel()));
        for (Planned p : planned) {
            AgencyTemplate template = p.template();
            Agency agency = agencies.save(new Agency(unit.getId(), p.name(), template.getShortName(),
                    template.getKind(), template.getSector(), template.getSortOrder(), p.start(), p.until(),
                    clock.instant()));
            if (template.getFocalFrom() != null) {
                // The template's focal period, cut to the life of this agency (Sở LĐTBXH until 28/02/2025, …).
                LocalDate focalFrom = later(p.start(), template.getFocalFrom());
                LocalDate focalTo = earliest(p.until(), template.getFocalTo());
                if ((focalTo == null || !focalTo.isBefore(focalFrom))
                        && terms.stream().noneMatch(t -> t.overlaps(focalFrom, focalTo))) {
                    agencies.flush();
                    terms.add(focals.save(new FocalAgency(unit.getId(), agency.getId(), focalFrom, focalTo)));
                }
            }
        }
        return planned.size();
    }

    /** An agency a template would create: its name in the unit and the span it would work. */
    record Planned(AgencyTemplate template, String name, LocalDate start, LocalDate until) {
    }

    /**
     * What the level's templates would add to a unit (existing or still to be created) from {@code from} on: one
     * agency per template, for the part of the template's period in the unit's life, unless the unit already has an
     * agency of that name then. Changes nothing, so that a reorganisation's preview can show it.
     */
    static List<Planned> plannedFromTemplates(UnitLevel level, String inlineName, LocalDate unitValidTo,
                                              LocalDate from, List<Agency> present, List<AgencyTemplate> all) {
        record Span(String key, LocalDate start, LocalDate until) {
            boolean overlaps(LocalDate otherStart, LocalDate otherUntil) {
                return !otherStart.isAfter(until == null ? LocalDate.MAX : until)
                        && (otherUntil == null || !otherUntil.isBefore(start));
            }
        }
        List<Span> taken = new ArrayList<>();
        present.forEach(
                a -> taken.add(new Span(VietnameseText.toneKey(a.getName()), a.getValidFrom(), a.getValidTo())));
        List<Planned> planned = new ArrayList<>();
        for (AgencyTemplate template : all) {
            if (template.getLevel() != level) continue;
            LocalDate start = later(from, template.getValidFrom());
            LocalDate until = earliest(unitValidTo, template.getValidTo());
            if (until != null && until.isBefore(start)) continue;
            String name = template.nameFor(inlineName);
            String key = VietnameseText.toneKey(name);
            if (taken.stream().anyMatch(t -> t.key().equals(key) && t.overlaps(start, until))) continue;
            taken.add(new Span(key, start, until));
            planned.add(new Planned(template, name, start, until));
        }
        return planned;
    }

    /** The earlier of two days where null is "open-ended". */
    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
