package vn.kehoach.plan;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Kinds of report a plan's reporting regime can require, with the data cut-off periods of Decree 09/2019/NĐ-CP.
 */
public enum ReportKind {
    /** Báo cáo 6 tháng: data from 15/12 of the previous year to 14/6. */
    SIX_MONTH,
    /** Báo cáo năm: data from 15/12 of the previous year to 14/12. */
    ANNUAL,
    /** Báo cáo chuyên đề (e.g. the Action Month 15/11–15/12). */
    THEMATIC,
    /** Tự kiểm tra: self-inspection report. */
    SELF_INSPECTION, OTHER;

    private static final MonthDay PERIOD_START = MonthDay.of(12, 15);

    /** Start of the default data period for a plan of the given year, or null where the plan decides. */
    public LocalDate defaultPeriodFrom(int year) {
        return switch (this) {
            case SIX_MONTH, ANNUAL -> PERIOD_START.atYear(year - 1);
            default -> null;
        };
    }

    /** End (cut-off day) of the default data period, or null where the plan decides. */
    public LocalDate defaultPeriodTo(int year) {
        return switch (this) {
            case SIX_MONTH -> LocalDate.of(year, 6, 14);
            case ANNUAL -> LocalDate.of(year, 12, 14);
            default -> null;
        };
    }
}
