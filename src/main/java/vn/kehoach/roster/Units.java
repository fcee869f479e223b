package vn.kehoach.roster;

import org.springframework.stereotype.Component;
import vn.kehoach.roster.domain.UnitService;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The roster's administrative units, for other modules. */
@Component
public class Units {

    private final UnitService service;

    Units(UnitService service) {
        this.service = service;
    }

    public UnitRef get(long id) {
        return service.get(id);
    }

    public List<UnitRef> getAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : service.findAll(ids);
    }

    public Optional<UnitRef> findByCodeAt(String code, LocalDate date) {
        return service.findByCodeAt(code, date);
    }

    /** From the root down to the unit itself. */
    public List<UnitRef> chain(long id) {
        return service.chain(service.get(id));
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
        String folded = vn.kehoach.shared.text.VietnameseText.fold(fullName);
        List<Long> ids = service.search(new UnitSearch(fullName, null, null, null, null, at, 0, 20)).content()
                .stream().filter(u -> vn.kehoach.shared.text.VietnameseText.fold(u.fullName()).equals(folded))
                .map(UnitSummary::id).toList();
        return ids.isEmpty() ? List.of() : service.findAll(ids);
    }

    /** The units this one was formed from that were valid on the date (a merged province's provinces before 2025). */
    public List<UnitRef> predecessorsAt(long unitId, LocalDate at) {
        return service.predecessorsAt(unitId, at);
    }

    public List<UnitSummary> children(long parentId, LocalDate at) {
        return service.search(new UnitSearch(null, null, null, parentId, null, at, 0, UnitSearch.MAX_SIZE)).content();
    }
}
