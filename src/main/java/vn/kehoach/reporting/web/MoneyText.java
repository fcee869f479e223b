package vn.kehoach.reporting.web;

import org.springframework.stereotype.Component;
import vn.kehoach.reporting.domain.RoundSnapshot;

import java.math.BigDecimal;

/** Amounts in đồng with Vietnamese grouping ("5.000.000"), for templates: {@code ${@moneyText.of(x)}}. */
@Component("moneyText")
public class MoneyText {

    public String of(BigDecimal amount) {
        return amount == null ? "" : RoundSnapshot.money(amount);
    }

    /** A figure with up to four decimals and a decimal comma ("33,3"). */
    public String number(BigDecimal value) {
        return value == null ? "" : NumberText.decimal(value);
    }
}
