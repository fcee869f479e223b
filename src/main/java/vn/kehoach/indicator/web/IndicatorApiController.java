package vn.kehoach.indicator.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kehoach.indicator.domain.AttainmentService;
import vn.kehoach.indicator.domain.Catalogue;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.shared.security.CurrentUser;

import java.math.BigDecimal;
import java.util.List;

/** The catalogue and a unit's attainment as JSON, with the same figures and scope as the pages. */
@RestController
class IndicatorApiController {

    private final Catalogue catalogue;
    private final AttainmentService attainment;

    IndicatorApiController(Catalogue catalogue, AttainmentService attainment) {
        this.catalogue = catalogue;
        this.attainment = attainment;
    }

    record Indicator(String code, int goal, String goalTitle, String wording, boolean wordingConfirmed, String unit,
                     StrategyTarget.Measure measure, StrategyTarget.Direction direction, BigDecimal target2025,
                     BigDecimal target2030) {
    }

    record Child(String unitCode, String unitName, BigDecimal value) {
    }

    /** @param target the local target when the unit (or its province) set one, else the national one */
    record Attained(String code, BigDecimal value, BigDecimal numerator, BigDecimal denominator, BigDecimal target,
                    Boolean attained, BigDecimal previousValue, String origin, List<Child> children) {
    }

    @GetMapping("/api/indicators")
    List<Indicator> indicators() {
        return catalogue.entries(true).stream().map(e -> new Indicator(e.code(), e.target().goalNo(),
                e.target().goalTitle(), e.target().wording(), e.target().wordingConfirmed(), e.target().unit(),
                e.target().measure(), e.target().direction(), e.target2025(), e.target2030())).toList();
    }

    @GetMapping("/api/indicators/attainment")
    List<Attained> attainment(@RequestParam String unit, @RequestParam(required = false) Integer year,
                              CurrentUser user) {
        UnitRef ref = attainment.unit(user, unit);
        AttainmentService.Attainment a = year != null ? attainment.attainment(ref, year) : attainment.latest(ref);
        return a.rows().stream().map(r -> new Attained(r.entry().code(), r.value(),
                r.current() == null ? null : r.current().figure().numerator(),
                r.current() == null ? null : r.current().figure().denominator(), r.applied().value(), r.attained(),
                r.previousValue(), r.current() == null ? null : r.current().origin().name(),
                r.children().stream().map(c -> new Child(c.unitCode(), c.unitName(), c.value())).toList())).toList();
    }
}
