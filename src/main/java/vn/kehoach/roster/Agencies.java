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
