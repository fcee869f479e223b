package vn.kehoach.roster.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitType;
import vn.kehoach.roster.domain.ReorganisationPreview.Problem;
import vn.kehoach.roster.domain.ReorganisationPreview.Target;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.NotFoundException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Works out what a reorganisation would do without changing anything, in a fixed number of statements whatever the
 * number of units: the units involved, every reason it cannot be recorded as given, and the fate of each agency.
 * The caller's transaction (read-only for a preview) is the one it reads in.
 */
@Component
class ReorganisationAnalyser {

    private final AdministrativeUnitRepository units;
    private final UnitLinkRepository links;
    private final AgencyRepository agencies;
    private final AgencyTemplateRepository templates;
    private final ReorganisationPreviewer previewer;

    ReorganisationAnalyser(AdministrativeUnitRepository units, UnitLinkRepository links, AgencyRepository agencies,
                           AgencyTemplateRepository templates, ReorganisationPreviewer previewer) {
        this.units = units;
        this.links = links;
        this.agencies = agencies;
        this.templates = templates;
        this.previewer = previewer;
    }

    /**
     * The heir: the first successor, which takes over the agencies; either a unit the command creates or an
     * existing one.
     */
    private record Heir(ReorganisationCommand.NewUnit firstNew, AdministrativeUnit firstExisting,
                        AgencyFates.UnitTarget target, UnitLevel level) {

        static Heir of(ReorganisationCommand command, List<AdministrativeUnit> existing) {
            ReorganisationCommand.NewUnit firstNew = command.newUnits().isEmpty() ? null : command.newUnits().get(0);
            AdministrativeUnit firstExisting = existing.isEmpty() ? null : existing.get(0);
            AgencyFates.UnitTarget target = firstNew != null
                    ? new AgencyFates.UnitTarget(null, firstNew.fullName(), null)
                    : firstExisting != null
                            ? new AgencyFates.UnitTarget(firstExisting.getId(),
                                    firstExisting.getFullName(), firstExisting.getValidTo())
                            : null;
            UnitLevel level = firstNew != null && firstNew.type() != null
                    ? firstNew.type().level()
                    : firstExisting != null ? firstExisting.getLevel() : null;
            return new Heir(firstNew, firstExisting, target, level);
        }

        /** An existing unit taking over keeps its own agencies beside those that join it. */
        boolean existingTakesOver() {
            return firstExisting != null && firstNew == null;
        }

        /** Enough is known of a new heir (its type and name) to plan its agencies. */
        boolean described() {
            return firstNew == null || (firstNew.type() != null && firstNew.name() != null);
        }
    }

    /** The agencies' fates, and whether (and which) template agencies the heir would get. */
    private static final class AgencyPlan {
        final List<AgencyFates.Decision> decisions = new ArrayList<>();
        final List<String> templated = new ArrayList<>();
        boolean templatesAsked;
    }

    ReorganisationAnalysis analyse(CurrentUser user, ReorganisationCommand command, boolean withImpact) {
        if (!ReorganisationService.mayReorganise(user)) throw new AccessDeniedException("administrators only");
        List<Problem> problems = new ArrayList<>();
        LocalDate on = command.effectiveOn();
        if (on == null) problems.add(Problem.of(Target.DATE, "roster.reorg.dateRequired"));
        Reorganisation.Kind kind = command.kind();

        Map<Long, AdministrativeUnit> byId = namedUnits(command);
        List<AdministrativeUnit> olds = command.predecessorIds().stream().distinct().map(byId::get).toList();
        List<AdministrativeUnit> existing = command.existingSuccessorIds().stream().distinct().map(byId::get).toList();
        requireScope(user, command, byId, olds, existing);
        addParents(byId, olds, existing);
        checkUnits(kind, on, olds, existing, command.newUnits().size(), problems);
        List<UnitLink> earlier = earlierLinks(olds, problems);
        checkNewUnits(command.newUnits(), on, olds, byId, problems);

        Heir heir = Heir.of(command, existing);
        AdministrativeUnit districtParent = kind == Reorganisation.Kind.ABOLISH_DISTRICT && olds.size() == 1
                ? byId.get(olds.get(0).getParentId())
                : null;
        List<AdministrativeUnit> below = validBelow(olds, on);
        checkBelow(command, olds, below, heir.level(), heir.target(), districtParent, problems);
        AgencyPlan plan = new AgencyPlan();
        if (on != null && !olds.isEmpty() && heir.described()) {
            decideAgencies(command, olds, below, heir, plan, problems);
        }

        ReorganisationPreview preview = previewer.describe(command, byId, olds, existing, below, heir.target(),
                districtParent, plan.decisions, plan.templated, earlier, withImpact, problems);
        return new ReorganisationAnalysis(kind, olds, existing, below, districtParent, plan.decisions,
                plan.templatesAsked, preview);
    }

