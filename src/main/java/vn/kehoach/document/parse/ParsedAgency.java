package vn.kehoach.document.parse;

/**
 * An agency given duties by a numbered item of the implementation section (Tổ chức thực hiện).
 *
 * @param name          as written, without the label, the trailing colon and duty text, and without a leading
 *                      "Đề nghị" (which {@link #requested} records instead)
 * @param sectionNumber path of the item, e.g. "IV.3"
 * @param requested     true for "Đề nghị …": elected bodies and mass organisations are requested, not assigned
 */
public record ParsedAgency(String name, String sectionNumber, boolean requested) {
}
