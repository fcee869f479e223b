package vn.kehoach.plan.domain;

import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;

import java.time.LocalDate;

/** What a reporting requirement says, as entered or copied. */
public record RequirementContent(ReportKind kind, LocalDate periodFrom, LocalDate periodTo, LocalDate dueDate,
                                 Long receiverAgencyId, String receiverText, Reporters reporters, String text) {

    /** The same requirement a year later (copy forward): its period, deadline and the years of its text. */
    RequirementContent nextYear(YearShift shift) {
        return new RequirementContent(kind, plusYear(periodFrom), plusYear(periodTo), plusYear(dueDate),
                receiverAgencyId, receiverText, reporters, shift.text(text));
    }

    private static LocalDate plusYear(LocalDate date) {
        return date == null ? null : date.plusYears(1);
    }
}
