package vn.kehoach.plan.domain;

import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.shared.text.RichText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the stored sections (parent, position, optional style) into the printed tree: labels in the Vietnamese
 * convention (I., 1., a) … đ), e), g) …, 5.1., -) and paths such as "II.2.a".
 */
public final class SectionTree {

    private SectionTree() {
    }

    /** A section with its computed label and path, for code that needs both the entity and the numbering. */
    public record Labelled(PlanSection section, String label, String path, Numbering.Style style, int depth) {
    }

    /** A task's title when it has none of its own: the first sentence of its text, at most 200 characters. */
    static String firstSentence(String text) {
        if (text == null) return "";
        String line = text.split("\n")[0].strip();
        int stop = line.indexOf(". ");
        String sentence = stop > 0 ? line.substring(0, stop) : line;
        return sentence.length() > 200 ? sentence.substring(0, 197) + "…" : sentence;
    }

    public static List<PlanDetails.Section> build(List<PlanSection> sections) {
        Map<PlanSection, List<PlanSection>> children = childrenOf(sections);
        return build(children, null, "", null, 0);
    }

    /** Every section in reading order with its label and path. */
    public static List<Labelled> flatten(List<PlanSection> sections) {
        Map<PlanSection, List<PlanSection>> children = childrenOf(sections);
        List<Labelled> out = new ArrayList<>();
        flatten(children, null, "", null, 0, out);
        return out;
    }

    private static Map<PlanSection, List<PlanSection>> childrenOf(List<PlanSection> sections) {
        Map<PlanSection, List<PlanSection>> children = new HashMap<>();
        for (PlanSection s : sections) children.computeIfAbsent(s.getParent(), k -> new ArrayList<>()).add(s);
        children.values().forEach(list -> list.sort(Comparator.comparingInt(PlanSection::getPosition)));
        return children;
    }

    private static List<PlanDetails.Section> build(Map<PlanSection, List<PlanSection>> children, PlanSection parent,
                                                   String parentPath, String parentLabel, int depth) {
        List<PlanDetails.Section> out = new ArrayList<>();
        for (Labelled l : label(children.getOrDefault(parent, List.of()), parentPath, parentLabel, depth)) {
            PlanSection s = l.section();
            out.add(new PlanDetails.Section(s.getId() == null ? 0 : s.getId(), l.label(), l.path(), l.style(),
                    s.getTitle(), RichText.toPlainText(s.getBodyHtml()), s.getBodyHtml(), s.getKind(), s.isTask(),
                    build(children, s, l.path(), l.label(), depth + 1)));
        }
        return out;
    }

    private static void flatten(Map<PlanSection, List<PlanSection>> children, PlanSection parent, String parentPath,
                                String parentLabel, int depth, List<Labelled> out) {
        for (Labelled l : label(children.getOrDefault(parent, List.of()), parentPath, parentLabel, depth)) {
            out.add(l);
            flatten(children, l.section(), l.path(), l.label(), depth + 1, out);
        }
    }

    /** Labels one group of siblings; each style counts on its own (a list of bullets after a) b) restarts at "-"). */
    private static List<Labelled> label(List<PlanSection> siblings, String parentPath, String parentLabel, int depth) {
        Map<Numbering.Style, Integer> counters = new HashMap<>();
        List<Labelled> out = new ArrayList<>();
        for (PlanSection s : siblings) {
            Numbering.Style style = s.getStyle() != null ? s.getStyle() : Numbering.defaultStyle(depth);
            if (style == Numbering.Style.DECIMAL && parentLabel == null) style = Numbering.Style.ARABIC;
            int n = counters.merge(style, 1, Integer::sum);
            String label = style == Numbering.Style.DECIMAL ? Numbering.decimal(parentLabel, n) : style.label(n);
            String component = style == Numbering.Style.BULLET ? "-" + n : label;
            String path;
            if (style == Numbering.Style.DECIMAL && parentPath.endsWith(parentLabel)) {
                // "5.1" under "III.5" is "III.5.1", not "III.5.5.1".
                path = parentPath.substring(0, parentPath.length() - parentLabel.length()) + label;
            } else {
                path = parentPath.isEmpty() ? component : parentPath + "." + component;
            }
            out.add(new Labelled(s, label, path, style, depth));
        }
        return out;
    }
}
