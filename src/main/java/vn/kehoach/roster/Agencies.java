package vn.kehoach.roster;

import org.springframework.stereotype.Component;
import vn.kehoach.roster.domain.AgencyService;
import vn.kehoach.shared.cache.ReferenceCache;
import vn.kehoach.shared.cache.ReferenceCaches;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.NotFoundException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roster's agencies, for other modules: the names every plan and report page shows, kept in memory while the
 * roster is unchanged (see {@link ReferenceCaches}).
 */
@Component
public class Agencies {

    private record UnitAt(long unitId, LocalDate date) {
    }

    private final AgencyService service;
    private final ReferenceCache<Long, Optional<AgencyRef>> byId;
    private final ReferenceCache<UnitAt, List<AgencyRef>> active;

    Agencies(AgencyService service, ReferenceCaches caches) {
        this.service = service;
        // The country has about 84,000 agencies over time; those of the pages being read are kept.
        this.byId = caches.create("roster.agencies", 100_000, Units.REVISION);
        this.active = caches.create("roster.activeAgencies", 2_000, Units.REVISION);
    }

    public Optional<AgencyRef> find(long id) {
        return byId.get(id, service::findRef);
    }

    public List<AgencyRef> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        List<AgencyRef> found = new ArrayList<>();
        byId.getAll(ids, missing -> service.findRefs(missing).stream()
                .collect(Collectors.toMap(AgencyRef::id, Optional::of)))
                .values().forEach(agency -> agency.ifPresent(found::add));
        return found;
    }

    /**
     * An agency the user may read (of their units, those below, those above), for an id a user sent; 404 otherwise,
     * so that ids of other provinces reveal nothing.
     */
    public AgencyRef readable(CurrentUser user, long id) {
        return service.findRef(id)
                .filter(a -> AgencyService.canRead(user, a.unitPath()))
                .orElseThrow(() -> new NotFoundException("agency", id));
    }

    /**
     * The agencies if every one is of the user's units — their own, those below it, those it was formed from — in one
     * statement; 404 otherwise. For lists of agencies a page offers to choose from (an imported plan's roster).
     */
    public List<AgencyRef> ofUserUnits(CurrentUser user, Collection<Long> ids) {
        Set<Long> distinct = new LinkedHashSet<>(ids);
        List<AgencyRef> found = service.findRefs(distinct);
        if (found.size() != distinct.size() || found.stream().anyMatch(a -> !user.covers(a.unitPath()))) {
            throw new NotFoundException("agency", ids);
        }
        return found;
    }

    /** The unit's agencies active on a date, in their conventional order. */
    public List<AgencyRef> activeOf(long unitId, LocalDate date) {
        return active.get(new UnitAt(unitId, date), key -> List.copyOf(service.activeOf(key.unitId(), key.date())));
    }

    /**
     * The unit's agencies active on a date if the user may read them (their own unit, below it, or above it);
     * empty otherwise.
     */
    public List<AgencyRef> activeOfReadable(CurrentUser user, long unitId, LocalDate date) {
        try {
            service.readableUnit(user, unitId);
        } catch (NotFoundException e) {
            return List.of();
        }
        return activeOf(unitId, date);
    }

    /** The agency if active on the date, else the one that took over its work then (a closed Sở's successor). */
    public Optional<AgencyRef> carriedOnAt(long agencyId, LocalDate date) {
        return service.carriedOnAt(agencyId, date);
    }

    /** The unit's gender-equality focal agency on a date. */
    public Optional<AgencyRef> focalAt(long unitId, LocalDate date) {
        return service.focalAt(unitId, date);
    }
}
