package vn.kehoach.roster.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.roster.AgenciesClosed;
import vn.kehoach.roster.Sector;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records a change of the map: old versions end the day before, successors start on the date, links tie them, and
 * agencies move or close as the administrator chose. Plans and reports keep pointing at the old versions, so they
 * keep the names they were made under.
 */
@Service
public class ReorganisationService {

    private final AdministrativeUnitRepository units;
    private final UnitLinkRepository links;
    private final ReorganisationRepository reorganisations;
    private final AgencyRepository agencies;
    private final FocalAgencyRepository focals;
    private final AgencyService agencyService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReorganisationService(AdministrativeUnitRepository units, UnitLinkRepository links,
                          ReorganisationRepository reorganisations, AgencyRepository agencies,
                          FocalAgencyRepository focals, AgencyService agencyService, ApplicationEventPublisher events,
                          Clock clock) {
        this.units = units;
        this.links = links;
        this.reorganisations = reorganisations;
        this.agencies = agencies;
        this.focals = focals;
        this.agencyService = agencyService;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long record(CurrentUser user, ReorganisationCommand command) {
        Access.requireSystemAdmin(user);
        LocalDate on = command.effectiveOn();
        if (on == null) throw new BusinessRuleException("roster.reorg.dateRequired");
        List<AdministrativeUnit> olds = loadPredecessors(command.predecessorIds(), on);
        checkShape(command, olds);

        String subject = String.join(", ", olds.stream().map(AdministrativeUnit::getFullName).toList());
        Reorganisation reorganisation = reorganisations.save(new Reorganisation(command.kind(), on, subject,
                command.note(), user.username(), clock.instant()));
        List<AdministrativeUnit> successors = new ArrayList<>();
        for (ReorganisationCommand.NewUnit spec : command.newUnits()) {
            successors.add(createSuccessor(spec, on, olds));
        }
        for (Long id : command.existingSuccessorIds()) {
            AdministrativeUnit existing = units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
            if (!existing.validAt(on)) throw new BusinessRuleException("roster.reorg.successorNotValid", existing.getFullName());
            successors.add(existing);
        }

        Map<Long, Long> closedAgencies = new LinkedHashMap<>();
        List<Agency> retired = new ArrayList<>();
        if (command.kind() == Reorganisation.Kind.ABOLISH_DISTRICT) {
            AdministrativeUnit district = olds.get(0);
            AdministrativeUnit province = units.findById(district.getParentId()).orElseThrow();
            for (AdministrativeUnit commune : validChildren(district, on)) {
                AdministrativeUnit transferred = continueUnder(commune, province, on);
                link(commune, transferred, UnitLink.Kind.TRANSFER, false, reorganisation, on);
                moveAgencies(commune, transferred, on);
                commune.close(on);
            }
            closeAgencies(district, null, on, closedAgencies, retired);
            district.close(on);
        } else {
            UnitLink.Kind kind = switch (command.kind()) {
                case MERGE -> olds.size() == 1 ? UnitLink.Kind.RENAME : UnitLink.Kind.MERGE;
                case SPLIT -> UnitLink.Kind.SPLIT;
                default -> UnitLink.Kind.RENAME;
            };
            for (AdministrativeUnit old : olds) {
                for (AdministrativeUnit successor : successors) {
                    link(old, successor, kind, command.kind() == Reorganisation.Kind.SPLIT, reorganisation, on);
                }
                AdministrativeUnit heir = successors.get(0);
                if (command.agencies() == ReorganisationCommand.AgencyDisposition.MOVE) {
                    moveAgencies(old, heir, on);
                } else {
                    closeAgencies(old, heir, on, closedAgencies, retired);
                }
                old.close(on);
            }
        }
        if (!closedAgencies.isEmpty()) {
            events.publishEvent(new AgenciesClosed(on, closedAgencies));
        }
        // Only now that their people have moved can agencies that never started be removed.
        agencies.flush();
        agencies.deleteAll(retired);
        return reorganisation.getId();
    }

    private List<AdministrativeUnit> loadPredecessors(List<Long> ids, LocalDate on) {
        if (ids.isEmpty()) throw new BusinessRuleException("roster.reorg.noPredecessor");
        List<AdministrativeUnit> olds = new ArrayList<>();
        for (Long id : ids) {
            AdministrativeUnit old = units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
            // Valid the day before; it may already end that day (lists imported with their end date).
            if (!old.validAt(on.minusDays(1))) {
                throw new BusinessRuleException("roster.reorg.predecessorNotValid", old.getFullName());
            }
            olds.add(old);
        }
        return olds;
    }

    private void checkShape(ReorganisationCommand command, List<AdministrativeUnit> olds) {
        int successors = command.newUnits().size() + command.existingSuccessorIds().size();
        switch (command.kind()) {
            case MERGE, RENAME -> {
                if (successors != 1) throw new BusinessRuleException("roster.reorg.oneSuccessor");
                if (command.kind() == Reorganisation.Kind.RENAME && olds.size() != 1) {
                    throw new BusinessRuleException("roster.reorg.onePredecessor");
                }
            }
            case SPLIT -> {
                if (olds.size() != 1) throw new BusinessRuleException("roster.reorg.onePredecessor");
                if (successors < 2) throw new BusinessRuleException("roster.reorg.severalSuccessors");
            }
            case ABOLISH_DISTRICT -> {
                if (olds.size() != 1 || olds.get(0).getLevel() != UnitLevel.DISTRICT) {
                    throw new BusinessRuleException("roster.reorg.oneDistrict");
                }
                if (successors != 0) throw new BusinessRuleException("roster.reorg.noSuccessorForDistrict");
            }
        }
        if (command.kind() != Reorganisation.Kind.ABOLISH_DISTRICT) {
            for (AdministrativeUnit old : olds) {
                if (!validChildren(old, command.effectiveOn()).isEmpty()) {
                    throw new BusinessRuleException("roster.reorg.childrenStillValid", old.getFullName());
                }
            }
        }
    }

    private AdministrativeUnit createSuccessor(ReorganisationCommand.NewUnit spec, LocalDate on,
                                               List<AdministrativeUnit> olds) {
        AdministrativeUnit parent = units.findById(spec.parentId())
                .orElseThrow(() -> new NotFoundException("unit", spec.parentId()));
        if (!parent.validAt(on)) throw new BusinessRuleException("roster.reorg.parentNotValid", parent.getFullName());
        boolean levelOk = switch (spec.type().level()) {
            case PROVINCE -> parent.getLevel() == UnitLevel.CENTRAL;
            case DISTRICT -> parent.getLevel() == UnitLevel.PROVINCE;
            case COMMUNE -> parent.getLevel() == UnitLevel.PROVINCE || parent.getLevel() == UnitLevel.DISTRICT;
            case CENTRAL -> false;
        };
        if (!levelOk) throw new BusinessRuleException("roster.unit.wrongParentLevel");
        Optional<AdministrativeUnit> clash = units.findByCodeOrderByValidFromDesc(spec.code()).stream()
                .filter(u -> u.getValidTo() == null || !u.getValidTo().isBefore(on)).findFirst();
        if (clash.isPresent()) {
            // A new commune usually takes the code of one of the communes merged into it: that predecessor ends the
            // day before anyway, so close it now and the exclusion constraint sees no overlap. Any other holder of
            // the code is a real clash.
            if (!olds.contains(clash.get())) throw new BusinessRuleException("roster.unit.codeTaken", spec.code());
            clash.get().close(on);
        }
        units.flush();
        return units.save(AdministrativeUnit.create(units.nextId(), parent, spec.code(), spec.name(), spec.fullName(),
                spec.nameEn(), spec.type(), on, null, clock.instant()));
    }

    /** The same unit (code, name, type) carried on under another parent from the date. */
    private AdministrativeUnit continueUnder(AdministrativeUnit unit, AdministrativeUnit newParent, LocalDate on) {
        unit.close(on);
        units.flush();
        return units.save(AdministrativeUnit.create(units.nextId(), newParent, unit.getCode(), unit.getName(),
                unit.getFullName(), unit.getNameEn(), unit.getType(), on, null, clock.instant()));
    }

    private void link(AdministrativeUnit old, AdministrativeUnit successor, UnitLink.Kind kind, boolean partial,
                      Reorganisation reorganisation, LocalDate on) {
        Optional<UnitLink> existing = links.findByPredecessorIdAndSuccessorId(old.getId(), successor.getId());
        if (existing.isPresent()) {
            existing.get().confirm();
        } else {
            links.save(new UnitLink(old.getId(), successor.getId(), kind, partial, on, true,
                    "reorganisation", reorganisation.getId(), clock.instant()));
        }
    }

    private List<AdministrativeUnit> validChildren(AdministrativeUnit unit, LocalDate on) {
        return units.findChildrenValidAt(unit.getId(), on);
    }

    private void moveAgencies(AdministrativeUnit from, AdministrativeUnit to, LocalDate on) {
        Long focalAgencyId = focals.findAt(from.getId(), on.minusDays(1)).map(FocalAgency::getAgencyId).orElse(null);
        java.util.Set<String> taken = new java.util.HashSet<>();
        agencies.findByUnitIdOrderBySortOrderAscNameAsc(to.getId()).stream().filter(a -> a.activeAt(on))
                .forEach(a -> taken.add(a.getName()));
        for (Agency agency : agencies.findByUnitIdOrderBySortOrderAscNameAsc(from.getId())) {
            if (!carriesOn(agency, from, on) && agency.getValidFrom().isBefore(on)) continue;
            if (!taken.add(agency.getName())) {
                throw new BusinessRuleException("roster.reorg.agencyNameClash", agency.getName(), to.getFullName());
            }
            agency.continueIn(to.getId(), to.getValidTo());
        }
        endFocalTerms(from, on);
        if (focalAgencyId != null && focals.findAt(to.getId(), on).isEmpty()) {
            agencies.flush();
            focals.flush();
            focals.save(new FocalAgency(to.getId(), focalAgencyId, on));
        }
    }

    /**
     * Ends the old unit's agencies. Their people go to the heir's agency of the same sector (the heir gets its usual
     * agencies from the templates if it has none). Agencies the old unit was only going to have from the date on
     * never start: they carry on in the heir where it lacks their sector, otherwise they are removed once their
     * people have moved ({@code retired}).
     */
    private void closeAgencies(AdministrativeUnit from, AdministrativeUnit heir, LocalDate on,
                               Map<Long, Long> closed, List<Agency> retired) {
        List<Agency> own = agencies.findByUnitIdOrderBySortOrderAscNameAsc(from.getId());
        List<Agency> active = own.stream().filter(a -> carriesOn(a, from, on)).toList();
        List<Agency> future = own.stream().filter(a -> !a.getValidFrom().isBefore(on)).toList();
        endFocalTerms(from, on);
        if (active.isEmpty() && future.isEmpty()) return;
        Map<Sector, Agency> heirBySector = new HashMap<>();
        if (heir != null) {
            List<Agency> heirAgencies = agencies.findByUnitIdOrderBySortOrderAscNameAsc(heir.getId()).stream()
                    .filter(a -> a.activeAt(on)).toList();
            if (heirAgencies.isEmpty()) {
                agencyService.applyTemplates(heir, on);
                heirAgencies = agencies.findByUnitIdOrderBySortOrderAscNameAsc(heir.getId());
            }
            heirAgencies.forEach(a -> heirBySector.putIfAbsent(a.getSector(), a));
        }
        for (Agency agency : active) {
            Agency successor = successorFor(agency, heir, heirBySector);
            agency.close(on, successor == null ? null : successor.getId());
            closed.put(agency.getId(), successor == null ? null : successor.getId());
        }
        for (Agency agency : future) {
            Agency successor = successorFor(agency, heir, heirBySector);
            if (successor == null && heir != null) {
                agency.continueIn(heir.getId(), heir.getValidTo());
            } else {
                closed.put(agency.getId(), successor == null ? null : successor.getId());
                retired.add(agency);
            }
        }
    }

    private static Agency successorFor(Agency agency, AdministrativeUnit heir, Map<Sector, Agency> heirBySector) {
        Agency successor = heirBySector.get(agency.getSector());
        if (successor == null && heir != null && heir.getLevel() == UnitLevel.COMMUNE
                && agency.getSector().communeFallback() != null) {
            successor = heirBySector.get(agency.getSector().communeFallback());
        }
        return successor;
    }

    /** The unit's focal terms stop the day before; a term that would only have started then is dropped. */
    private void endFocalTerms(AdministrativeUnit unit, LocalDate on) {
        for (FocalAgency term : focals.findByUnitIdOrderByValidFromDesc(unit.getId())) {
            if (!term.getValidFrom().isBefore(on)) {
                focals.delete(term);
            } else if (term.getValidTo() == null || !term.getValidTo().isBefore(on)) {
                term.endBefore(on);
            }
        }
        focals.flush();
    }

    /**
     * An agency that works until the unit's last day: open-ended, or ending with the unit itself (a list imported
     * with its end date closes the agencies with it). One that closed earlier on its own is left alone.
     */
    private static boolean carriesOn(Agency agency, AdministrativeUnit unit, LocalDate on) {
        LocalDate lastDay = on.minusDays(1);
        return agency.activeAt(lastDay) && (agency.getValidTo() == null || agency.getValidTo().equals(lastDay)
                || agency.getValidTo().equals(unit.getValidTo()));
    }

    /** A recorded reorganisation with the names of the units on each side, for the history list. */
    public record Recorded(long id, Reorganisation.Kind kind, LocalDate effectiveOn, String subject, String note,
                           String createdBy,
                           java.time.Instant createdAt, List<UnitRef> predecessors, List<UnitRef> successors) {
    }

    @Transactional(readOnly = true)
    public List<Recorded> recent(int limit) {
        List<Reorganisation> found = reorganisations.findAll(org.springframework.data.domain.PageRequest.of(0, limit,
                org.springframework.data.domain.Sort.by("createdAt").descending().and(
                        org.springframework.data.domain.Sort.by("id").descending()))).getContent();
        List<UnitLink> all = links.findByReorganisationIdIn(found.stream().map(Reorganisation::getId).toList());
        java.util.Set<Long> ids = new java.util.HashSet<>();
        all.forEach(l -> {
            ids.add(l.getPredecessorId());
            ids.add(l.getSuccessorId());
        });
        Map<Long, UnitRef> byId = new HashMap<>();
        units.findByIdIn(ids).forEach(u -> byId.put(u.getId(), u.toRef()));
        return found.stream().map(r -> {
            List<UnitLink> mine = all.stream().filter(l -> r.getId().equals(l.getReorganisationId())).toList();
            return new Recorded(r.getId(), r.getKind(), r.getEffectiveOn(), r.getSubject(), r.getNote(),
                    r.getCreatedBy(),
                    r.getCreatedAt(),
                    mine.stream().map(UnitLink::getPredecessorId).distinct().map(byId::get).toList(),
                    mine.stream().map(UnitLink::getSuccessorId).distinct().map(byId::get).toList());
        }).toList();
    }
}
