package vn.kehoach.roster;

import org.springframework.stereotype.Component;
import vn.kehoach.roster.domain.AgencyService;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The roster's agencies, for other modules. */
@Component
public class Agencies {

    private final AgencyService service;

    Agencies(AgencyService service) {
        this.service = service;
    }

    public Optional<AgencyRef> find(long id) {
        return service.findRef(id);
    }

    public List<AgencyRef> findAll(Collection<Long> ids) {
        return service.findRefs(ids);
    }

    /**
     * An agency the user may read (of their units, those below, those above), for an id a user sent; 404 otherwise,
     * so that ids of other provinces reveal nothing.
     */
    public AgencyRef readable(vn.kehoach.shared.security.CurrentUser user, long id) {
        return service.findRef(id)
                .filter(a -> vn.kehoach.roster.domain.AgencyService.canRead(user, a.unitPath()))
                .orElseThrow(() -> new vn.kehoach.shared.web.NotFoundException("agency", id));
    }

    /**
     * The agencies if every one is of the user's units — their own, those below it, those it was formed from — in one
     * statement; 404 otherwise. For lists of agencies a page offers to choose from (an imported plan's roster).
     */
    public List<AgencyRef> ofUserUnits(vn.kehoach.shared.security.CurrentUser user, Collection<Long> ids) {
        java.util.Set<Long> distinct = new java.util.LinkedHashSet<>(ids);
        List<AgencyRef> found = service.findRefs(distinct);
        if (found.size() != distinct.size() || found.stream().anyMatch(a -> !user.covers(a.unitPath()))) {
            throw new vn.kehoach.shared.web.NotFoundException("agency", ids);
        }
        return found;
    }

    /** The unit's agencies active on a date, in their conventional order. */
    public List<AgencyRef> activeOf(long unitId, LocalDate date) {
        return service.activeOf(unitId, date);
    }

    /**
     * The unit's agencies active on a date if the user may read them (their own unit, below it, or above it);
     * empty otherwise.
     */
    public List<AgencyRef> activeOfReadable(vn.kehoach.shared.security.CurrentUser user, long unitId, LocalDate date) {
        try {
            service.readableUnit(user, unitId);
        } catch (vn.kehoach.shared.web.NotFoundException e) {
            return List.of();
        }
        return service.activeOf(unitId, date);
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
