package vn.kehoach.roster.domain;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.kehoach.roster.ReorganisationImpact;
import vn.kehoach.roster.domain.ReorganisationPreview.AgencyLine;
import vn.kehoach.roster.domain.ReorganisationPreview.ImpactLine;
import vn.kehoach.roster.domain.ReorganisationPreview.ImpactSection;
import vn.kehoach.roster.domain.ReorganisationPreview.LinkLine;
import vn.kehoach.roster.domain.ReorganisationPreview.Problem;
import vn.kehoach.roster.domain.ReorganisationPreview.UnitLine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns the decisions of an analysis into the preview the administrator confirms: the units that end and start, the
 * links, the agencies' fates and how the records the other modules hold on the ending units follow. Its digest is
 * what recording compares, so it must describe everything recording would do.
 */
@Component
class ReorganisationPreviewer {

    private final ObjectProvider<ReorganisationImpact> impacts;

    ReorganisationPreviewer(ObjectProvider<ReorganisationImpact> impacts) {
        this.impacts = impacts;
    }

    /** What the analysed units and decisions amount to; the impact on other modules only when asked. */
    ReorganisationPreview describe(ReorganisationCommand command, Map<Long, AdministrativeUnit> byId,
                                   List<AdministrativeUnit> olds, List<AdministrativeUnit> existing,
                                   List<AdministrativeUnit> below, AgencyFates.UnitTarget heir,
                                   AdministrativeUnit districtParent, List<AgencyFates.Decision> decisions,
                                   List<String> templated, List<UnitLink> earlier, boolean withImpact,
                                   List<Problem> problems) {
        LocalDate on = command.effectiveOn();
        Map<Long, AdministrativeUnit> all = new HashMap<>(byId);
        below.forEach(u -> all.put(u.getId(), u));
        Function<Long, String> nameOf = id -> id == null || !all.containsKey(id) ? null : all.get(id).getFullName();
        String carriedTo = districtParent != null
                ? districtParent.getFullName()
                : heir == null ? null : heir.fullName();

        List<UnitLine> closing = closing(olds, below, on, nameOf);
        List<UnitLine> created = created(command, olds, below, carriedTo, nameOf);
        List<UnitLine> receiving = existing.stream()
                .map(u -> line(u, nameOf.apply(u.getParentId()), u.getValidFrom(), u.getValidTo(), false)).toList();
        List<LinkLine> linkLines = links(command, olds, existing, below, earlier);
        Map<Long, AgencyFates.Decision> byAgency = new LinkedHashMap<>();
        decisions.forEach(d -> byAgency.put(d.agency().getId(), d));
        List<AgencyLine> agencyLines = agencyLines(decisions, nameOf);
        List<ImpactSection> sections = new ArrayList<>();
        if (withImpact && on != null && !olds.isEmpty()) {
            sections.addAll(impactSections(command, olds, existing, below, heir, byAgency, nameOf));
        }

        ReorganisationPreview draft = new ReorganisationPreview(command.kind(), on, command.note(), command.agencies(),
                closing, created, receiving, linkLines, agencyLines, List.copyOf(templated), sections,
                List.copyOf(problems), null);
        return new ReorganisationPreview(draft.kind(), on, draft.note(), draft.disposition(), closing, created,
                receiving, linkLines, agencyLines, draft.templated(), sections, draft.problems(), digest(draft));
    }

    private static List<UnitLine> closing(List<AdministrativeUnit> olds, List<AdministrativeUnit> below,
                                          LocalDate on, Function<Long, String> nameOf) {
        LocalDate lastDay = on == null ? null : on.minusDays(1);
        List<UnitLine> closing = new ArrayList<>();
        olds.forEach(u -> closing.add(line(u, nameOf.apply(u.getParentId()), u.getValidFrom(), lastDay, false)));
        below.forEach(u -> closing.add(line(u, nameOf.apply(u.getParentId()), u.getValidFrom(), lastDay, true)));
        return closing;
    }

    /** The new units, then the new versions of those carried over (under the heir, or the district's province). */
    private static List<UnitLine> created(ReorganisationCommand command, List<AdministrativeUnit> olds,
                                          List<AdministrativeUnit> below, String carriedTo,
                                          Function<Long, String> nameOf) {
        LocalDate on = command.effectiveOn();
        List<UnitLine> created = new ArrayList<>();
        for (ReorganisationCommand.NewUnit spec : command.newUnits()) {
            created.add(new UnitLine(null, spec.code(), spec.fullName(), spec.type(),
                    spec.type() == null ? null : spec.type().level(), nameOf.apply(spec.parentId()), on, null, false));
        }
        Set<Long> oldIds = new HashSet<>();
        olds.forEach(u -> oldIds.add(u.getId()));
        below.forEach(u -> created.add(line(u, oldIds.contains(u.getParentId())
                ? carriedTo
                : nameOf.apply(u.getParentId()), on, u.getValidTo(), true)));
        return created;
    }

