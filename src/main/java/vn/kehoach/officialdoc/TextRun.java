package vn.kehoach.officialdoc;

/** A piece of text in one format; the text {@value #BREAK} is a line break inside the paragraph ({@code <br>}). */
record TextRun(String text, boolean bold, boolean italic, boolean underline) {

    static final String BREAK = "\n";

    static TextRun plain(String text) {
        return new TextRun(text, false, false, false);
    }

    static TextRun strong(String text) {
        return new TextRun(text, true, false, false);
    }

    boolean isBreak() { return BREAK.equals(text); }

    boolean sameFormat(TextRun other) {
        return bold == other.bold && italic == other.italic && underline == other.underline;
    }

    TextRun withText(String newText) {
        return new TextRun(newText, bold, italic, underline);
    }
}
