package vn.kehoach.document.parse;

import vn.kehoach.plan.SectionKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the numbered body into a tree. Nesting follows the label styles (Phần above I. above 1. above 5.1. above a)
 * above - above +), not the markdown heading levels, which Word converters assign inconsistently. Each item is then
 * told apart as a heading ("1. Tăng cường sự chỉ đạo" with a) b) below it, or ending in ":" → title) or a paragraph
 * item (a sentence ending with "." → text).
 *
 * <p>Unnumbered paragraphs belong where the layout puts them: right under a heading they are its text; after the last
 * item of a list they go back to the item that owns the list (or further up when that one was the last of its own
 * list), so a closing duty or report receiver is not read as part of the last bullet; after the last list of the
 * whole body they close the plan. Lines that state a task's attributes ("Cơ quan chủ trì: …", "- Thời gian thực
 * hiện: …") stay with the task above them.
 */
public final class SectionTreeBuilder {

    /** A heading is short; longer unpunctuated text is a paragraph whose full stop went missing. */
    private static final int MAX_TITLE_WORDS = 60;
    private static final int MAX_COLON_TITLE_WORDS = 20;
    private static final Pattern RUN_IN_AGENCY = Pattern.compile("^((?:Đề nghị\\s+)?" + AgencyNames.KEYWORD
            + "[^.:;]{0,150}?)\\s*:\\s*(\\S.*)$");
    /** "Cơ quan chủ trì: …", "Thời gian thực hiện: …", "Sản phẩm: …": a task's attributes, not items of their own. */
    static final Pattern ATTRIBUTE = Pattern.compile("^(?:(?:Cơ quan|Đơn vị)(?:\\s*/\\s*đơn vị)?\\s+(?:chủ trì|phối hợp"
            + "|thực hiện|chịu trách nhiệm|đầu mối)(?:\\s+thực hiện)?|Thời gian(?:\\s+thực hiện|\\s+hoàn thành)?"
            + "|Thời hạn(?:\\s+hoàn thành)?|Tiến độ(?:\\s+thực hiện)?|Sản phẩm|Kết quả đầu ra|Kinh phí(?:\\s+thực hiện)?)\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How the sentence that closes a plan opens: it speaks to everyone, not to the item above it. */
    private static final Pattern CLOSING_START = Pattern.compile("^(?:Yêu cầu|Đề nghị các|Trên đây|Trong quá trình"
            + "|Các cơ quan|Các sở|Các phòng|Các đơn vị|Các ban|Thủ trưởng các|(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)"
            + "\\s+(?:tỉnh|huyện|thị xã|thành phố|xã|phường|thị trấn|đặc khu)\\s+(?:yêu cầu|đề nghị))" + Text.WORD_END);
    /** A sentence ends inside the text: it is not one heading. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?;]\\s+\\p{Lu}");

    /**
     * A section with the path of labels that leads to it ("II.1.a", "II.1.a.-2").
     *
     * @param top a part of the plan (I., II., …), at the top or directly under a "Phần"
     */
    record Located(String path, ParsedSection section, boolean top) {
    }

    /** The body read: its sections and the text after its last list, which closes the plan (null when none). */
    record Body(List<ParsedSection> sections, String closing) {
    }

    private static final class Node {
        final ItemLabel label;
        final Paragraph first;
        /** Its own text, read before its items. */
        final List<String> paragraphs = new ArrayList<>();
        /** Text that followed its list of items. */
        final List<String> after = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(ItemLabel label, Paragraph first) {
            this.label = label;
            this.first = first;
        }

        /** A heading ("1. Sở Y tế", "5. Tổ chức Tháng hành động …:") rather than an item of a list (a sentence). */
        boolean heading() {
            if (label.style().isBullet()) return false;
            String rest = label.rest().strip();
            return first.standalone() || first.boldLead() != null || label.style() == ItemLabel.Style.ROMAN
                    || label.style() == ItemLabel.Style.PART || !Text.endsTerminal(rest) || rest.endsWith(":");
        }
    }

    private SectionTreeBuilder() {
    }

    /** The index of the first paragraph of the body: the first part or Roman item, else the first Arabic one; -1 if none. */
    static int bodyStart(List<Paragraph> paragraphs) {
        int arabic = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            ItemLabel label = ItemLabel.parse(paragraphs.get(i).text());
            if (label == null) continue;
            if (label.style() == ItemLabel.Style.ROMAN || label.style() == ItemLabel.Style.PART) return i;
            if (arabic < 0 && label.style() == ItemLabel.Style.ARABIC) arabic = i;
        }
        return arabic;
    }