    /** The units the command names (one statement); one that does not exist answers 404. */
    private Map<Long, AdministrativeUnit> namedUnits(ReorganisationCommand command) {
        Set<Long> named = new LinkedHashSet<>(command.predecessorIds());
        named.addAll(command.existingSuccessorIds());
        command.newUnits().stream().map(ReorganisationCommand.NewUnit::parentId).filter(Objects::nonNull)
                .forEach(named::add);
        Map<Long, AdministrativeUnit> byId = new HashMap<>();
        if (!named.isEmpty()) units.findByIdIn(named).forEach(u -> byId.put(u.getId(), u));
        for (Long id : named) {
            if (!byId.containsKey(id)) throw new NotFoundException("unit", id);
        }
        return byId;
    }

    /** A unit outside what the user may reorganise answers 404, as if it did not exist. */
    private static void requireScope(CurrentUser user, ReorganisationCommand command,
                                     Map<Long, AdministrativeUnit> byId, List<AdministrativeUnit> olds,
                                     List<AdministrativeUnit> existing) {
        olds.forEach(u -> requireBelowScope(user, u));
        existing.forEach(u -> requireBelowScope(user, u));
        command.newUnits().stream().map(ReorganisationCommand.NewUnit::parentId).filter(Objects::nonNull)
                .forEach(id -> requireInScope(user, byId.get(id)));
    }

    /** The parents of the units that end or receive, for the names the preview shows (one statement). */
    private void addParents(Map<Long, AdministrativeUnit> byId, List<AdministrativeUnit> olds,
                            List<AdministrativeUnit> existing) {
        Set<Long> parentIds = new HashSet<>();
        olds.forEach(u -> parentIds.add(u.getParentId()));
        existing.forEach(u -> parentIds.add(u.getParentId()));
        parentIds.remove(null);
        parentIds.removeAll(byId.keySet());
        if (!parentIds.isEmpty()) units.findByIdIn(parentIds).forEach(u -> byId.put(u.getId(), u));
    }

    /** Links from the old units already on record; a unit a recorded reorganisation ended cannot end again. */
    private List<UnitLink> earlierLinks(List<AdministrativeUnit> olds, List<Problem> problems) {
        List<UnitLink> earlier = olds.isEmpty()
                ? List.of()
                : links.findByPredecessorIdIn(olds.stream().map(AdministrativeUnit::getId).toList());
        // The same confirmation sent twice must not end the units a second time.
        olds.stream().filter(u -> earlier.stream().anyMatch(l -> l.getPredecessorId().equals(u.getId())
                && l.getReorganisationId() != null))
                .forEach(u -> problems.add(Problem.of(Target.PREDECESSORS, "roster.reorg.alreadyReorganised",
                        u.getFullName())));
        return earlier;
    }

    /** The units still valid on the date below those that end, top down (one statement). */
    private List<AdministrativeUnit> validBelow(List<AdministrativeUnit> olds, LocalDate on) {
        if (on == null || olds.isEmpty()) return List.of();
        Set<Long> oldIds = new HashSet<>();
        olds.forEach(u -> oldIds.add(u.getId()));
        return units.findValidBelow(String.join(",", olds.stream().map(AdministrativeUnit::getPath).toList()), on)
                .stream().filter(u -> !oldIds.contains(u.getId())).toList();
    }

