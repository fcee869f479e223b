package vn.kehoach.plan.domain;

import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;

import java.time.LocalDate;

/** What a reporting requirement says, as entered or copied. */
public record RequirementContent(ReportKind kind, LocalDate periodFrom, LocalDate periodTo, LocalDate dueDate,
                                 Long receiverAgencyId, String receiverText, Reporters reporters, String text) {

    /** An empty period takes the Decree 09 period of its kind. */
    RequirementContent withDefaultPeriod(int year) {
        return new RequirementContent(kind, periodFrom != null ? periodFrom : kind.defaultPeriodFrom(year),
                periodTo != null ? periodTo : kind.defaultPeriodTo(year), dueDate, receiverAgencyId, receiverText,
                reporters, text);
    }

    /** The same requirement a year later (copy forward): its period, deadline and the years of its text. */
    RequirementContent nextYear(YearShift shift) {
        return new RequirementContent(kind, plusYear(periodFrom), plusYear(periodTo), plusYear(dueDate),
                receiverAgencyId, receiverText, reporters, shift.text(text));
    }

    private static LocalDate plusYear(LocalDate date) {
        return date == null ? null : date.plusYears(1);
    }
}
