package vn.kehoach.document.parse;

/**
 * A paragraph of the body after broken lines were joined.
 *
 * @param text       the paragraph on one line
 * @param boldLead   the bold run-in title that opened its first line, null when none
 * @param standalone it was a heading or a wholly bold line
 */
record Paragraph(String text, String boldLead, boolean standalone) {
}
