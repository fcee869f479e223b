package vn.kehoach.plan.domain;

import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;

import java.time.LocalDate;

/** What a reporting requirement says, as entered or copied. */
public record RequirementContent(ReportKind kind, LocalDate periodFrom, LocalDate periodTo, LocalDate dueDate,
                                 Long receiverAgencyId, String receiverText, Reporters reporters, String text) {

    /** The same requirement a year later (copy forward). */
    RequirementContent plusYears(int years) {
        return new RequirementContent(kind, plus(periodFrom, years), plus(periodTo, years), plus(dueDate, years),
                receiverAgencyId, receiverText, reporters, text);
    }

    private static LocalDate plus(LocalDate date, int years) {
        return date == null ? null : date.plusYears(years);
    }
}
