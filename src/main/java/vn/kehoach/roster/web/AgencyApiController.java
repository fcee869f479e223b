package vn.kehoach.roster.web;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.domain.AgencySearch;
import vn.kehoach.roster.domain.AgencyService;
import vn.kehoach.roster.domain.AgencySummary;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Ids;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;

/** Agencies as JSON, for the pickers (search as you type) and for integration; scoped like the pages. */
@RestController
class AgencyApiController {

    private final AgencyService agencies;
    private final UnitService units;
    private final Clock clock;

    AgencyApiController(AgencyService agencies, UnitService units, Clock clock) {
        this.agencies = agencies;
        this.units = units;
        this.clock = clock;
    }

    record AgencyJson(long id, String name, String shortName, AgencyKind kind, String sector, String unitCode,
                      String unitName, UnitLevel unitLevel, boolean focal, LocalDate validFrom, LocalDate validTo) {

        static AgencyJson of(AgencySummary a) {
            return new AgencyJson(a.id(), a.name(), a.shortName(), a.kind(), a.sector().name(), a.unitCode(),
                    a.unitName(), a.unitLevel(), a.focal(), a.validFrom(), a.validTo());
        }
    }

    /**
     * @param unit        the unit's code (valid today) or id; its agencies only, or with {@code subtree=true} those of
     *                    the units below it as well
     * @param unitId      the unit by id (for units of other periods, whose code a current unit may now carry)
     * @param includeClosed also agencies no longer active
     * @param activeOn    agencies active on this date (default today)
     */
    @GetMapping("/api/agencies")
    UnitApiController.Page<AgencyJson> search(@RequestParam(required = false) String unit,
                                              @RequestParam(required = false) Long unitId,
                                              @RequestParam(required = false) String q,
                                              @RequestParam(required = false) AgencyKind kind,
                                              @RequestParam(defaultValue = "false") boolean subtree,
                                              @RequestParam(defaultValue = "false") boolean includeClosed,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
                                              @RequestParam(defaultValue = "0") int page,
                                              @RequestParam(defaultValue = "20") int size, CurrentUser user) {
        if (unitId == null && unit != null && !unit.isBlank()) {
            String key = unit.strip();
            unitId = units.findByCodeAt(key, today()).map(u -> u.id())
                    .orElseGet(() -> Ids.parse(key, 4).orElse(null));
            if (unitId == null) throw new NotFoundException("unit", key);
        }
        LocalDate at = includeClosed ? null : (activeOn == null ? today() : activeOn);
        return UnitApiController.Page.of(agencies.search(user, new AgencySearch(unitId, subtree, q, kind, at, page,
                size)), AgencyJson::of);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
