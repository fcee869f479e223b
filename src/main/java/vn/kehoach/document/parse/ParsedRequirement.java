package vn.kehoach.document.parse;

import vn.kehoach.plan.ReportKind;

import java.time.LocalDate;

/**
 * A report the plan requires, read from a deadline sentence anywhere in the body.
 *
 * @param kind       from the words near the deadline: 6 tháng, năm / cả năm / hằng năm, chuyên đề / Tháng hành
 *                   động, tự kiểm tra; OTHER when none
 * @param periodFrom the data period: Decree 09 defaults of {@link ReportKind} for the plan's year; 15/11 to 15/12
 *                   for a report on the Action Month
 * @param periodTo   see periodFrom
 * @param dueDate    null for "định kỳ 6 tháng, năm" without a date
 * @param receiver   the agency the report goes to or through ("qua Phòng …", "về Sở Nội vụ"), null when not named
 * @param text       the sentence it was read from; from a line that names one report ("Báo cáo định kỳ năm (số liệu
 *                   từ …) gửi về … trước ngày ….", as exported plans write the regime) the words the plan adds after
 *                   the deadline, or the report's own name when the regime has none for it ("Báo cáo nhanh …")
 */
public record ParsedRequirement(ReportKind kind, LocalDate periodFrom, LocalDate periodTo, LocalDate dueDate,
                                String receiver, String text) {
}
