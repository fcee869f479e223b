package vn.kehoach.document.parse;

import vn.kehoach.plan.SectionKind;

import java.util.List;

/**
 * A numbered part of the body.
 *
 * @param number   the printed label without punctuation: "I", "1", "a", "đ", "5.1", "-" or "+"
 * @param title    the heading text when the item is a heading ("Tăng cường sự chỉ đạo"), null for a paragraph item
 * @param text     the item's own body text, broken lines joined into sentences, paragraphs separated by "\n";
 *                 empty when the item has none
 * @param kind     from the top-level title (MỤC ĐÍCH → PURPOSE, …); nested items inherit it unless their own title
 *                 names another kind ("5. Chế độ báo cáo" → REPORTING)
 * @param children the items below it
 */
public record ParsedSection(String number, String title, String text, SectionKind kind,
                            List<ParsedSection> children) {
}
