package vn.kehoach.document.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins lines broken inside sentences back into paragraphs. Text extracted from a PDF breaks every printed line (and
 * often puts an empty line after each); Word converters keep paragraphs whole but sometimes break one at a page
 * boundary. A break is kept before a numbering label, after a line ending a sentence or item, and around headings;
 * a line starting in lower case continues the one before; a line starting in upper case continues it only when that
 * line filled the printed width, as measured on the lines this document certainly wrapped.
 */
final class LineJoiner {

    /** Fewer wrapped lines than this and the text is not hard-wrapped: upper-case lines then start paragraphs. */
    private static final int MIN_WRAP_EVIDENCE = 3;
    /** Lines longer than this are whole paragraphs, not printed lines. */
    private static final int MAX_PRINTED_LINE = 160;
    private static final double FULL_LINE = 0.8;

    private LineJoiner() {
    }

    static List<Paragraph> join(List<SourceLine> lines) {
        int wrapWidth = wrapWidth(lines);
        boolean blanksMeaningful = blanksAreParagraphBreaks(lines);
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        SourceLine first = null;
        SourceLine previous = null;
        for (SourceLine line : lines) {
            if (current != null && continues(previous, current, line, wrapWidth, blanksMeaningful)) {
                current.append(' ').append(line.text());
            } else {
                if (current != null) paragraphs.add(paragraph(current, first));
                current = new StringBuilder(line.text());
                first = line;
            }
            previous = line;
        }
        if (current != null) paragraphs.add(paragraph(current, first));
        return paragraphs;
    }

    /** A number broken at the end of a printed line ("482/KH-" + "UBND") is whole again once the lines are joined. */
    private static Paragraph paragraph(CharSequence text, SourceLine first) {
        return new Paragraph(Text.joinDocumentNumbers(text.toString()), first.boldLead(), first.standalone());
    }

    private static boolean continues(SourceLine previous, CharSequence paragraph, SourceLine line, int wrapWidth,
                                     boolean blanksMeaningful) {
        if (previous.standalone() || line.standalone()) {
            // A heading wrapped onto a second heading line ("## 2. Nâng cao năng lực và" / "## vì sự tiến bộ …").
            return previous.standalone() && line.standalone() && !Text.endsTerminal(previous.text())
                    && Text.startsLowercase(line.text()) && ItemLabel.parse(line.text()) == null;
        }
        if (blanksMeaningful && line.blankBefore()) return false;
        String prev = previous.text();
        boolean prevOpen = !Text.endsTerminal(prev);
        boolean prevFull = wrapWidth > 0 && previous.raw().length() >= FULL_LINE * wrapWidth;
        ItemLabel label = ItemLabel.parse(line.text());
        if (label != null) {
            // "giai đoạn 2021" + "- 2025, …" or a full printed line + "- xã hội …": a hyphen that the printed line
            // broke before, not a bullet.
            return label.style() == ItemLabel.Style.DASH && prevOpen
                    && (Character.isDigit(label.rest().charAt(0)) || prevFull && Text.startsLowercase(label.rest()));
        }
        if (!prevOpen) return false;
        String next = line.text();
        if (Text.startsLowercase(next) || Character.isDigit(next.charAt(0)) || "(,–".indexOf(next.charAt(0)) >= 0) {
            return true;
        }
        if (prev.endsWith(")")) return false;
        // An upper-case heading goes on only with more upper case ("II. NHIỆM VỤ …" / "CỦA PHỤ NỮ").
        if (Text.isUpperCase(paragraph.toString())) return Text.isUpperCase(next);
        return prevFull;
    }

    /**
     * The typical printed line length, from lines that a lower-case line certainly continues; 0 when unknown. A
     * lettered item ("a) …") after a heading starts in lower case too, but says nothing about the printed width.
     */
    private static int wrapWidth(List<SourceLine> lines) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String next = lines.get(i + 1).text();
            if (!line.standalone() && !Text.endsTerminal(line.text()) && line.raw().length() < MAX_PRINTED_LINE
                    && Text.startsLowercase(next) && ItemLabel.parse(next) == null) {
                lengths.add(line.raw().length());
            }
        }
        if (lengths.size() < MIN_WRAP_EVIDENCE) return 0;
        lengths.sort(null);
        return lengths.get(lengths.size() / 2);
    }

    /** PDF extraction puts an empty line after every printed line; only sparse empty lines separate paragraphs. */
    private static boolean blanksAreParagraphBreaks(List<SourceLine> lines) {
        if (lines.size() < 2) return true;
        long withBlank = lines.stream().skip(1).filter(SourceLine::blankBefore).count();
        return withBlank < (lines.size() - 1) * 0.6;
    }
}
