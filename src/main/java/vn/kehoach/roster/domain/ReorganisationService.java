package vn.kehoach.roster.domain;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.domain.ReorganisationPreview.LinkLine;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Records a change of the map: old versions end the day before, successors start on the date, links tie them, and
 * agencies move or close as the administrator chose. Plans and reports keep pointing at the old versions, so they
 * keep the names they were made under; the successor's people see them through the links.
 *
 * <p>Everything it would do is first worked out without changing anything ({@link #preview}, by
 * {@link ReorganisationAnalyser}), in a fixed number of statements whatever the number of units; recording
 * ({@link ReorganisationRecorder}) applies the same decisions. The collaborators have no transactions of their own:
 * this class's methods are the transactional entry points. A system administrator may reorganise any unit, a unit
 * administrator the units below their own (a unit id outside that answers 404).
 */
@Service
public class ReorganisationService {

    private final AdministrativeUnitRepository units;
    private final UnitLinkRepository links;
    private final ReorganisationRepository reorganisations;
    private final ReorganisationAnalyser analyser;
    private final ReorganisationRecorder recorder;

    ReorganisationService(AdministrativeUnitRepository units, UnitLinkRepository links,
                          ReorganisationRepository reorganisations, ReorganisationAnalyser analyser,
                          ReorganisationRecorder recorder) {
        this.units = units;
        this.links = links;
        this.reorganisations = reorganisations;
        this.analyser = analyser;
        this.recorder = recorder;
    }

    /** Whether the user may record reorganisations at all (which units is decided per unit). */
    public static boolean mayReorganise(CurrentUser user) {
        return user.isSystemAdmin() || user.has(Role.UNIT_ADMIN);
    }

    /** What the reorganisation would do, with every reason it cannot be recorded as given. Changes nothing. */
    @Transactional(readOnly = true)
    public ReorganisationPreview preview(CurrentUser user, ReorganisationCommand command) {
        return analyser.analyse(user, command, true).preview();
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
        ReorganisationAnalysis analysis = analyser.analyse(user, command, confirmedDigest != null);
        ReorganisationPreview preview = analysis.preview();
        if (!preview.valid()) throw new ReorganisationRejected(preview);
        if (confirmedDigest != null && !confirmedDigest.equals(preview.digest())) {
            throw new ReorganisationChanged(preview);
        }
        return recorder.record(user, command, analysis);
    }

    /**
     * The units a reorganisation form names, labelled as its pickers show them ("Xã Ba Tơ — 21484 — Tỉnh Quảng
     * Ngãi"), in two statements. A unit outside the user's scope answers 404.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> pickLabels(CurrentUser user, Collection<Long> ids) {
        if (!mayReorganise(user)) throw new AccessDeniedException("administrators only");
        if (ids.isEmpty()) return Map.of();
        List<AdministrativeUnit> found = units.findByIdIn(new HashSet<>(ids));
        Map<Long, AdministrativeUnit> byId = new HashMap<>();
        found.forEach(u -> byId.put(u.getId(), u));
        for (Long id : ids) {
            if (!byId.containsKey(id)) throw new NotFoundException("unit", id);
            ReorganisationAnalyser.requireInScope(user, byId.get(id));
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

    /** A recorded reorganisation with the names of the units on each side, for the history list. */
    public record Recorded(long id, Reorganisation.Kind kind, LocalDate effectiveOn, String subject, String note,
                           String createdBy, Instant createdAt, List<UnitRef> predecessors,
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
        List<Reorganisation> found = reorganisations.findAll(PageRequest.of(0, limit,
                Sort.by("createdAt").descending().and(Sort.by("id").descending()))).getContent();
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
        List<LinkLine> lines = all.stream().sorted(Comparator.comparing(UnitLink::getId)).map(l -> {
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
        return Stream.concat(r.predecessors().stream(), r.successors().stream())
                .anyMatch(u -> u != null && user.covers(u.path()));
    }
}