    /** Each old unit to each successor, marked where an earlier link already suggested it; then the transfers. */
    private static List<LinkLine> links(ReorganisationCommand command, List<AdministrativeUnit> olds,
                                        List<AdministrativeUnit> existing, List<AdministrativeUnit> below,
                                        List<UnitLink> earlier) {
        Set<String> suggested = new HashSet<>();
        earlier.forEach(l -> suggested.add(l.getPredecessorId() + ">" + l.getSuccessorId()));
        UnitLink.Kind kind = ReorganisationAnalysis.linkKind(command.kind(), olds.size());
        boolean partial = command.kind() == Reorganisation.Kind.SPLIT;
        List<LinkLine> linkLines = new ArrayList<>();
        if (command.kind() != Reorganisation.Kind.ABOLISH_DISTRICT) {
            for (AdministrativeUnit old : olds) {
                for (ReorganisationCommand.NewUnit spec : command.newUnits()) {
                    linkLines.add(new LinkLine(old.getCode(), old.getFullName(), spec.code(), spec.fullName(), kind,
                            partial, false));
                }
                for (AdministrativeUnit successor : existing) {
                    linkLines.add(new LinkLine(old.getCode(), old.getFullName(), successor.getCode(),
                            successor.getFullName(), kind, partial,
                            suggested.contains(old.getId() + ">" + successor.getId())));
                }
            }
        }
        below.forEach(u -> linkLines.add(new LinkLine(u.getCode(), u.getFullName(), u.getCode(), u.getFullName(),
                UnitLink.Kind.TRANSFER, false, false)));
        return linkLines;
    }

    private static List<AgencyLine> agencyLines(List<AgencyFates.Decision> decisions, Function<Long, String> nameOf) {
        return decisions.stream().map(d -> new AgencyLine(nameOf.apply(d.agency().getUnitId()),
                d.agency().getName(), d.fate(), switch (d.fate()) {
                    case MOVES, STARTS_IN_HEIR -> d.target().fullName();
                    case CLOSES, RETIRES -> d.successor() == null ? null : d.successor().name();
                })).toList();
    }

    /** What the other modules hold on the ending units and agencies, and where each record goes. */
    private List<ImpactSection> impactSections(ReorganisationCommand command, List<AdministrativeUnit> olds,
                                               List<AdministrativeUnit> existing, List<AdministrativeUnit> below,
                                               AgencyFates.UnitTarget heir,
                                               Map<Long, AgencyFates.Decision> byAgency,
                                               Function<Long, String> nameOf) {
        Set<Long> oldIds = new HashSet<>();
        olds.forEach(u -> oldIds.add(u.getId()));
        Set<Long> unitIds = new LinkedHashSet<>(oldIds);
        below.forEach(u -> unitIds.add(u.getId()));
        ReorganisationImpact.Closing closing = new ReorganisationImpact.Closing(command.effectiveOn(), unitIds,
                byAgency.keySet(), heir == null ? null : heir.id());
        Map<Long, String> successorsOf = new HashMap<>();
        String successorNames = String.join(", ", Stream.concat(
                command.newUnits().stream().map(ReorganisationCommand.NewUnit::fullName),
                existing.stream().map(AdministrativeUnit::getFullName)).filter(Objects::nonNull).toList());
        olds.forEach(u -> successorsOf.put(u.getId(), successorNames));
        below.forEach(u -> successorsOf.put(u.getId(), u.getFullName()));
        List<ImpactSection> sections = new ArrayList<>();
        impacts.orderedStream().map(i -> i.heldBy(closing))
                .sorted(Comparator.comparingInt(ReorganisationImpact.Section::order))
                .forEach(section -> {
                    Set<String> merged = new HashSet<>();
                    sections.add(new ImpactSection(section.titleKey(), section.orphanedKey(), section.items()
                            .stream().map(item -> follow(item, byAgency, nameOf, successorsOf, merged)).toList()));
                });
        return sections;
    }

    /**
     * How a record held on an ending unit follows the successor: with its unit, with its agency, or taken over by
     * the successor agency, where records of the same kind merge into the successor's one.
     */
    private static ImpactLine follow(ReorganisationImpact.Item item, Map<Long, AgencyFates.Decision> byAgency,
                                     Function<Long, String> nameOf, Map<Long, String> successorsOf,
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
                yield new ImpactLine(item, unitName, joins
                        ? ReorganisationPreview.Follow.MERGED
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
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