    /** Every agency of the units that end, and of an existing heir, read in one statement, and what becomes of it. */
    private void decideAgencies(ReorganisationCommand command, List<AdministrativeUnit> olds,
                                List<AdministrativeUnit> below, Heir heir, AgencyPlan plan, List<Problem> problems) {
        LocalDate on = command.effectiveOn();
        Map<Long, List<Agency>> own = ownAgencies(olds, below, heir);
        List<String> clashes = new ArrayList<>();
        for (AdministrativeUnit unit : below) {
            plan.decisions.addAll(AgencyFates.move(own.get(unit.getId()), unit, on,
                    new AgencyFates.UnitTarget(null, unit.getFullName(), null), new HashSet<>(), clashes));
        }
        List<AgencyFates.View> heirAgencies = new ArrayList<>();
        if (heir.existingTakesOver()) {
            own.get(heir.firstExisting().getId()).forEach(a -> heirAgencies.add(AgencyFates.View.of(a)));
        }
        // Asked only when the heir has no agency working on the date: only then are the templates read, and applied.
        Supplier<List<AgencyFates.View>> fromTemplates = () -> {
            plan.templatesAsked = true;
            List<AgencyFates.View> views = plannedForHeir(heir, on, heir.firstExisting() == null
                    ? List.of()
                    : own.getOrDefault(heir.firstExisting().getId(), List.of()));
            views.forEach(v -> plan.templated.add(v.name()));
            return views;
        };
        Set<String> taken = AgencyFates.namesAt(heirAgencies, on);
        AgencyFates.UnitTarget target = heir.target();
        for (AdministrativeUnit old : olds) {
            if (command.kind() == Reorganisation.Kind.ABOLISH_DISTRICT || target == null) {
                plan.decisions.addAll(AgencyFates.close(own.get(old.getId()), old, on, null, null,
                        new ArrayList<>(), List::of));
            } else if (command.agencies() == ReorganisationCommand.AgencyDisposition.MOVE) {
                plan.decisions.addAll(AgencyFates.move(own.get(old.getId()), old, on, target, taken, clashes));
            } else {
                plan.decisions.addAll(AgencyFates.close(own.get(old.getId()), old, on, target, heir.level(),
                        heirAgencies, fromTemplates));
            }
        }
        clashes.stream().distinct().forEach(name -> problems.add(Problem.of(Target.AGENCIES,
                "roster.reorg.agencyNameClash", name, target == null ? "" : target.fullName())));
    }

    private Map<Long, List<Agency>> ownAgencies(List<AdministrativeUnit> olds, List<AdministrativeUnit> below,
                                                Heir heir) {
        Set<Long> agencyUnits = new LinkedHashSet<>();
        olds.forEach(u -> agencyUnits.add(u.getId()));
        below.forEach(u -> agencyUnits.add(u.getId()));
        if (heir.existingTakesOver()) agencyUnits.add(heir.firstExisting().getId());
        Map<Long, List<Agency>> own = new LinkedHashMap<>();
        agencyUnits.forEach(id -> own.put(id, new ArrayList<>()));
        agencies.findByUnitIdInOrderBySortOrderAscNameAsc(agencyUnits).forEach(a -> own.get(a.getUnitId()).add(a));
        return own;
    }

    /** The agencies the heir would get from its level's templates (one statement). */
    private List<AgencyFates.View> plannedForHeir(Heir heir, LocalDate on, List<Agency> present) {
        ReorganisationCommand.NewUnit firstNew = heir.firstNew();
        AdministrativeUnit firstExisting = heir.firstExisting();
        UnitLevel level = firstNew != null ? firstNew.type().level() : firstExisting.getLevel();
        String inline = firstNew != null
                ? firstNew.type().prefix() + " " + firstNew.name()
                : firstExisting.toRef().inlineName();
        LocalDate validTo = firstNew != null ? null : firstExisting.getValidTo();
        return AgencyTemplating.plannedFromTemplates(level, inline, validTo, on, present,
                templates.findByLevelOrderBySortOrder(level)).stream()
                .map(p -> new AgencyFates.View(null, p.name(), p.template().getSector(), p.template().getSortOrder(),
                        p.start(), p.until()))
                .toList();
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
        String targetName = abolish
                ? (districtParent == null ? "" : districtParent.getFullName())
                : heir == null ? "" : heir.fullName();
        if (targetLevel == null) return;
        Set<Long> oldIds = new HashSet<>();
        olds.forEach(u -> oldIds.add(u.getId()));
        below.stream().filter(u -> oldIds.contains(u.getParentId()) && !fitsUnder(targetLevel, u.getLevel()))
                .findFirst().ifPresent(u -> problems.add(Problem.of(Target.CHILDREN, "roster.reorg.childWrongLevel",
                        u.getFullName(), targetName)));
    }

    /** A unit strictly below one of the user's scope units (a unit administrator does not end their own unit). */
    static void requireBelowScope(CurrentUser user, AdministrativeUnit unit) {
        if (user.isSystemAdmin()) return;
        boolean below = user.scopePaths().stream()
                .anyMatch(scope -> unit.getPath().startsWith(scope) && !unit.getPath().equals(scope));
        if (!below) throw new NotFoundException("unit", unit.getId());
    }

    static void requireInScope(CurrentUser user, AdministrativeUnit unit) {
        if (!user.covers(unit.getPath())) throw new NotFoundException("unit", unit.getId());
    }
}
