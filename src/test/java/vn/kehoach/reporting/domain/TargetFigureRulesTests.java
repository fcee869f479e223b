package vn.kehoach.reporting.domain;

import org.junit.jupiter.api.Test;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.shared.web.BusinessRuleException;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a report may say of a target, by the catalogue's measure: a share stays within its whole, a ratio need not. */
class TargetFigureRulesTests {

    static final StrategyTarget SHARE = target("1.1", StrategyTarget.Measure.RATE, "%");
    static final StrategyTarget SEX_RATIO = target("4.1", StrategyTarget.Measure.RATIO, "bé trai/100 bé gái");

    @Test
    void aShareCannotExceedItsWholeNorAPercentageHundred() {
        assertRefused(parts("1.1", 12, 10), SHARE, "report.target.numeratorAboveDenominator");
        assertRefused(new TargetValueContent("1.1", new BigDecimal("120"), null, null, null, null, null, null), SHARE,
                "report.target.percentRange");
        assertThatCode(() -> ReportWriting.checkFigure(parts("1.1", 4, 12), SHARE)).doesNotThrowAnyException();
    }

    @Test
    void aRatioMayExceedItsDenominator() {
        assertThatCode(() -> ReportWriting.checkFigure(parts("4.1", 560, 500), SEX_RATIO)).doesNotThrowAnyException();
    }

    @Test
    void aDenominatorIsPositiveThePartsGoTogetherAndNothingIsNegative() {
        assertRefused(parts("4.1", 0, 0), SEX_RATIO, "report.target.denominatorNotPositive");
        assertRefused(new TargetValueContent("1.1", null, BigDecimal.ONE, null, null, null, null, null), SHARE,
                "report.target.partsTogether");
        assertRefused(new TargetValueContent("1.1", null, null, null, new BigDecimal("-1"), null, null, null), SHARE,
                "report.target.negative");
    }

    private static void assertRefused(TargetValueContent value, StrategyTarget target, String key) {
        assertThatThrownBy(() -> ReportWriting.checkFigure(value, target)).isInstanceOf(BusinessRuleException.class)
                .hasMessage(key);
    }

    private static TargetValueContent parts(String code, int numerator, int denominator) {
        return new TargetValueContent(code, null, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), null,
                null, null, null);
    }

    private static StrategyTarget target(String code, StrategyTarget.Measure measure, String unit) {
        return new StrategyTarget(code, 1, "Chính trị", "…", true, unit, measure, BigDecimal.valueOf(100),
                StrategyTarget.Direction.HIGHER, false, "Tử số", "Mẫu số");
    }
}
