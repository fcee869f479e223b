package vn.kehoach.indicator.web;

import org.springframework.stereotype.Component;
import vn.kehoach.plan.StrategyTarget.Direction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Figures of the catalogue as the indicator pages write them: "1,7", and "< 30" for a target that must stay below 30. */
@Component
public class CatalogueText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public String number(BigDecimal value) {
        return value == null ? "" : TargetForm.text(value);
    }

    public String figure(BigDecimal value, boolean strict, Direction direction) {
        if (value == null) return "";
        return strict ? (direction == Direction.LOWER ? "< " : "> ") + number(value) : number(value);
    }

    /** When something was changed, in Vietnam's time. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
