package vn.kehoach.indicator;

import org.junit.jupiter.api.Test;
import vn.kehoach.indicator.domain.Figure;
import vn.kehoach.indicator.domain.RollUp;
import vn.kehoach.plan.StrategyTarget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of the roll-up, by hand: the figures a province gets from its communes. */
class RollUpTests {

    static final StrategyTarget WOMEN_LEADERS = new StrategyTarget("1.1", 1, "Chính trị",
            "… các cơ quan … có lãnh đạo chủ chốt là nữ", true, "%", StrategyTarget.Measure.RATE,
            BigDecimal.valueOf(100), StrategyTarget.Direction.HIGHER, false, "Có lãnh đạo chủ chốt là nữ", "Tổng số");
    static final StrategyTarget SEX_RATIO = new StrategyTarget("4.1", 4, "Y tế", "Tỷ số giới tính khi sinh", false,
            "bé trai/100 bé gái", StrategyTarget.Measure.RATIO, BigDecimal.valueOf(100), StrategyTarget.Direction.LOWER,
            false, "Bé trai", "Bé gái");
    static final StrategyTarget COUNT = new StrategyTarget("9.9", 6, "Thông tin, truyền thông", "Số buổi truyền thông",
            true, "buổi", StrategyTarget.Measure.COUNT, BigDecimal.ONE, StrategyTarget.Direction.HIGHER, false, null,
            null);

    static final RollUp.Node A = new RollUp.Node(11, List.of());
    static final RollUp.Node B = new RollUp.Node(12, List.of());
    static final RollUp.Node C = new RollUp.Node(13, List.of());
    static final RollUp.Node PROVINCE = new RollUp.Node(1, List.of(A, B, C));

    @Test
    void aRateIsTheRatioOfTheSumsNotTheMeanOfThePercentages() {
        Map<Long, RollUp.Result> r = RollUp.compute(WOMEN_LEADERS, PROVINCE,
                Map.of(11L, parts(WOMEN_LEADERS, 3, 10), 12L, parts(WOMEN_LEADERS, 1, 2)), Map.of());

        Figure province = r.get(1L).figure();
        assertThat(province.numerator()).isEqualByComparingTo("4");
        assertThat(province.denominator()).isEqualByComparingTo("12");
        assertThat(province.value()).isEqualByComparingTo("33.3").isNotEqualByComparingTo("40");
        assertThat(r.get(1L).origin()).isEqualTo(RollUp.Origin.ROLLED_UP);
        assertThat(r.get(1L).reporting()).isEqualTo(2);
        assertThat(r.get(1L).below()).isEqualTo(3);
        assertThat(r.get(11L).figure().value()).isEqualByComparingTo("30");
        assertThat(r.get(12L).figure().value()).isEqualByComparingTo("50");
        assertThat(r).doesNotContainKey(13L);
    }

    @Test
    void theUnitsOwnReportedFigureCountsOnlyWhenNoUnitBelowReported() {
        Figure own = parts(WOMEN_LEADERS, 7, 10);
        assertThat(RollUp.compute(WOMEN_LEADERS, PROVINCE, Map.of(1L, own), Map.of()).get(1L))
                .isEqualTo(new RollUp.Result(own, RollUp.Origin.REPORTED, 0, 3));
        assertThat(RollUp.compute(WOMEN_LEADERS, PROVINCE, Map.of(1L, own, 11L, parts(WOMEN_LEADERS, 3, 10)),
                Map.of()).get(1L).figure().value()).isEqualByComparingTo("30");
    }

    @Test
    void anOverrideWinsOverTheSumAndStillCountsUpward() {
        Figure override = parts(WOMEN_LEADERS, 9, 10);
        RollUp.Node country = new RollUp.Node(0, List.of(PROVINCE, new RollUp.Node(2, List.of())));
        Map<Long, RollUp.Result> r = RollUp.compute(WOMEN_LEADERS, country,
                Map.of(11L, parts(WOMEN_LEADERS, 3, 10), 2L, parts(WOMEN_LEADERS, 1, 10)), Map.of(1L, override));

        assertThat(r.get(1L).origin()).isEqualTo(RollUp.Origin.OVERRIDDEN);
        assertThat(r.get(1L).figure().value()).isEqualByComparingTo("90");
        assertThat(r.get(0L).figure().numerator()).isEqualByComparingTo("10");
        assertThat(r.get(0L).figure().value()).isEqualByComparingTo("50");
    }

    @Test
    void aRatioMayExceedItsDenominatorAndUsesItsScale() {
        Map<Long, RollUp.Result> r = RollUp.compute(SEX_RATIO, PROVINCE,
                Map.of(11L, parts(SEX_RATIO, 560, 500), 12L, parts(SEX_RATIO, 540, 500)), Map.of());
        assertThat(r.get(1L).figure().value()).isEqualByComparingTo("110");
    }

    @Test
    void countsAddUpAndFiguresWithoutPartsCannotJoinARate() {
        Map<Long, RollUp.Result> counts = RollUp.compute(COUNT, PROVINCE, Map.of(
                11L, value(COUNT, 4), 12L, value(COUNT, 6)), Map.of());
        assertThat(counts.get(1L).figure().value()).isEqualByComparingTo("10");

        Map<Long, RollUp.Result> rate = RollUp.compute(WOMEN_LEADERS, PROVINCE, Map.of(
                11L, parts(WOMEN_LEADERS, 3, 10), 12L, value(WOMEN_LEADERS, 80)), Map.of());
        assertThat(rate.get(1L).figure().value()).isEqualByComparingTo("30");
        assertThat(rate.get(1L).reporting()).isEqualTo(1);
    }

    static Figure parts(StrategyTarget t, int numerator, int denominator) {
        return Figure.of(t, null, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), null, null, null,
                null);
    }

    static Figure value(StrategyTarget t, int value) {
        return Figure.of(t, BigDecimal.valueOf(value), null, null, null, null, null, null);
    }
}
