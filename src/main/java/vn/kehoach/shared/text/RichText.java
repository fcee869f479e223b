package vn.kehoach.shared.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rich text of plan and report bodies: paragraphs, lists, bold, italic, underline — nothing else survives the
 * server-side clean-up, whatever the browser sends (no scripts, no styles, no links, no images).
 */
public final class RichText {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "u");

    /** The editor always sends some block markup; text without it is plain text typed or pasted elsewhere. */
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*/?\\s*(p|br|ul|ol|li|b|strong|em|i|u|div|span|h[1-6])\\b", Pattern.CASE_INSENSITIVE);

    private RichText() {
    }

    /** Cleans HTML from the editor; plain text (no tags) becomes paragraphs, one per line. Null/blank → null. */
    public static String sanitize(String input) {
        if (input == null || input.isBlank()) return null;
        String text = VietnameseText.normalizeNfc(input);
        if (!MARKUP.matcher(text).find()) return fromPlainText(text);
        Document dirty = Jsoup.parseBodyFragment(text);
        // Browsers' editors make a <div> per line, Word pastes headings: both are paragraphs here.
        dirty.body().select("div, h1, h2, h3, h4, h5, h6").tagName("p");
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8");
        // Loose text at the top level becomes a paragraph, so that every block is a <p>, <ul> or <ol>.
        List<Node> loose = new ArrayList<>();
        for (Node node : new ArrayList<>(clean.body().childNodes())) {
            boolean block = node instanceof Element e && List.of("p", "ul", "ol").contains(e.tagName());
            if (!block) {
                loose.add(node);
            } else {
                wrap(loose, node);
            }
        }
        wrap(loose, null);
        clean.body().select("p").forEach(p -> {
            if (p.text().isBlank() && p.select("br").isEmpty()) p.remove();
        });
        String html = clean.body().html().strip();
        return html.isEmpty() ? null : html;
    }

    private static void wrap(List<Node> loose, Node before) {
        if (loose.isEmpty()) return;
        boolean hasText = loose.stream().anyMatch(n -> !(n instanceof TextNode t) || !t.isBlank());
        if (hasText) {
            Element p = new Element("p");
            loose.get(0).before(p);
            for (Node n : loose) p.appendChild(n);
        } else {
            loose.forEach(Node::remove);
        }
        loose.clear();
    }

    /** One paragraph per non-empty line, text escaped. */
    public static String fromPlainText(String text) {
        if (text == null || text.isBlank()) return null;
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\\R")) {
            String cleaned = VietnameseText.clean(line);
            if (cleaned.isEmpty()) continue;
            html.append("<p>").append(Entities.escape(cleaned)).append("</p>");
        }
        return html.isEmpty() ? null : html.toString();
    }

    /** The text without markup: paragraphs and list items on their own lines. */
    public static String toPlainText(String html) {
        if (html == null || html.isBlank()) return "";
        Document doc = Jsoup.parseBodyFragment(html);
        List<String> lines = new ArrayList<>();
        for (Element block : doc.body().select("p, li")) {
            String line = block.text().strip();
            if (!line.isEmpty()) lines.add(block.tagName().equals("li") ? "- " + line : line);
        }
        if (lines.isEmpty()) {
            String all = doc.body().text().strip();
            return all;
        }
        return String.join("\n", lines);
    }
}
