package vn.kehoach.indicator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.indicator.domain.AttainmentService;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.util.Optional;

/** What other modules may ask of the indicators: where the user's unit stands, for the start page. */
@Component
@Transactional(readOnly = true)
public class Indicators {

    private final AttainmentService attainment;

    Indicators(AttainmentService attainment) {
        this.attainment = attainment;
    }

    /** How many targets the unit attained, missed and could not judge in its latest year with figures. */
    public record Standing(String unitCode, String unitName, int year, long attained, long notAttained,
                           long unknown) {
    }

    /** The standing of the user's own unit, or empty for a user without one or a unit without any figure yet. */
    public Optional<Standing> standingOf(CurrentUser user) {
        if (user.unitCode() == null) return Optional.empty();
        AttainmentService.Attainment a;
        try {
            UnitRef unit = attainment.unit(user, user.unitCode());
            a = attainment.latest(unit);
        } catch (NotFoundException | BusinessRuleException e) {
            // A unit that ended in a reorganisation, or figures only from before the strategy: nothing to show.
            return Optional.empty();
        }
        UnitRef unit = a.unit();
        long attained = a.rows().stream().filter(r -> Boolean.TRUE.equals(r.attained())).count();
        long missed = a.rows().stream().filter(r -> Boolean.FALSE.equals(r.attained())).count();
        if (attained + missed == 0) return Optional.empty();
        return Optional.of(new Standing(unit.code(), unit.fullName(), a.year(), attained, missed,
                a.rows().size() - attained - missed));
    }
}
