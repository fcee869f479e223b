package vn.kehoach.roster;

import org.springframework.stereotype.Component;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.shared.cache.ReferenceCache;
import vn.kehoach.shared.cache.ReferenceCaches;
import vn.kehoach.shared.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The roster's administrative units, for other modules. Every page reads some (the user's scope, a plan's issuer, a
 * report's unit); they are kept in memory while the roster is unchanged (see {@link ReferenceCaches}).
 */
@Component
public class Units {

    /** The kind of data of {@link vn.kehoach.shared.cache.ReferenceRevisions} that the roster's triggers move. */
    static final String REVISION = "roster";

    private record CodeAt(String code, LocalDate date) {
    }

    private record ChildrenAt(long parentId, LocalDate date) {
    }

    private final UnitService service;
    private final ReferenceCache<Long, UnitRef> byId;
    private final ReferenceCache<CodeAt, Optional<UnitRef>> byCode;
    private final ReferenceCache<Long, List<UnitRef>> chains;
    private final ReferenceCache<ChildrenAt, List<UnitSummary>> children;

    Units(UnitService service, ReferenceCaches caches) {
        this.service = service;
        // The map has about 14,000 units over time.
        this.byId = caches.create("roster.units", 20_000, REVISION);
        this.byCode = caches.create("roster.unitCodes", 5_000, REVISION);
        this.chains = caches.create("roster.unitChains", 5_000, REVISION);
        this.children = caches.create("roster.unitChildren", 1_000, REVISION);
    }

    public UnitRef get(long id) {
        return byId.get(id, service::get);
    }

    public List<UnitRef> getAll(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return new ArrayList<>(byId.getAll(ids, missing -> service.findAll(missing).stream()
                .collect(Collectors.toMap(UnitRef::id, Function.identity()))).values());
    }

    public Optional<UnitRef> findByCodeAt(String code, LocalDate date) {
        return byCode.get(new CodeAt(code, date), key -> service.findByCodeAt(key.code(), key.date()));
    }

    /** From the root down to the unit itself. */
    public List<UnitRef> chain(long id) {
        return chains.get(id, key -> List.copyOf(service.chain(get(key))));
    }

    /** The unit's own path and those of the units it succeeded: its data scope. */
    public List<String> scopePaths(long unitId) {
        return service.scopePaths(unitId);
    }

    /**
     * The unit valid on a date whose full name is the given one, ignoring case and accents ("HUYỆN BA TƠ" finds
     * Huyện Ba Tơ), if exactly one matches.
     */
    public Optional<UnitRef> findByFullNameAt(String fullName, LocalDate at) {
        List<UnitRef> found = findAllByFullNameAt(fullName, at);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every unit valid on a date whose full name is the given one, ignoring case and accents ("Huyện Châu Thành"). */
    public List<UnitRef> findAllByFullNameAt(String fullName, LocalDate at) {
        String folded = VietnameseText.fold(fullName);
        List<Long> ids = service.search(new UnitSearch(fullName, null, null, null, null, at, 0, 20)).content()
                .stream().filter(u -> VietnameseText.fold(u.fullName()).equals(folded))
                .map(UnitSummary::id).toList();
        return ids.isEmpty() ? List.of() : service.findAll(ids);
    }

    /** The units this one was formed from that were valid on the date (a merged province's provinces before 2025). */
    public List<UnitRef> predecessorsAt(long unitId, LocalDate at) {
        return service.predecessorsAt(unitId, at);
    }

    public List<UnitSummary> children(long parentId, LocalDate at) {
        return children.get(new ChildrenAt(parentId, at), key -> List.copyOf(service.search(
                new UnitSearch(null, null, null, key.parentId(), null, key.date(), 0, UnitSearch.MAX_SIZE)).content()));
    }
}
