package vn.kehoach.document.parse;

/**
 * One cleaned line of the input.
 *
 * @param raw         trimmed, with runs of spaces kept: two columns of a header or signature table extracted onto
 *                    one line are still apart
 * @param text        the same with whitespace collapsed
 * @param standalone  a markdown heading or a wholly bold line: it is a paragraph of its own, never joined
 * @param boldLead    the bold run-in text that opens the line ("1. Sở Tư pháp:" of "**1. Sở Tư pháp:** Chủ trì …"),
 *                    null when none
 * @param blankBefore an empty line preceded it
 */
record SourceLine(String raw, String text, boolean standalone, String boldLead, boolean blankBefore) {
}
