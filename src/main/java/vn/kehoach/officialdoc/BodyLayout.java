package vn.kehoach.officialdoc;

import java.util.ArrayList;
import java.util.List;

/**
 * Flattens the body of a document (opening paragraphs, the section tree, closing paragraphs) into the paragraphs
 * every rendition prints, applying the decree's numbering rules (Phụ lục I, II.6.đ): mục "I. TITLE" bold upper case;
 * khoản "1. Title" bold when it has a title; điểm "a) …" and "-" items upright with the label starting their text.
 * The last paragraph ends with "./.".
 */
final class BodyLayout {

    private final List<BodyParagraph> paragraphs = new ArrayList<>();

    private BodyLayout() {
    }

    static List<BodyParagraph> of(OfficialDocument document) {
        BodyLayout layout = new BodyLayout();
        document.openingParagraphs().forEach(layout::plain);
        document.sections().forEach(section -> layout.section(section, 0));
        document.closingParagraphs().forEach(layout::plain);
        List<BodyParagraph> body = layout.paragraphs;
        if (!body.isEmpty()) body.set(body.size() - 1, body.get(body.size() - 1).withEndMark());
        return List.copyOf(body);
    }

    private void plain(String text) {
        paragraphs.add(BodyParagraph.text(List.of(TextRun.plain(text))));
    }

    private void section(DocumentSection section, int depth) {
        Numbering.Style style = styleOf(section, depth);
        String label = printedLabel(section.label(), style);
        List<List<TextRun>> content = RichText.paragraphs(section.html());
        if (section.title() != null) {
            boolean mucHeading = label != null && style == Numbering.Style.ROMAN;
            String title = mucHeading ? Texts.upper(section.title()) : section.title();
            String line = label == null ? title : label + " " + title;
            TextRun heading = boldTitle(label, style) ? TextRun.strong(line) : TextRun.plain(line);
            paragraphs.add(new BodyParagraph(mucHeading ? BodyParagraph.Role.HEADING : BodyParagraph.Role.TITLE,
                    List.of(heading)));
            content.forEach(runs -> paragraphs.add(BodyParagraph.text(runs)));
        } else if (label != null && content.isEmpty()) {
            paragraphs.add(BodyParagraph.text(List.of(TextRun.plain(label))));
        } else {
            for (int i = 0; i < content.size(); i++) {
                List<TextRun> runs = content.get(i);
                if (i == 0 && label != null) {
                    runs = new ArrayList<>(runs);
                    runs.add(0, TextRun.plain(label + " "));
                }
                paragraphs.add(BodyParagraph.text(runs));
            }
        }
        section.children().forEach(child -> section(child, depth + 1));
    }

    /** "I.", "1.", "a)", "5.1.", "-"; a "+" bullet (the level below "-") keeps its sign. */
    private static String printedLabel(String label, Numbering.Style style) {
        if (label == null) return null;
        return style == Numbering.Style.BULLET && label.equals("+") ? label : style.printed(label);
    }

    /** Titles of mục and khoản (and of unnumbered blocks) are bold; a titled điểm or bullet stays upright. */
    private static boolean boldTitle(String label, Numbering.Style style) {
        return label == null || style == Numbering.Style.ROMAN || style == Numbering.Style.ARABIC
                || style == Numbering.Style.DECIMAL;
    }

    /** The given style, else the one the label's shape implies, else the conventional style of the depth. */
    static Numbering.Style styleOf(DocumentSection section, int depth) {
        if (section.style() != null) return section.style();
        String label = section.label();
        if (label == null) return Numbering.defaultStyle(depth);
        if (label.equals("-") || label.equals("+")) return Numbering.Style.BULLET;
        if (label.matches("\\d+")) return Numbering.Style.ARABIC;
        if (label.matches("\\d+(\\.\\d+)+")) return Numbering.Style.DECIMAL;
        if (Numbering.parseRoman(label) > 0) return Numbering.Style.ROMAN;
        if (Numbering.parseLetter(label) > 0) return Numbering.Style.LETTER;
        return Numbering.defaultStyle(depth);
    }
}
