package vn.kehoach.roster.domain;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.roster.AgenciesClosed;
import vn.kehoach.roster.ReorganisationImpact;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.UnitType;
import vn.kehoach.roster.domain.ReorganisationPreview.AgencyLine;
import vn.kehoach.roster.domain.ReorganisationPreview.ImpactLine;
import vn.kehoach.roster.domain.ReorganisationPreview.ImpactSection;
import vn.kehoach.roster.domain.ReorganisationPreview.LinkLine;
import vn.kehoach.roster.domain.ReorganisationPreview.Problem;
import vn.kehoach.roster.domain.ReorganisationPreview.Target;
import vn.kehoach.roster.domain.ReorganisationPreview.UnitLine;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Records a change of the map: old versions end the day before, successors start on the date, links tie them, and
 * agencies move or close as the administrator chose. Plans and reports keep pointing at the old versions, so they
 * keep the names they were made under; the successor's people see them through the links.
 *
 * <p>Everything it would do is first worked out without changing anything ({@link #preview}), in a fixed number of
 * statements whatever the number of units; recording applies the same decisions. A system administrator may
 * reorganise any unit, a unit administrator the units below their own (a unit id outside that answers 404).
 */
@Service
public class ReorganisationService {

    private final AdministrativeUnitRepository units;
    private final UnitLinkRepository links;
    private final ReorganisationRepository reorganisations;
    private final AgencyRepository agencies;
    private final AgencyTemplateRepository templates;
    private final FocalAgencyRepository focals;
    private final AgencyService agencyService;
    private final ObjectProvider<ReorganisationImpact> impacts;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    ReorganisationService(AdministrativeUnitRepository units, UnitLinkRepository links,
                          ReorganisationRepository reorganisations, AgencyRepository agencies,
                          AgencyTemplateRepository templates, FocalAgencyRepository focals,
                          AgencyService agencyService, ObjectProvider<ReorganisationImpact> impacts,
                          ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.units = units;
        this.links = links;
        this.reorganisations = reorganisations;
        this.agencies = agencies;
        this.templates = templates;
        this.focals = focals;
        this.agencyService = agencyService;
        this.impacts = impacts;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the user may record reorganisations at all (which units is decided per unit). */
    public static boolean mayReorganise(CurrentUser user) {
        return user.isSystemAdmin() || user.has(Role.UNIT_ADMIN);
    }

    /** What the reorganisation would do, with every reason it cannot be recorded as given. Changes nothing. */
    @Transactional(readOnly = true)
    public ReorganisationPreview preview(CurrentUser user, ReorganisationCommand command) {
        return analyse(user, command, true).preview();
    }

    @Transactional
    public long record(CurrentUser user, ReorganisationCommand command) {
        return record(user, command, null);
    }

    /**
     * Records the reorganisation.
     *
     * @param confirmedDigest the digest of the preview the administrator confirmed; when given and the preview is no
     *                        longer the same (someone changed the units, agencies, plans or reports in between),
     *                        nothing is recorded and {@link ReorganisationChanged} carries the new preview
     * @throws ReorganisationRejected when it cannot be recorded as given
     */
    @Transactional
    public long record(CurrentUser user, ReorganisationCommand command, String confirmedDigest) {
        Analysis analysis = analyse(user, command, confirmedDigest != null);
        ReorganisationPreview preview = analysis.preview();
        if (!preview.valid()) throw new ReorganisationRejected(preview);
        if (confirmedDigest != null && !confirmedDigest.equals(preview.digest())) {
            throw new ReorganisationChanged(preview);
        }
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
        if (analysis.needsTemplates()) agencyService.applyTemplates(heir, on);
        Map<String, Long> heirAgencyByName = new HashMap<>();
        if (heir != null) {
            agencies.findByUnitIdOrderBySortOrderAscNameAsc(heir.getId())
                    .forEach(a -> heirAgencyByName.putIfAbsent(a.getName(), a.getId()));
        }

        // Units carried over, top down: each continues under the successor (or under its own parent's new version).
        Map<Long, AdministrativeUnit> continued = new HashMap<>();
        for (AdministrativeUnit unit : analysis.below()) {
            AdministrativeUnit parent = continued.containsKey(unit.getParentId()) ? continued.get(unit.getParentId())
                    : analysis.kind() == Reorganisation.Kind.ABOLISH_DISTRICT ? analysis.districtParent() : heir;
            AdministrativeUnit next = continueUnder(unit, parent, on);
            continued.put(unit.getId(), next);
            link(unit, next, UnitLink.Kind.TRANSFER, false, reorganisation, on);
        }

        Map<Long, Long> closedAgencies = new LinkedHashMap<>();
        List<Agency> retired = new ArrayList<>();
        for (AgencyFates.Decision decision : analysis.decisions()) {
            Agency agency = decision.agency();
            AdministrativeUnit target = continued.getOrDefault(agency.getUnitId(), heir);
            Long successor = decision.successor() == null ? null : decision.successor().id() != null
                    ? decision.successor().id() : heirAgencyByName.get(decision.successor().name());
            switch (decision.fate()) {
                case MOVES, STARTS_IN_HEIR -> agency.continueIn(target.getId(), target.getValidTo());
                case CLOSES -> {
                    agency.close(on, successor);
                    closedAgencies.put(agency.getId(), successor);
                }
                case RETIRES -> {
                    closedAgencies.put(agency.getId(), successor);
                    retired.add(agency);
                }
            }
        }

        for (AdministrativeUnit unit : analysis.below()) carryFocal(unit, continued.get(unit.getId()), on);
        UnitLink.Kind kind = linkKind(command.kind(), analysis.olds().size());
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
        if (!closedAgencies.isEmpty()) {
            events.publishEvent(new AgenciesClosed(on, closedAgencies));
        }
        // Only now that their people have moved can agencies that never started be removed.
        agencies.flush();
        agencies.deleteAll(retired);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", command.kind().name());
        after.put("effectiveOn", on.toString());
        after.put("units", analysis.olds().stream().map(u -> u.getCode() + " " + u.getFullName()).toList());
        after.put("successors", successors.stream().map(u -> u.getCode() + " " + u.getFullName()).toList());
        after.put("closedAgencies", closedAgencies.size());
        audit.record(AuditEntry.of(AuditAction.REORGANISATION_RECORDED, user).object(reorganisation.getId())
                .unit(heir != null ? heir.getId() : analysis.olds().isEmpty() ? null : analysis.olds().get(0).getId())
                .summary(command.note() == null || command.note().isBlank() ? subject : command.note()).after(after));
        return reorganisation.getId();
    }

    private static UnitLink.Kind linkKind(Reorganisation.Kind kind, int predecessors) {
        return switch (kind) {
            case MERGE -> predecessors == 1 ? UnitLink.Kind.RENAME : UnitLink.Kind.MERGE;
            case SPLIT -> UnitLink.Kind.SPLIT;
            case ABOLISH_DISTRICT -> UnitLink.Kind.TRANSFER;
            case RENAME -> UnitLink.Kind.RENAME;
        };
    }

    /**
     * The units a reorganisation form names, labelled as its pickers show them ("Xã Ba Tơ — 21484 — Tỉnh Quảng
     * Ngãi"), in two statements. A unit outside the user's scope answers 404.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> pickLabels(CurrentUser user, java.util.Collection<Long> ids) {
        if (!mayReorganise(user)) throw new AccessDeniedException("administrators only");
        if (ids.isEmpty()) return Map.of();
        List<AdministrativeUnit> found = units.findByIdIn(new HashSet<>(ids));
        Map<Long, AdministrativeUnit> byId = new HashMap<>();
        found.forEach(u -> byId.put(u.getId(), u));
        for (Long id : ids) {
            if (!byId.containsKey(id)) throw new NotFoundException("unit", id);
            requireInScope(user, byId.get(id));
        }
        Set<Long> parents = new HashSet<>();
        found.forEach(u -> parents.add(u.getParentId()));
        parents.remove(null);
        Map<Long, String> parentNames = new HashMap<>();
        if (!parents.isEmpty()) units.findByIdIn(parents).forEach(u -> parentNames.put(u.getId(), u.getFullName()));
        Map<Long, String> labels = new LinkedHashMap<>();
        for (Long id : ids) {
            AdministrativeUnit u = byId.get(id);
            String parent = parentNames.get(u.getParentId());
            labels.put(id, u.getFullName() + " — " + u.getCode() + (parent == null ? "" : " — " + parent));
        }
        return labels;
    }

    // --- working out what it would do ------------------------------------------------------------------------------

    /**
     * The units and agencies involved, read in a fixed number of statements, and the decisions about them.
     *
     * @param below          units carried over under the successor, top down
     * @param districtParent where the communes of a district that ends go
     * @param needsTemplates the heir gets its level's usual agencies before the old ones close
     */
    private record Analysis(Reorganisation.Kind kind, List<AdministrativeUnit> olds, List<AdministrativeUnit> existing,
                            List<AdministrativeUnit> below, AdministrativeUnit districtParent,
                            List<AgencyFates.Decision> decisions, boolean needsTemplates,
                            ReorganisationPreview preview) {
    }

    private Analysis analyse(CurrentUser user, ReorganisationCommand command, boolean withImpact) {
        if (!mayReorganise(user)) throw new AccessDeniedException("administrators only");
        List<Problem> problems = new ArrayList<>();
        LocalDate on = command.effectiveOn();
        if (on == null) problems.add(Problem.of(Target.DATE, "roster.reorg.dateRequired"));
        Reorganisation.Kind kind = command.kind();

        // The units named, then their parents (for the names shown): two statements.
        Set<Long> named = new LinkedHashSet<>(command.predecessorIds());
        named.addAll(command.existingSuccessorIds());
        command.newUnits().stream().map(ReorganisationCommand.NewUnit::parentId).filter(Objects::nonNull)
                .forEach(named::add);
        Map<Long, AdministrativeUnit> byId = new HashMap<>();
        if (!named.isEmpty()) units.findByIdIn(named).forEach(u -> byId.put(u.getId(), u));
        for (Long id : named) {
            if (!byId.containsKey(id)) throw new NotFoundException("unit", id);
        }
        List<AdministrativeUnit> olds = command.predecessorIds().stream().distinct().map(byId::get).toList();
        List<AdministrativeUnit> existing = command.existingSuccessorIds().stream().distinct().map(byId::get).toList();
        olds.forEach(u -> requireBelowScope(user, u));
        existing.forEach(u -> requireBelowScope(user, u));
        command.newUnits().stream().map(ReorganisationCommand.NewUnit::parentId).filter(Objects::nonNull)
                .forEach(id -> requireInScope(user, byId.get(id)));
        Set<Long> parentIds = new HashSet<>();
        olds.forEach(u -> parentIds.add(u.getParentId()));
        existing.forEach(u -> parentIds.add(u.getParentId()));
        parentIds.remove(null);
        parentIds.removeAll(byId.keySet());
        if (!parentIds.isEmpty()) units.findByIdIn(parentIds).forEach(u -> byId.put(u.getId(), u));

        checkUnits(kind, on, olds, existing, command.newUnits().size(), problems);
        List<UnitLink> earlier = olds.isEmpty() ? List.of()
                : links.findByPredecessorIdIn(olds.stream().map(AdministrativeUnit::getId).toList());
        // A unit a recorded reorganisation already ended cannot end again (the same confirmation sent twice).
        olds.stream().filter(u -> earlier.stream().anyMatch(l -> l.getPredecessorId().equals(u.getId())
                        && l.getReorganisationId() != null))
                .forEach(u -> problems.add(Problem.of(Target.PREDECESSORS, "roster.reorg.alreadyReorganised",
                        u.getFullName())));
        checkNewUnits(command.newUnits(), on, olds, byId, problems);

        // The heir: the first successor, which takes over the agencies.
        ReorganisationCommand.NewUnit firstNew = command.newUnits().isEmpty() ? null : command.newUnits().get(0);
        AdministrativeUnit firstExisting = existing.isEmpty() ? null : existing.get(0);
        AgencyFates.UnitTarget heir = firstNew != null ? new AgencyFates.UnitTarget(null, firstNew.fullName(), null)
                : firstExisting != null ? new AgencyFates.UnitTarget(firstExisting.getId(), firstExisting.getFullName(),
                firstExisting.getValidTo()) : null;
        UnitLevel heirLevel = firstNew != null && firstNew.type() != null ? firstNew.type().level()
                : firstExisting != null ? firstExisting.getLevel() : null;
        AdministrativeUnit districtParent = kind == Reorganisation.Kind.ABOLISH_DISTRICT && olds.size() == 1
                ? byId.get(olds.get(0).getParentId()) : null;

        Set<Long> oldIds = new HashSet<>();
        olds.forEach(u -> oldIds.add(u.getId()));
        List<AdministrativeUnit> below = on == null || olds.isEmpty() ? List.of()
                : units.findValidBelow(String.join(",", olds.stream().map(AdministrativeUnit::getPath).toList()), on)
                .stream().filter(u -> !oldIds.contains(u.getId())).toList();
        checkBelow(command, olds, below, heirLevel, heir, districtParent, problems);

        // Every agency of the units that end, and of an existing heir: one statement.
        Map<Long, List<Agency>> own = new LinkedHashMap<>();
        List<AgencyFates.Decision> decisions = new ArrayList<>();
        boolean[] templatesAsked = {false};
        List<String> templated = new ArrayList<>();
        boolean heirDescribed = firstNew == null || (firstNew.type() != null && firstNew.name() != null);
        if (on != null && !olds.isEmpty() && heirDescribed) {
            Set<Long> agencyUnits = new LinkedHashSet<>();
            olds.forEach(u -> agencyUnits.add(u.getId()));
            below.forEach(u -> agencyUnits.add(u.getId()));
            if (firstExisting != null && firstNew == null) agencyUnits.add(firstExisting.getId());
            agencyUnits.forEach(id -> own.put(id, new ArrayList<>()));
            agencies.findByUnitIdInOrderBySortOrderAscNameAsc(agencyUnits)
                    .forEach(a -> own.get(a.getUnitId()).add(a));
            List<String> clashes = new ArrayList<>();
            for (AdministrativeUnit unit : below) {
                decisions.addAll(AgencyFates.move(own.get(unit.getId()), unit, on,
                        new AgencyFates.UnitTarget(null, unit.getFullName(), null), new HashSet<>(), clashes));
            }
            List<AgencyFates.View> heirAgencies = new ArrayList<>();
            if (firstExisting != null && firstNew == null) {
                own.get(firstExisting.getId()).forEach(a -> heirAgencies.add(AgencyFates.View.of(a)));
            }
            Supplier<List<AgencyFates.View>> fromTemplates = () -> {
                templatesAsked[0] = true;
                List<AgencyFates.View> views = plannedForHeir(firstNew, firstExisting, on,
                        firstExisting == null ? List.of() : own.getOrDefault(firstExisting.getId(), List.of()));
                views.forEach(v -> templated.add(v.name()));
                return views;
            };
            Set<String> taken = AgencyFates.namesAt(heirAgencies, on);
            for (AdministrativeUnit old : olds) {
                if (kind == Reorganisation.Kind.ABOLISH_DISTRICT || heir == null) {
                    decisions.addAll(AgencyFates.close(own.get(old.getId()), old, on, null, null, new ArrayList<>(),
                            List::of));
                } else if (command.agencies() == ReorganisationCommand.AgencyDisposition.MOVE) {
                    decisions.addAll(AgencyFates.move(own.get(old.getId()), old, on, heir, taken, clashes));
                } else {
                    decisions.addAll(AgencyFates.close(own.get(old.getId()), old, on, heir, heirLevel, heirAgencies,
                            fromTemplates));
                }
            }
            clashes.stream().distinct().forEach(name -> problems.add(Problem.of(Target.AGENCIES,
                    "roster.reorg.agencyNameClash", name, heir == null ? "" : heir.fullName())));
        }

        ReorganisationPreview preview = describe(command, byId, olds, existing, below, heir, districtParent,
                decisions, templated, earlier, withImpact, problems);
        return new Analysis(kind, olds, existing, below, districtParent, decisions, templatesAsked[0], preview);
    }

    private void checkUnits(Reorganisation.Kind kind, LocalDate on, List<AdministrativeUnit> olds,
                            List<AdministrativeUnit> existing, int newUnits, List<Problem> problems) {
        if (olds.isEmpty()) problems.add(Problem.of(Target.PREDECESSORS, "roster.reorg.noPredecessor"));
        if (on != null) {
            // Valid the day before; it may already end that day (lists imported with their end date).
            olds.stream().filter(u -> !u.validAt(on.minusDays(1))).forEach(u -> problems.add(
                    Problem.of(Target.PREDECESSORS, "roster.reorg.predecessorNotValid", u.getFullName())));
            existing.stream().filter(u -> !u.validAt(on)).forEach(u -> problems.add(
                    Problem.of(Target.SUCCESSORS, "roster.reorg.successorNotValid", u.getFullName())));
        }
        existing.stream().filter(olds::contains).forEach(u -> problems.add(
                Problem.of(Target.SUCCESSORS, "roster.reorg.successorIsPredecessor", u.getFullName())));
        int successors = newUnits + existing.size();
        switch (kind) {
            case MERGE, RENAME -> {
                if (successors != 1) problems.add(Problem.of(Target.SUCCESSORS, "roster.reorg.oneSuccessor"));
                if (kind == Reorganisation.Kind.RENAME && olds.size() > 1) {
                    problems.add(Problem.of(Target.PREDECESSORS, "roster.reorg.onePredecessor"));
                }
            }
            case SPLIT -> {
                if (olds.size() > 1) problems.add(Problem.of(Target.PREDECESSORS, "roster.reorg.onePredecessor"));
                if (successors < 2) problems.add(Problem.of(Target.SUCCESSORS, "roster.reorg.severalSuccessors"));
            }
            case ABOLISH_DISTRICT -> {
                if (olds.size() > 1 || olds.stream().anyMatch(u -> u.getLevel() != UnitLevel.DISTRICT)) {
                    problems.add(Problem.of(Target.PREDECESSORS, "roster.reorg.oneDistrict"));
                }
                if (successors != 0) problems.add(Problem.of(Target.SUCCESSORS, "roster.reorg.noSuccessorForDistrict"));
            }
        }
    }

    private void checkNewUnits(List<ReorganisationCommand.NewUnit> specs, LocalDate on, List<AdministrativeUnit> olds,
                               Map<Long, AdministrativeUnit> byId, List<Problem> problems) {
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            ReorganisationCommand.NewUnit spec = specs.get(i);
            if (spec.code() == null || spec.code().isBlank()) {
                problems.add(Problem.newUnit(i, "code", "roster.reorg.newUnit.codeRequired"));
            } else if (!codes.add(spec.code())) {
                problems.add(Problem.newUnit(i, "code", "roster.reorg.newUnit.codeRepeated", spec.code()));
            }
            if (spec.name() == null || spec.name().isBlank()) {
                problems.add(Problem.newUnit(i, "name", "roster.reorg.newUnit.nameRequired"));
            }
            if (spec.type() == null || spec.type() == UnitType.CENTRAL) {
                problems.add(Problem.newUnit(i, "type", "roster.reorg.newUnit.typeRequired"));
            }
            AdministrativeUnit parent = spec.parentId() == null ? null : byId.get(spec.parentId());
            if (parent == null) {
                problems.add(Problem.newUnit(i, "parentId", "roster.reorg.newUnit.parentRequired"));
            } else if ((on != null && !parent.validAt(on)) || olds.contains(parent)) {
                problems.add(Problem.newUnit(i, "parentId", "roster.reorg.parentNotValid", parent.getFullName()));
            } else if (spec.type() != null && !fitsUnder(parent.getLevel(), spec.type().level())) {
                problems.add(Problem.newUnit(i, "parentId", "roster.unit.wrongParentLevel"));
            }
        }
        if (on == null || codes.isEmpty()) return;
        List<AdministrativeUnit> holders = units.findByCodeIn(codes);
        for (int i = 0; i < specs.size(); i++) {
            String code = specs.get(i).code();
            // A new commune usually takes the code of one of the communes merged into it, which ends the day before.
            boolean taken = holders.stream().anyMatch(u -> u.getCode().equals(code)
                    && (u.getValidTo() == null || !u.getValidTo().isBefore(on)) && !olds.contains(u));
            if (taken) problems.add(Problem.newUnit(i, "code", "roster.unit.codeTaken", code));
        }
    }

    private static boolean fitsUnder(UnitLevel parent, UnitLevel child) {
        return switch (child) {
            case PROVINCE -> parent == UnitLevel.CENTRAL;
            case DISTRICT -> parent == UnitLevel.PROVINCE;
            case COMMUNE -> parent == UnitLevel.PROVINCE || parent == UnitLevel.DISTRICT;
            case CENTRAL -> false;
        };
    }

    /** Units still valid below those that end: carried over when asked (always for a district), else refused. */
    private static void checkBelow(ReorganisationCommand command, List<AdministrativeUnit> olds,
                                   List<AdministrativeUnit> below, UnitLevel heirLevel, AgencyFates.UnitTarget heir,
                                   AdministrativeUnit districtParent, List<Problem> problems) {
        if (below.isEmpty()) return;
        boolean abolish = command.kind() == Reorganisation.Kind.ABOLISH_DISTRICT;
        if (!abolish && !command.transferChildren()) {
            olds.stream().filter(old -> below.stream().anyMatch(u -> old.getId().equals(u.getParentId())))
                    .forEach(old -> problems.add(Problem.of(Target.CHILDREN, "roster.reorg.childrenStillValid",
                            old.getFullName())));
            return;
        }
        if (command.kind() == Reorganisation.Kind.SPLIT) {
            problems.add(Problem.of(Target.CHILDREN, "roster.reorg.cannotCarryOnSplit"));
            return;
        }
        UnitLevel targetLevel = abolish ? (districtParent == null ? null : districtParent.getLevel()) : heirLevel;
        String targetName = abolish ? (districtParent == null ? "" : districtParent.getFullName())
                : heir == null ? "" : heir.fullName();
        if (targetLevel == null) return;
        Set<Long> oldIds = new HashSet<>();
        olds.forEach(u -> oldIds.add(u.getId()));
        below.stream().filter(u -> oldIds.contains(u.getParentId()) && !fitsUnder(targetLevel, u.getLevel()))
                .findFirst().ifPresent(u -> problems.add(Problem.of(Target.CHILDREN, "roster.reorg.childWrongLevel",
                        u.getFullName(), targetName)));
    }

    /** The agencies the heir would get from its level's templates (one statement). */
    private List<AgencyFates.View> plannedForHeir(ReorganisationCommand.NewUnit firstNew,
                                                  AdministrativeUnit firstExisting, LocalDate on, List<Agency> present) {
        UnitLevel level = firstNew != null ? firstNew.type().level() : firstExisting.getLevel();
        String inline = firstNew != null ? firstNew.type().prefix() + " " + firstNew.name()
                : firstExisting.toRef().inlineName();
        LocalDate validTo = firstNew != null ? null : firstExisting.getValidTo();
        return AgencyService.plannedFromTemplates(level, inline, validTo, on, present,
                        templates.findByLevelOrderBySortOrder(level)).stream()
                .map(p -> new AgencyFates.View(null, p.name(), p.template().getSector(), p.template().getSortOrder(),
                        p.start(), p.until()))
                .toList();
    }

    private ReorganisationPreview describe(ReorganisationCommand command, Map<Long, AdministrativeUnit> byId,
                                           List<AdministrativeUnit> olds, List<AdministrativeUnit> existing,
                                           List<AdministrativeUnit> below, AgencyFates.UnitTarget heir,
                                           AdministrativeUnit districtParent, List<AgencyFates.Decision> decisions,
                                           List<String> templated, List<UnitLink> earlier, boolean withImpact,
                                           List<Problem> problems) {
        LocalDate on = command.effectiveOn();
        LocalDate lastDay = on == null ? null : on.minusDays(1);
        Map<Long, AdministrativeUnit> all = new HashMap<>(byId);
        below.forEach(u -> all.put(u.getId(), u));
        java.util.function.Function<Long, String> nameOf = id -> id == null || !all.containsKey(id) ? null
                : all.get(id).getFullName();

        List<UnitLine> closing = new ArrayList<>();
        olds.forEach(u -> closing.add(line(u, nameOf.apply(u.getParentId()), u.getValidFrom(), lastDay, false)));
        below.forEach(u -> closing.add(line(u, nameOf.apply(u.getParentId()), u.getValidFrom(), lastDay, true)));
        List<UnitLine> created = new ArrayList<>();
        for (ReorganisationCommand.NewUnit spec : command.newUnits()) {
            created.add(new UnitLine(null, spec.code(), spec.fullName(), spec.type(),
                    spec.type() == null ? null : spec.type().level(), nameOf.apply(spec.parentId()), on, null, false));
        }
        Set<Long> oldIds = new HashSet<>();
        olds.forEach(u -> oldIds.add(u.getId()));
        String carriedTo = districtParent != null ? districtParent.getFullName() : heir == null ? null : heir.fullName();
        below.forEach(u -> created.add(line(u, oldIds.contains(u.getParentId()) ? carriedTo
                : nameOf.apply(u.getParentId()), on, u.getValidTo(), true)));
        List<UnitLine> receiving = existing.stream()
                .map(u -> line(u, nameOf.apply(u.getParentId()), u.getValidFrom(), u.getValidTo(), false)).toList();

        Set<String> suggested = new HashSet<>();
        earlier.forEach(l -> suggested.add(l.getPredecessorId() + ">" + l.getSuccessorId()));
        UnitLink.Kind kind = linkKind(command.kind(), olds.size());
        List<LinkLine> linkLines = new ArrayList<>();
        if (command.kind() != Reorganisation.Kind.ABOLISH_DISTRICT) {
            for (AdministrativeUnit old : olds) {
                for (ReorganisationCommand.NewUnit spec : command.newUnits()) {
                    linkLines.add(new LinkLine(old.getCode(), old.getFullName(), spec.code(), spec.fullName(), kind,
                            command.kind() == Reorganisation.Kind.SPLIT, false));
                }
                for (AdministrativeUnit successor : existing) {
                    linkLines.add(new LinkLine(old.getCode(), old.getFullName(), successor.getCode(),
                            successor.getFullName(), kind, command.kind() == Reorganisation.Kind.SPLIT,
                            suggested.contains(old.getId() + ">" + successor.getId())));
                }
            }
        }
        below.forEach(u -> linkLines.add(new LinkLine(u.getCode(), u.getFullName(), u.getCode(), u.getFullName(),
                UnitLink.Kind.TRANSFER, false, false)));

        Map<Long, AgencyFates.Decision> byAgency = new LinkedHashMap<>();
        decisions.forEach(d -> byAgency.put(d.agency().getId(), d));
        List<AgencyLine> agencyLines = decisions.stream().map(d -> new AgencyLine(nameOf.apply(d.agency().getUnitId()),
                d.agency().getName(), d.fate(), switch (d.fate()) {
                    case MOVES, STARTS_IN_HEIR -> d.target().fullName();
                    case CLOSES, RETIRES -> d.successor() == null ? null : d.successor().name();
                })).toList();

        List<ImpactSection> sections = new ArrayList<>();
        if (withImpact && on != null && !olds.isEmpty()) {
            Set<Long> unitIds = new LinkedHashSet<>(oldIds);
            below.forEach(u -> unitIds.add(u.getId()));
            ReorganisationImpact.Closing closing0 = new ReorganisationImpact.Closing(on, unitIds, byAgency.keySet(),
                    heir == null ? null : heir.id());
            Map<Long, String> successorsOf = new HashMap<>();
            String successorNames = String.join(", ", java.util.stream.Stream.concat(
                    command.newUnits().stream().map(ReorganisationCommand.NewUnit::fullName),
                    existing.stream().map(AdministrativeUnit::getFullName)).filter(Objects::nonNull).toList());
            olds.forEach(u -> successorsOf.put(u.getId(), successorNames));
            below.forEach(u -> successorsOf.put(u.getId(), u.getFullName()));
            impacts.orderedStream().map(i -> i.heldBy(closing0))
                    .sorted(java.util.Comparator.comparingInt(ReorganisationImpact.Section::order))
                    .forEach(section -> {
                        Set<String> merged = new HashSet<>();
                        sections.add(new ImpactSection(section.titleKey(), section.orphanedKey(), section.items()
                                .stream().map(item -> follow(item, byAgency, nameOf, successorsOf, merged)).toList()));
                    });
        }

        ReorganisationPreview draft = new ReorganisationPreview(command.kind(), on, command.note(), command.agencies(),
                closing, created, receiving, linkLines, agencyLines, List.copyOf(templated), sections,
                List.copyOf(problems), null);
        return new ReorganisationPreview(draft.kind(), on, draft.note(), draft.disposition(), closing, created,
                receiving, linkLines, agencyLines, draft.templated(), sections, draft.problems(), digest(draft));
    }

    /**
     * How a record held on an ending unit follows the successor: with its unit, with its agency, or taken over by
     * the successor agency, where records of the same kind merge into the successor's one.
     */
    private static ImpactLine follow(ReorganisationImpact.Item item, Map<Long, AgencyFates.Decision> byAgency,
                                     java.util.function.Function<Long, String> nameOf, Map<Long, String> successorsOf,
                                     Set<String> merged) {
        AgencyFates.Decision decision = item.agencyId() == null ? null : byAgency.get(item.agencyId());
        String unitName = nameOf.apply(item.unitId());
        if (decision == null) {
            return new ImpactLine(item, unitName, ReorganisationPreview.Follow.UNIT, successorsOf.get(item.unitId()));
        }
        return switch (decision.fate()) {
            case MOVES, STARTS_IN_HEIR -> new ImpactLine(item, unitName, ReorganisationPreview.Follow.AGENCY_MOVES,
                    decision.target().fullName());
            case CLOSES, RETIRES -> {
                if (decision.successor() == null) {
                    yield new ImpactLine(item, unitName, ReorganisationPreview.Follow.ORPHANED, null);
                }
                boolean joins = item.mergeKey() != null && (item.heirHasOne() || !merged.add(item.mergeKey()));
                yield new ImpactLine(item, unitName, joins ? ReorganisationPreview.Follow.MERGED
                        : ReorganisationPreview.Follow.AGENCY_TAKEN_OVER, decision.successor().name());
            }
        };
    }

    private static UnitLine line(AdministrativeUnit u, String parentName, LocalDate from, LocalDate to,
                                 boolean transferred) {
        return new UnitLine(u.getId(), u.getCode(), u.getFullName(), u.getType(), u.getLevel(), parentName, from, to,
                transferred);
    }

    /** A fingerprint of everything the preview shows that recording would do. */
    private static String digest(ReorganisationPreview p) {
        String content = List.of(String.valueOf(p.kind()), String.valueOf(p.effectiveOn()),
                String.valueOf(p.disposition()), p.closing(), p.created(), p.receiving(), p.links(), p.agencies(),
                p.templated(), p.impacts()).toString();
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A unit strictly below one of the user's scope units (a unit administrator does not end their own unit). */
    private static void requireBelowScope(CurrentUser user, AdministrativeUnit unit) {
        if (user.isSystemAdmin()) return;
        boolean below = user.scopePaths().stream()
                .anyMatch(scope -> unit.getPath().startsWith(scope) && !unit.getPath().equals(scope));
        if (!below) throw new NotFoundException("unit", unit.getId());
    }

    private static void requireInScope(CurrentUser user, AdministrativeUnit unit) {
        if (!user.covers(unit.getPath())) throw new NotFoundException("unit", unit.getId());
    }

    // --- recording ------------------------------------------------------------------------------------------------

    private AdministrativeUnit createSuccessor(ReorganisationCommand.NewUnit spec, LocalDate on, Analysis analysis) {
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

    /** A recorded reorganisation with the names of the units on each side, for the history list. */
    public record Recorded(long id, Reorganisation.Kind kind, LocalDate effectiveOn, String subject, String note,
                           String createdBy, java.time.Instant createdAt, List<UnitRef> predecessors,
                           List<UnitRef> successors) {
    }

    /** A recorded reorganisation with its links, for its own page. */
    public record RecordedDetails(Recorded summary, List<LinkLine> links) {

        /** The units carried over under another parent (their own link, same code). */
        public long transferred() {
            return links.stream().filter(l -> l.kind() == UnitLink.Kind.TRANSFER).count();
        }
    }

    /** The latest reorganisations the user may see: all for a system administrator, else those touching their scope. */
    @Transactional(readOnly = true)
    public List<Recorded> recent(CurrentUser user, int limit) {
        if (!mayReorganise(user)) throw new AccessDeniedException("administrators only");
        List<Reorganisation> found = reorganisations.findAll(org.springframework.data.domain.PageRequest.of(0, limit,
                org.springframework.data.domain.Sort.by("createdAt").descending().and(
                        org.springframework.data.domain.Sort.by("id").descending()))).getContent();
        List<UnitLink> all = links.findByReorganisationIdIn(found.stream().map(Reorganisation::getId).toList());
        Map<Long, UnitRef> byId = unitsOf(all);
        return found.stream().map(r -> summary(r, all, byId)).filter(r -> visible(user, r)).toList();
    }

    @Transactional(readOnly = true)
    public RecordedDetails recorded(CurrentUser user, long id) {
        if (!mayReorganise(user)) throw new AccessDeniedException("administrators only");
        Reorganisation reorganisation = reorganisations.findById(id)
                .orElseThrow(() -> new NotFoundException("reorganisation", id));
        List<UnitLink> all = links.findByReorganisationIdIn(List.of(id));
        Map<Long, UnitRef> byId = unitsOf(all);
        Recorded summary = summary(reorganisation, all, byId);
        if (!visible(user, summary)) throw new NotFoundException("reorganisation", id);
        List<LinkLine> lines = all.stream().sorted(java.util.Comparator.comparing(UnitLink::getId)).map(l -> {
            UnitRef from = byId.get(l.getPredecessorId());
            UnitRef to = byId.get(l.getSuccessorId());
            return new LinkLine(from.code(), from.fullName(), to.code(), to.fullName(), l.getKind(), l.isPartial(),
                    !"reorganisation".equals(l.getSource()));
        }).toList();
        return new RecordedDetails(summary, lines);
    }

    private Map<Long, UnitRef> unitsOf(List<UnitLink> all) {
        Set<Long> ids = new HashSet<>();
        all.forEach(l -> {
            ids.add(l.getPredecessorId());
            ids.add(l.getSuccessorId());
        });
        Map<Long, UnitRef> byId = new HashMap<>();
        if (!ids.isEmpty()) units.findByIdIn(ids).forEach(u -> byId.put(u.getId(), u.toRef()));
        return byId;
    }

    private static Recorded summary(Reorganisation r, List<UnitLink> all, Map<Long, UnitRef> byId) {
        List<UnitLink> mine = all.stream().filter(l -> r.getId().equals(l.getReorganisationId())).toList();
        // Units carried over under a new parent are listed with the links, not as the subject's successors.
        List<UnitLink> main = mine.stream().filter(l -> l.getKind() != UnitLink.Kind.TRANSFER).toList();
        return new Recorded(r.getId(), r.getKind(), r.getEffectiveOn(), r.getSubject(), r.getNote(), r.getCreatedBy(),
                r.getCreatedAt(),
                (main.isEmpty() ? mine : main).stream().map(UnitLink::getPredecessorId).distinct().map(byId::get)
                        .toList(),
                (main.isEmpty() ? mine : main).stream().map(UnitLink::getSuccessorId).distinct().map(byId::get)
                        .toList());
    }

    private static boolean visible(CurrentUser user, Recorded r) {
        if (user.isSystemAdmin()) return true;
        return java.util.stream.Stream.concat(r.predecessors().stream(), r.successors().stream())
                .anyMatch(u -> u != null && user.covers(u.path()));
    }
}