    static List<ParsedSection> build(List<Paragraph> body) {
        return read(body).sections();
    }

    static Body read(List<Paragraph> body) {
        List<Node> roots = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        List<String> pending = new ArrayList<>();
        List<String> closing = new ArrayList<>();
        for (Paragraph paragraph : body) {
            String text = paragraph.text();
            ItemLabel label = ItemLabel.parse(text);
            if (label != null && label.style().isBullet() && ATTRIBUTE.matcher(label.rest()).find()) {
                if (!open.isEmpty()) ownerOfAttribute(open).paragraphs.add(label.rest().strip());
                continue;
            }
            if (label == null) {
                if (open.isEmpty()) continue;
                if (ATTRIBUTE.matcher(text).find()) {
                    ownerOfAttribute(open).paragraphs.add(text);
                } else {
                    pending.add(text);
                }
                continue;
            }
            Node anchor = open.peek();
            List<Node> finished = new ArrayList<>();
            while (!open.isEmpty() && open.peek().label.rank() >= label.rank()) finished.add(open.pop());
            place(pending, anchor, finished, false, closing);
            Node node = new Node(label, paragraph);
            if (open.isEmpty()) roots.add(node);
            else
                open.peek().children.add(node);
            open.push(node);
        }
        if (!open.isEmpty()) {
            // The last words of a plan that ends on an item of a list ("7. Các tổ dân phố" / its duty / "Các cơ
            // quan, đơn vị báo cáo …./.") close the plan, not that item.
            Node last = open.peek();
            boolean ownText = last.heading() && last.children.isEmpty() && last.paragraphs.isEmpty()
                    && !AgencyNames.opensWithName(AgencyNames.withoutRequest(last.label.rest()));
            int closingAt = open.size() > 1 ? closingStart(pending, ownText ? 1 : 0) : -1;
            if (closingAt >= 0) {
                closing.addAll(pending.subList(closingAt, pending.size()));
                pending.subList(closingAt, pending.size()).clear();
            }
            place(pending, open.peek(), new ArrayList<>(open), true, closing);
        }
        List<ParsedSection> sections = new ArrayList<>();
        for (Node root : roots) sections.add(toSection(root, null));
        String closingText = closing.isEmpty() ? null : closing(String.join("\n", closing));
        return new Body(List.copyOf(sections), closingText == null || closingText.isBlank() ? null : closingText);
    }

    /**
     * Where the closing sentences start among the last paragraphs: one that speaks to everyone, up to "./."; a
     * heading other than an agency's keeps its first paragraph ("2. Chế độ báo cáo" / "Các cơ quan báo cáo …").
     */
    private static int closingStart(List<String> pending, int from) {
        if (pending.isEmpty() || !pending.get(pending.size() - 1).endsWith("./.")) return -1;
        // "Trên đây là Kế hoạch …" is how the closing opens: what comes before it is still the last item's
        // ("Các cơ quan, đơn vị báo cáo … trước ngày …" under "Chế độ báo cáo").
        for (int i = from; i < pending.size(); i++) {
            if (pending.get(i).startsWith("Trên đây")) return i;
        }
        for (int i = from; i < pending.size(); i++) {
            if (CLOSING_START.matcher(pending.get(i)).find()) return i;
        }
        return -1;
    }

