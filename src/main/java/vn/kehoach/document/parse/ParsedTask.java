package vn.kehoach.document.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * A task and who carries it out: an item of a tasks section (NHIỆM VỤ, GIẢI PHÁP, NỘI DUNG, HOẠT ĐỘNG) that names a
 * lead agency or a time window, a duty of an agency's block under "Tổ chức thực hiện", an item that assigns ("a) Giao
 * Sở … chủ trì", "c) Đề nghị Ban Tổ chức Tỉnh ủy …"), or a row of an assignment table.
 *
 * @param sectionNumber path of labels joined by ".", e.g. "II.1.a"; a bullet's component is "-" (or "+") followed
 *                      by its position among its siblings ("II.1.a.-2"); a decimal item "5.1" under "5" is "III.5.1"
 * @param title         the item's heading, or the first sentence of its text
 * @param lead          the lead agency (cơ quan chủ trì) as written, null when only a time window was found
 * @param coordinating  the coordinating agencies (phối hợp), as written
 * @param from          start of the time window, null when none or only a deadline
 * @param to            end of the time window or the deadline
 * @param output        the expected product ("Sản phẩm: …"), null when not stated
 * @param requested     the lead is requested ("Đề nghị …"), not assigned: a body outside the issuer's authority
 * @param timeNote      a time written without dates ("Thường xuyên", "Cả năm"), null otherwise
 */
public record ParsedTask(String sectionNumber, String title, String lead, List<String> coordinating,
                         LocalDate from, LocalDate to, String output, boolean requested, String timeNote) {

    public ParsedTask(String sectionNumber, String title, String lead, List<String> coordinating, LocalDate from,
                      LocalDate to, String output) {
        this(sectionNumber, title, lead, coordinating, from, to, output, false, null);
    }
}
