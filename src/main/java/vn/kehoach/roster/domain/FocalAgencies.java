package vn.kehoach.roster.domain;

import org.springframework.stereotype.Component;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.BusinessRuleException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which agency of a unit is its focal agency (cơ quan thường trực) and since when: one term at a time, each new one
 * ending the previous the day before. The caller has already checked that the user manages the unit.
 */
@Component
class FocalAgencies {

    private final AgencyRepository agencies;
    private final FocalAgencyRepository focals;
    private final AuditTrail audit;

    FocalAgencies(AgencyRepository agencies, FocalAgencyRepository focals, AuditTrail audit) {
        this.agencies = agencies;
        this.focals = focals;
        this.audit = audit;
    }

    void makeFocal(CurrentUser user, Agency agency, LocalDate from) {
        long agencyId = agency.getId();
        if (!agency.activeAt(from)) throw new BusinessRuleException("roster.agency.focalNotActive");
        Optional<FocalAgency> current = focals.findAt(agency.getUnitId(), from);
        if (current.isPresent()) {
            if (current.get().getAgencyId().equals(agencyId)) return;
            if (!current.get().getValidFrom().isBefore(from)) {
                throw new BusinessRuleException("roster.agency.focalAlreadyFrom", current.get().getValidFrom());
            }
            current.get().endBefore(from);
            focals.flush();
        }
        boolean laterTerm = focals.findByUnitIdOrderByValidFromDesc(agency.getUnitId()).stream()
                .anyMatch(f -> f.getValidFrom().isAfter(from));
        if (laterTerm) throw new BusinessRuleException("roster.agency.focalLaterTerm");
        focals.save(new FocalAgency(agency.getUnitId(), agencyId, from));
        audit.record(AuditEntry.of(AuditAction.FOCAL_AGENCY_SET, user).object(agencyId).unit(agency.getUnitId())
                .summary(agency.getName())
                .before(current.map(f -> Map.<String, Object>of("agencyId", f.getAgencyId())).orElse(null))
                .after(Map.of("agencyId", agencyId, "from", from.toString())));
    }

    /** A closed agency's focal term, if it holds one then, ends with it. */
    void endWith(Agency agency, LocalDate effectiveOn) {
        focals.findAt(agency.getUnitId(), effectiveOn)
                .filter(f -> f.getAgencyId().equals(agency.getId()))
                .ifPresent(f -> f.endBefore(effectiveOn));
    }

    List<AgencyService.FocalTerm> history(long unitId) {
        List<FocalAgency> terms = focals.findByUnitIdOrderByValidFromDesc(unitId);
        Map<Long, String> byId = agencies.findByIdIn(terms.stream().map(FocalAgency::getAgencyId).toList()).stream()
                .collect(Collectors.toMap(Agency::getId, Agency::getName));
        return terms.stream().map(f -> new AgencyService.FocalTerm(f.getAgencyId(), byId.get(f.getAgencyId()),
                f.getValidFrom(), f.getValidTo())).toList();
    }
}