    /**
     * Puts the paragraphs read since the last label. {@code anchor} was the deepest open item when they came;
     * {@code finished} are the items the next label (or the end) closes, deepest first. Under a heading with no items
     * they are its text; between two items of a list, the text of the first; after the last item of a list, the text
     * of the nearest heading that list belongs to; after the last list of the body, the plan's closing.
     */
    private static void place(List<String> pending, Node anchor, List<Node> finished, boolean end,
                              List<String> closing) {
        if (pending.isEmpty()) return;
        if (anchor.heading() && anchor.children.isEmpty() || finished.isEmpty()) {
            anchor.paragraphs.addAll(pending);
        } else if (end) {
            closing.addAll(pending);
        } else if (finished.size() == 1) {
            anchor.paragraphs.addAll(pending);
        } else {
            Node owner = finished.get(finished.size() - 1);
            for (Node node : finished.subList(1, finished.size())) {
                if (node.heading()) {
                    owner = node;
                    break;
                }
            }
            owner.after.addAll(pending);
        }
        pending.clear();
    }

    /** Attributes belong to the task, not to a bullet under it. */
    private static Node ownerOfAttribute(Deque<Node> open) {
        for (Node node : open) {
            if (!node.label.style().isBullet()) return node;
        }
        return open.peek();
    }

    /** The paths of every section of the tree ("II.1.a", "II.1.a.-2"), parents before children. */
    public static List<String> paths(List<ParsedSection> roots) {
        return flatten(roots).stream().map(Located::path).toList();
    }

    /** Every section of the tree with its path, parents before children. */
    static List<Located> flatten(List<ParsedSection> roots) {
        List<Located> all = new ArrayList<>();
        addAll(roots, null, true, all);
        return all;
    }

    private static void addAll(List<ParsedSection> sections, String parentPath, boolean top, List<Located> out) {
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
            out.add(new Located(path, section, top));
            addAll(section.children(), path, isPart(section), out);
        }
    }

    static boolean isPart(ParsedSection section) {
        return section.number().startsWith("Phần ");
    }

    private static String lastComponent(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static ParsedSection toSection(Node node, SectionKind parentKind) {
        String first = node.label.rest().strip();
        String title = null;
        List<String> text = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>(node.paragraphs);
        String boldTitle = boldTitle(node);
        Matcher runIn = RUN_IN_AGENCY.matcher(first);
        boolean hasMore = !node.children.isEmpty() || !paragraphs.isEmpty() || !node.after.isEmpty();
        if (node.label.style() == ItemLabel.Style.PART) {
            // "Phần thứ nhất" alone on its line, its title in capitals on the next.
            if (!first.isEmpty()) title = first;
            else if (!paragraphs.isEmpty() && Text.isUpperCase(paragraphs.get(0))) title = paragraphs.remove(0);
        } else if (boldTitle != null && first.startsWith(boldTitle)) {
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
        } else if (first.endsWith(":") && hasMore && Text.words(first) <= MAX_TITLE_WORDS
                && !SENTENCE_INSIDE.matcher(first).find()) {
            // "5. Tổ chức Tháng hành động … (từ ngày 15/11 đến 15/12/2025):" with its items below.
            title = first;
        } else if (!Text.endsTerminal(first) && (hasMore || Text.words(first) <= 12)
                && Text.words(first) <= MAX_TITLE_WORDS) {
            title = first;
        } else {
            text.add(first);
        }
        text.addAll(paragraphs);
        text.addAll(node.after);
        if (title != null) title = Text.stripTrailingPunctuation(title);
        // A part holds mục of several kinds; its own kind says nothing.
        SectionKind kind = node.label.style() == ItemLabel.Style.PART
                ? SectionKind.OTHER
                : parentKind == null ? SectionKinds.ofTitle(title) : SectionKinds.ofNestedTitle(title, parentKind);
        // The mục under a part are parts of the plan in their own right ("II. NHIỆM VỤ" under "Phần thứ hai").
        SectionKind childrenParent = node.label.style() == ItemLabel.Style.PART ? null : kind;
        List<ParsedSection> children = new ArrayList<>();
        for (Node child : node.children) children.add(toSection(child, childrenParent));
        return new ParsedSection(node.label.label(), title, closing(String.join("\n", text)), kind,
                List.copyOf(children));
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
