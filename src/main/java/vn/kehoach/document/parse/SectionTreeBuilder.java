package vn.kehoach.document.parse;

import vn.kehoach.plan.SectionKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the numbered body into a tree. Nesting follows the label styles (I. above 1. above 5.1. above a) above -
 * above +), not the markdown heading levels, which Word converters assign inconsistently. Each item is then told
 * apart as a heading ("1. Tăng cường sự chỉ đạo" with a) b) below it → title) or a paragraph item (a sentence
 * ending with "." → text).
 */
final class SectionTreeBuilder {

    /** A heading is short; longer unpunctuated text is a paragraph whose full stop went missing. */
    private static final int MAX_TITLE_WORDS = 60;
    private static final int MAX_COLON_TITLE_WORDS = 20;
    private static final Pattern RUN_IN_AGENCY = Pattern.compile("^((?:Đề nghị\\s+)?" + AgencyNames.KEYWORD
            + "[^.:;]{0,150}?)\\s*:\\s*(\\S.*)$");

    /** A section with the path of labels that leads to it ("II.1.a", "II.1.a.-2"). */
    record Located(String path, ParsedSection section) {
    }

    private static final class Node {
        final ItemLabel label;
        final Paragraph first;
        final List<String> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(ItemLabel label, Paragraph first) {
            this.label = label;
            this.first = first;
        }
    }

    private SectionTreeBuilder() {
    }

    /** The index of the first paragraph of the body: the first Roman item, else the first Arabic one; -1 if none. */
    static int bodyStart(List<Paragraph> paragraphs) {
        int arabic = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            ItemLabel label = ItemLabel.parse(paragraphs.get(i).text());
            if (label == null) continue;
            if (label.style() == ItemLabel.Style.ROMAN) return i;
            if (arabic < 0 && label.style() == ItemLabel.Style.ARABIC) arabic = i;
        }
        return arabic;
    }

    static List<ParsedSection> build(List<Paragraph> body) {
        List<Node> roots = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (Paragraph paragraph : body) {
            ItemLabel label = ItemLabel.parse(paragraph.text());
            if (label == null) {
                if (!open.isEmpty()) ownerOfText(open).paragraphs.add(paragraph.text());
                continue;
            }
            while (!open.isEmpty() && open.peek().label.rank() >= label.rank()) open.pop();
            Node node = new Node(label, paragraph);
            if (open.isEmpty()) roots.add(node);
            else open.peek().children.add(node);
            open.push(node);
        }
        List<ParsedSection> sections = new ArrayList<>();
        for (Node root : roots) sections.add(toSection(root, null));
        return List.copyOf(sections);
    }

    /** Every section of the tree with its path, parents before children. */
    static List<Located> flatten(List<ParsedSection> roots) {
        List<Located> all = new ArrayList<>();
        addAll(roots, null, all);
        return all;
    }

    private static void addAll(List<ParsedSection> sections, String parentPath, List<Located> out) {
        int bullets = 0;
        for (ParsedSection section : sections) {
            String component = section.number();
            if ("-".equals(component) || "+".equals(component)) {
                component = component + (++bullets);
            } else if (parentPath != null && component.contains(".")
                    && component.startsWith(lastComponent(parentPath) + ".")) {
                component = component.substring(lastComponent(parentPath).length() + 1);
            }
            String path = parentPath == null ? component : parentPath + "." + component;
            out.add(new Located(path, section));
            addAll(section.children(), path, out);
        }
    }

    private static String lastComponent(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Text after a bullet belongs to the item above it: bullets are one paragraph each. */
    private static Node ownerOfText(Deque<Node> open) {
        for (Node node : open) {
            if (!node.label.style().isBullet()) return node;
        }
        return open.peek();
    }

    private static ParsedSection toSection(Node node, SectionKind parentKind) {
        String first = node.label.rest().strip();
        String title = null;
        List<String> text = new ArrayList<>();
        String boldTitle = boldTitle(node);
        Matcher runIn = RUN_IN_AGENCY.matcher(first);
        boolean hasMore = !node.children.isEmpty() || !node.paragraphs.isEmpty();
        if (boldTitle != null && first.startsWith(boldTitle)) {
            title = boldTitle;
            String after = first.substring(boldTitle.length()).strip();
            if (!after.isEmpty()) text.add(after);
        } else if (node.label.style() == ItemLabel.Style.ROMAN || node.first.standalone()) {
            title = first;
        } else if (runIn.matches() && Text.words(runIn.group(1)) <= MAX_COLON_TITLE_WORDS) {
            title = runIn.group(1);
            text.add(runIn.group(2));
        } else if (node.label.style().isBullet()) {
            text.add(first);
        } else if (first.endsWith(":") && hasMore && Text.words(first) <= MAX_COLON_TITLE_WORDS) {
            title = first;
        } else if (!Text.endsTerminal(first) && (hasMore || Text.words(first) <= 12)
                && Text.words(first) <= MAX_TITLE_WORDS) {
            title = first;
        } else {
            text.add(first);
        }
        text.addAll(node.paragraphs);
        if (title != null) title = Text.stripTrailingPunctuation(title);
        SectionKind kind = parentKind == null ? SectionKinds.ofTitle(title) : SectionKinds.ofNestedTitle(title, parentKind);
        List<ParsedSection> children = new ArrayList<>();
        for (Node child : node.children) children.add(toSection(child, kind));
        return new ParsedSection(node.label.label(), title, closing(String.join("\n", text)), kind, List.copyOf(children));
    }

    /** The bold run-in title of "**1. Sở Tư pháp:** Chủ trì …", without its label; null when none. */
    private static String boldTitle(Node node) {
        String bold = node.first.boldLead();
        if (bold == null) return null;
        ItemLabel label = ItemLabel.parse(bold);
        if (label == null || label.rest().isBlank()) return null;
        return label.rest().strip();
    }

    /** The closing "./." of the last paragraph is the end mark of the document, not part of the sentence. */
    private static String closing(String text) {
        return text.endsWith("./.") ? text.substring(0, text.length() - 2) : text;
    }
}
