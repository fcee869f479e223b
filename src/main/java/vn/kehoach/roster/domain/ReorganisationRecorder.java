package vn.kehoach.roster.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.roster.AgenciesClosed;
import vn.kehoach.shared.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies an analysed reorganisation: old versions end the day before, successors start on the date, links tie them,
 * and agencies move or close as decided. It has no transaction of its own: {@link ReorganisationService#record} is
 * the transactional entry point, so a failure anywhere here leaves nothing half recorded.
 */
@Component
class ReorganisationRecorder {

    private final AdministrativeUnitRepository units;
    private final UnitLinkRepository links;
    private final ReorganisationRepository reorganisations;
    private final AgencyRepository agencies;
    private final FocalAgencyRepository focals;
    private final AgencyTemplating templating;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    ReorganisationRecorder(AdministrativeUnitRepository units, UnitLinkRepository links,
                           ReorganisationRepository reorganisations, AgencyRepository agencies,
                           FocalAgencyRepository focals, AgencyTemplating templating,
                           ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.units = units;
        this.links = links;
        this.reorganisations = reorganisations;
        this.agencies = agencies;
        this.focals = focals;
        this.templating = templating;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a valid, confirmed analysis and answers the id of the reorganisation. */
    long record(CurrentUser user, ReorganisationCommand command, ReorganisationAnalysis analysis) {
        LocalDate on = command.effectiveOn();
        String subject = String.join(", ", analysis.olds().stream().map(AdministrativeUnit::getFullName).toList());
        Reorganisation reorganisation = reorganisations.save(new Reorganisation(command.kind(), on, subject,
                command.note(), user.username(), clock.instant()));

        List<AdministrativeUnit> successors = new ArrayList<>();
        for (ReorganisationCommand.NewUnit spec : command.newUnits()) {
            successors.add(createSuccessor(spec, on, analysis));
        }
        successors.addAll(analysis.existing());
        AdministrativeUnit heir = successors.isEmpty() ? null : successors.get(0);
        if (analysis.needsTemplates()) templating.applyTemplates(heir, on);
        Map<String, Long> heirAgencyByName = agencyIdsByName(heir);

        Map<Long, AdministrativeUnit> continued = carryOver(analysis, heir, reorganisation, on);
        Map<Long, Long> closedAgencies = settleAgencies(analysis, heir, heirAgencyByName, continued, on);
        for (AdministrativeUnit unit : analysis.below()) carryFocal(unit, continued.get(unit.getId()), on);
        endOldUnits(command, analysis, successors, heir, reorganisation);
        if (!closedAgencies.isEmpty()) {
            events.publishEvent(new AgenciesClosed(on, closedAgencies));
        }
        // Only now that their people have moved can agencies that never started be removed.
        agencies.flush();
        agencies.deleteAll(retiredAgencies(analysis));
        audit(user, command, analysis, reorganisation, subject, successors, heir, closedAgencies.size());
        return reorganisation.getId();
    }

    /** Units carried over, top down: each continues under the successor (or under its own parent's new version). */
    private Map<Long, AdministrativeUnit> carryOver(ReorganisationAnalysis analysis, AdministrativeUnit heir,
                                                    Reorganisation reorganisation, LocalDate on) {
        Map<Long, AdministrativeUnit> continued = new HashMap<>();
        for (AdministrativeUnit unit : analysis.below()) {
            AdministrativeUnit parent = continued.containsKey(unit.getParentId())
                    ? continued.get(unit.getParentId())
                    : analysis.kind() == Reorganisation.Kind.ABOLISH_DISTRICT ? analysis.districtParent() : heir;
            AdministrativeUnit next = continueUnder(unit, parent, on);
            continued.put(unit.getId(), next);
            link(unit, next, UnitLink.Kind.TRANSFER, false, reorganisation, on);
        }
        return continued;
    }

    /**
     * Moves or closes each agency as decided; answers the agencies that close (or retire) with their successor.
     * Retiring agencies are only removed later, once their people have moved.
     */
    private Map<Long, Long> settleAgencies(ReorganisationAnalysis analysis, AdministrativeUnit heir,
                                           Map<String, Long> heirAgencyByName,
                                           Map<Long, AdministrativeUnit> continued, LocalDate on) {
        Map<Long, Long> closedAgencies = new LinkedHashMap<>();
        for (AgencyFates.Decision decision : analysis.decisions()) {
            Agency agency = decision.agency();
            AdministrativeUnit target = continued.getOrDefault(agency.getUnitId(), heir);
            Long successor = decision.successor() == null
                    ? null
                    : decision.successor().id() != null
                            ? decision.successor().id()
                            : heirAgencyByName.get(decision.successor().name());
            switch (decision.fate()) {
                case MOVES, STARTS_IN_HEIR -> agency.continueIn(target.getId(), target.getValidTo());
                case CLOSES -> {
                    agency.close(on, successor);
                    closedAgencies.put(agency.getId(), successor);
                }
                case RETIRES -> closedAgencies.put(agency.getId(), successor);
            }
        }
        return closedAgencies;
    }

    /** A successor planned from a template gets its id only when the templates are applied: found by name. */
    private Map<String, Long> agencyIdsByName(AdministrativeUnit heir) {
        Map<String, Long> byName = new HashMap<>();
        if (heir != null) {
            agencies.findByUnitIdOrderBySortOrderAscNameAsc(heir.getId())
                    .forEach(a -> byName.putIfAbsent(a.getName(), a.getId()));
        }
        return byName;
    }

    private static List<Agency> retiredAgencies(ReorganisationAnalysis analysis) {
        return analysis.decisions().stream().filter(d -> d.fate() == AgencyFates.Fate.RETIRES)
                .map(AgencyFates.Decision::agency).toList();
    }

    /** Links each old unit to its successors, hands over or ends its focal agency, and ends it. */
    private void endOldUnits(ReorganisationCommand command, ReorganisationAnalysis analysis,
                             List<AdministrativeUnit> successors, AdministrativeUnit heir,
                             Reorganisation reorganisation) {
        LocalDate on = command.effectiveOn();
        UnitLink.Kind kind = ReorganisationAnalysis.linkKind(command.kind(), analysis.olds().size());
        for (AdministrativeUnit old : analysis.olds()) {
            for (AdministrativeUnit successor : successors) {
                link(old, successor, kind, command.kind() == Reorganisation.Kind.SPLIT, reorganisation, on);
            }
            if (heir != null && command.agencies() == ReorganisationCommand.AgencyDisposition.MOVE) {
                carryFocal(old, heir, on);
            } else {
                endFocalTerms(old, on);
            }
            old.close(on);
        }
    }

    private void audit(CurrentUser user, ReorganisationCommand command, ReorganisationAnalysis analysis,
                       Reorganisation reorganisation, String subject, List<AdministrativeUnit> successors,
                       AdministrativeUnit heir, int closedAgencies) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", command.kind().name());
        after.put("effectiveOn", command.effectiveOn().toString());
        after.put("units", analysis.olds().stream().map(u -> u.getCode() + " " + u.getFullName()).toList());
        after.put("successors", successors.stream().map(u -> u.getCode() + " " + u.getFullName()).toList());
        after.put("closedAgencies", closedAgencies);
        audit.record(AuditEntry.of(AuditAction.REORGANISATION_RECORDED, user).object(reorganisation.getId())
                .unit(heir != null ? heir.getId() : analysis.olds().isEmpty() ? null : analysis.olds().get(0).getId())
                .summary(command.note() == null || command.note().isBlank() ? subject : command.note()).after(after));
    }

    private AdministrativeUnit createSuccessor(ReorganisationCommand.NewUnit spec, LocalDate on,
                                               ReorganisationAnalysis analysis) {
        AdministrativeUnit parent = units.findById(spec.parentId()).orElseThrow();
        // The predecessor whose code the new unit takes ends the day before anyway: close it now so that the
        // exclusion constraint on codes sees no overlap.
        analysis.olds().stream().filter(u -> u.getCode().equals(spec.code())).forEach(u -> u.close(on));
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
            existing.get().confirmBy(reorganisation.getId());
        } else {
            links.save(new UnitLink(old.getId(), successor.getId(), kind, partial, on, true,
                    "reorganisation", reorganisation.getId(), clock.instant()));
        }
    }

    /** The unit's focal agency, which moved with it, stays the focal agency where it went unless that has one. */
    private void carryFocal(AdministrativeUnit from, AdministrativeUnit to, LocalDate on) {
        Long focalAgencyId = focals.findAt(from.getId(), on.minusDays(1)).map(FocalAgency::getAgencyId).orElse(null);
        endFocalTerms(from, on);
        if (focalAgencyId != null && focals.findAt(to.getId(), on).isEmpty()) {
            agencies.flush();
            focals.save(new FocalAgency(to.getId(), focalAgencyId, on));
        }
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
}
