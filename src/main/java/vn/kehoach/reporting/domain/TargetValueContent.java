package vn.kehoach.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A target's value in a report. A rate is given as numerator and denominator (women key leaders / agencies) so that
 * it can be summed upward; {@code value} is then derived. A count or a value without parts is given as {@code value}.
 *
 * @param note why there is no figure ("chưa có số liệu thống kê"), when there is none
 */
public record TargetValueContent(String targetCode, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                                 BigDecimal valueMale, BigDecimal valueFemale, String source, String note) {

    /** No value yet for the target. */
    public static TargetValueContent blank(String targetCode) {
        return new TargetValueContent(targetCode, null, null, null, null, null, null, null);
    }

    public boolean hasFigure() {
        return value != null || numerator != null && denominator != null;
    }

    public boolean isBlank() {
        return !hasFigure() && valueMale == null && valueFemale == null && (source == null || source.isBlank())
                && (note == null || note.isBlank()) && numerator == null && denominator == null;
    }

    /** The value as reported, or the percentage its numerator and denominator give. */
    public BigDecimal effectiveValue() {
        if (numerator != null && denominator != null && denominator.signum() > 0) {
            return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
        }
        return value;
    }
}
