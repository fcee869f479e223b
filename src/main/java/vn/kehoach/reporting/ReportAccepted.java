package vn.kehoach.reporting;

import vn.kehoach.plan.ReportKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A report was accepted by its receiving agency: its figures now count upward (indicator roll-up, consolidation).
 *
 * @param targets the strategy target values it gave, as accepted
 */
public record ReportAccepted(long reportId, long planId, ReportKind kind, int year, ReporterKind reporterKind,
                             long reporterUnitId, Instant acceptedAt, List<TargetFigure> targets) {

    /** A target's value as reported: a rate as numerator and denominator, a count as value. */
    public record TargetFigure(String code, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                               BigDecimal valueMale, BigDecimal valueFemale, String source, String note) {
    }
}
