package vn.kehoach.officialdoc;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the sanitised rich text of a section ({@code <p> <br> <ul> <ol> <li> <strong> <b> <em> <i> <u>}) into
 * paragraphs of formatted runs. List items become paragraphs that start with "- " (and "+ " one level down), the way
 * Vietnamese administrative texts itemise below the điểm level; the decree's own numbering is reserved for sections,
 * so ordered lists are itemised the same way. Tags outside the subset are read for their text only.
 */
final class RichText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote");
    private static final Set<String> LISTS = Set.of("ul", "ol");
    private static final String[] BULLETS = {"- ", "+ "};
    private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private final List<List<TextRun>> paragraphs = new ArrayList<>();
    private List<TextRun> current = new ArrayList<>();

    private RichText() {
    }

    /** The paragraphs of an HTML fragment; plain text without tags is one paragraph, null or blank none. */
    static List<List<TextRun>> paragraphs(String html) {
        if (html == null || html.isBlank()) return List.of();
        RichText reader = new RichText();
        reader.children(Jsoup.parseBodyFragment(html).body(), Format.NONE, 0);
        reader.endParagraph();
        return reader.paragraphs;
    }

    private void children(Element parent, Format format, int listDepth) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode text) {
                current.add(format.run(collapse(text.getWholeText())));
            } else if (child instanceof Element element) {
                element(element, format, listDepth);
            }
        }
    }

    private void element(Element element, Format format, int listDepth) {
        String tag = element.normalName();
        if (tag.equals("br")) {
            current.add(TextRun.plain(TextRun.BREAK));
        } else if (LISTS.contains(tag)) {
            endParagraph();
            children(element, format, listDepth + 1);
        } else if (tag.equals("li")) {
            endParagraph();
            current.add(TextRun.plain(BULLETS[Math.min(Math.max(listDepth, 1), BULLETS.length) - 1]));
            children(element, format, listDepth);
            endParagraph();
        } else if (BLOCKS.contains(tag)) {
            endParagraph();
            children(element, format, listDepth);
            endParagraph();
        } else {
            children(element, format.with(tag), listDepth);
        }
    }

    /**
     * White space collapsed as HTML does, but no-break spaces kept: they hold references ("mục II.2.a") and
     * numbers together on a line ({@link TextNode#text()} would turn them into ordinary spaces).
     */
    private static String collapse(String text) {
        return HTML_SPACE.matcher(text).replaceAll(" ");
    }

    /** Closes the paragraph being read: merges runs of the same format and trims its ends; drops it if empty. */
    private void endParagraph() {
        List<TextRun> merged = new ArrayList<>();
        for (TextRun run : current) {
            if (run.text().isEmpty()) continue;
            TextRun last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !last.isBreak() && !run.isBreak() && last.sameFormat(run)) {
                merged.set(merged.size() - 1, last.withText(last.text() + run.text()));
            } else {
                merged.add(run);
            }
        }
        current = new ArrayList<>();
        trim(merged);
        if (merged.stream().anyMatch(run -> !run.isBreak())) paragraphs.add(List.copyOf(merged));
    }

    private static void trim(List<TextRun> runs) {
        while (!runs.isEmpty() && (runs.get(0).isBreak() || runs.get(0).text().isBlank())) runs.remove(0);
        while (!runs.isEmpty() && (runs.get(runs.size() - 1).isBreak() || runs.get(runs.size() - 1).text().isBlank())) {
            runs.remove(runs.size() - 1);
        }
        if (runs.isEmpty()) return;
        runs.set(0, runs.get(0).withText(runs.get(0).text().stripLeading()));
        int last = runs.size() - 1;
        runs.set(last, runs.get(last).withText(runs.get(last).text().stripTrailing()));
    }

    /** The inline formatting in force at a point of the tree. */
    private record Format(boolean bold, boolean italic, boolean underline) {
        static final Format NONE = new Format(false, false, false);

        Format with(String tag) {
            return switch (tag) {
                case "strong", "b" -> new Format(true, italic, underline);
                case "em", "i" -> new Format(bold, true, underline);
                case "u" -> new Format(bold, italic, true);
                default -> this;
            };
        }

        TextRun run(String text) {
            return new TextRun(text, bold, italic, underline);
        }
    }
}
