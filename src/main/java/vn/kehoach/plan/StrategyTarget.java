package vn.kehoach.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A target of the National Strategy on Gender Equality as plans and reports use it: tasks name it by code, reports
 * give its value. The catalogue itself belongs to the indicator module (see {@link StrategyTargets}).
 *
 * @param scale what numerator / denominator is multiplied by: 100 for a percentage or "boys per 100 girls",
 *              100,000 for "per 100,000 live births", 1 for "times"
 */
public record StrategyTarget(String code, int goalNo, String goalTitle, String wording, boolean wordingConfirmed,
                             String unit, Measure measure, BigDecimal scale, Direction direction, boolean bySex,
                             String numeratorLabel, String denominatorLabel) {

    public enum Measure {
        /** A share of a whole: the numerator is part of the denominator, 0-100 %. */
        RATE,
        /** Numerator over denominator times the scale, with no upper bound (boys per 100 girls). */
        RATIO,
        /** A number that adds up. */
        COUNT
    }

    public enum Direction { HIGHER, LOWER }

    public boolean hasParts() {
        return measure != Measure.COUNT;
    }

    /** numerator / denominator x scale, to one decimal place (two for a ratio measured in "times"). */
    public BigDecimal valueOf(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() <= 0) return null;
        int digits = scale.compareTo(BigDecimal.ONE) <= 0 ? 2 : 1;
        return numerator.multiply(scale).divide(denominator, digits, RoundingMode.HALF_UP);
    }
}
