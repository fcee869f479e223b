package vn.kehoach.officialdoc;

import java.util.ArrayList;
import java.util.List;

/** One paragraph of the body as every rendition prints it. */
record BodyParagraph(Role role, List<TextRun> runs) {

    enum Role {
        /** A mục heading ("I. MỤC ĐÍCH, YÊU CẦU"): left-aligned, so a short upper-case line is not stretched. */
        HEADING,
        /** A titled item ("1. Sở Nội vụ"): justified like text, but kept on the page of what follows. */
        TITLE,
        /** Justified text with the first-line indent. */
        TEXT;

        /** Headings and titles must not end a page alone. */
        boolean keepWithNext() {
            return this != TEXT;
        }
    }

    BodyParagraph {
        runs = List.copyOf(runs);
    }

    static BodyParagraph text(List<TextRun> runs) {
        return new BodyParagraph(Role.TEXT, runs);
    }

    /** The same paragraph with "./." after its last words. */
    BodyParagraph withEndMark() {
        List<TextRun> marked = new ArrayList<>(runs);
        for (int i = marked.size() - 1; i >= 0; i--) {
            if (marked.get(i).isBreak()) continue;
            marked.set(i, marked.get(i).withText(Decree30.withEndMark(marked.get(i).text())));
            return new BodyParagraph(role, marked);
        }
        marked.add(TextRun.plain(Decree30.END_MARK));
        return new BodyParagraph(role, marked);
    }
}
