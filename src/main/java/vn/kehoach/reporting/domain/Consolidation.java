package vn.kehoach.reporting.domain;

import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.reporting.EntryState;
import vn.kehoach.shared.text.OfficialText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drafts the focal agency's report from the accepted reports below it. For each task of the subject plan: the figures
 * of every entry on that task (or on a task below that carries it out) summed, the narratives gathered with the name
 * of their source, and the state the entries agree on. Targets are summed as numerators and denominators (a rate is
 * the ratio of the sums, never a mean of rates) or as values. Assessment parts left empty gather what the sources
 * wrote. Tasks no source speaks of keep what the drafter wrote.
 */
public final class Consolidation {

    /** An accepted report below, with the name it is cited by ("Sở Y tế", "Phường Đăk Cấm"). */
    public record Source(long reportId, String name, ReportContent content) {
    }

    /** An entry below with the name of the report it comes from. */
    private record Cited(String source, EntryContent entry) {
    }

    private Consolidation() {
    }

    public static ReportContent draft(ReportView target, List<Source> sources) {
        // Each entry below under the task it speaks of (its own, or the one it carries out), in the sources' order:
        // one pass over the thousands of entries of a province's reports rather than one per task.
        Map<Long, List<Cited>> byTask = new HashMap<>();
        for (Source source : sources) {
            for (EntryContent e : source.content().entries()) {
                Cited cited = new Cited(source.name(), e);
                byTask.computeIfAbsent(e.sectionId(), k -> new ArrayList<>()).add(cited);
                if (e.implementsSectionId() != null && e.implementsSectionId() != e.sectionId()) {
                    byTask.computeIfAbsent(e.implementsSectionId(), k -> new ArrayList<>()).add(cited);
                }
            }
        }
        List<EntryContent> entries = new ArrayList<>();
        for (ReportView.TaskPart task : target.tasks()) {
            List<String> lines = new ArrayList<>();
            Figures sum = Figures.NONE;
            Set<EntryState> states = new LinkedHashSet<>();
            for (Cited c : byTask.getOrDefault(task.sectionId(), List.of())) {
                EntryContent e = c.entry();
                sum = sum.plus(e.figures());
                if (e.state() != null) states.add(e.state());
                if (e.narrative() != null && !e.narrative().isBlank()) lines.add(cited(c.source(), e.narrative()));
            }
            EntryContent own = task.entry();
            if (lines.isEmpty() && states.isEmpty() && sum.isEmpty()) {
                entries.add(own);
                continue;
            }
            entries.add(new EntryContent(task.sectionId(), task.implementsSectionId(), task.path(), task.title(),
                    agreedState(states), String.join("\n", lines), sum));
        }
        entries.addAll(target.otherEntries());

        Map<String, TargetValueContent> targets = new LinkedHashMap<>();
        target.targets().forEach(t -> targets.put(t.code(), t.value()));
        Map<String, List<TargetValueContent>> reported = new LinkedHashMap<>();
        for (Source source : sources) {
            for (TargetValueContent v : source.content().targets()) {
                reported.computeIfAbsent(v.targetCode(), k -> new ArrayList<>()).add(v);
            }
        }
        Map<String, StrategyTarget> catalogue = new HashMap<>();
        target.targets().forEach(t -> catalogue.put(t.code(), t.target()));
        reported.forEach((code, values) -> targets.put(code,
                sumTargets(code, values, sources.size(), catalogue.get(code))));

        ReportContent current = new ReportContent(List.of(), List.of(), target.results(), target.shortcomings(),
                target.causes(), target.directions(), target.proposals());
        return new ReportContent(entries, List.copyOf(targets.values()),
                gathered(current.results(), sources, ReportContent::results),
                gathered(current.shortcomings(), sources, ReportContent::shortcomings),
                gathered(current.causes(), sources, ReportContent::causes),
                gathered(current.directions(), sources, ReportContent::directions),
                gathered(current.proposals(), sources, ReportContent::proposals));
    }

    /**
     * "- Sở Y tế: text"; a text gathered from sources below ("- Công an phường: …", maybe several lines) goes under
     * the name, indented, so that each line still reads as coming from that source.
     */
    static String cited(String source, String text) {
        String stripped = text.strip();
        if (!stripped.contains("\n") && !stripped.startsWith("- ")) return "- " + source + ": " + stripped;
        return "- " + source + ":\n" + stripped.lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
    }

    /** Done only when every entry is done; begun when any is; not begun when none is. */
    static EntryState agreedState(Set<EntryState> states) {
        if (states.isEmpty()) return null;
        if (states.equals(Set.of(EntryState.DONE))) return EntryState.DONE;
        if (states.contains(EntryState.DONE) || states.contains(EntryState.IN_PROGRESS)) return EntryState.IN_PROGRESS;
        return EntryState.NOT_STARTED;
    }

    /**
     * Rates add up as parts: the numerators and denominators are summed when every source gave both; otherwise the
     * values are summed (counts). A rate or ratio of the catalogue ({@code target}) is never summed as values (30 %
     * and 50 % are not 80 %): only the sources that gave both parts count, and the note says how many of all.
     */
    static TargetValueContent sumTargets(String code, List<TargetValueContent> values, int sourceCount,
                                         StrategyTarget target) {
        boolean ratio = target != null && target.hasParts();
        List<TargetValueContent> used = ratio
                ? values.stream().filter(v -> v.numerator() != null && v.denominator() != null).toList()
                : values;
        boolean parts = ratio || values.stream().allMatch(v -> v.numerator() != null && v.denominator() != null);
        BigDecimal numerator = parts ? sum(used, TargetValueContent::numerator) : null;
        BigDecimal denominator = parts ? sum(used, TargetValueContent::denominator) : null;
        BigDecimal value = parts ? null : sum(used, TargetValueContent::value);
        String note = used.size() < sourceCount
                ? OfficialText.of("report.consolidation.partial", used.size(), sourceCount)
                : null;
        // A rate by sex is two rates: they do not add up either.
        BigDecimal male = ratio ? null : sum(used, TargetValueContent::valueMale);
        BigDecimal female = ratio ? null : sum(used, TargetValueContent::valueFemale);
        return new TargetValueContent(code, value, numerator, denominator, male, female,
                OfficialText.of("report.consolidation.source"), note);
    }

    /** {@link #sumTargets(String, List, int, StrategyTarget)} for a code the catalogue does not know. */
    static TargetValueContent sumTargets(String code, List<TargetValueContent> values, int sourceCount) {
        return sumTargets(code, values, sourceCount, null);
    }

    private static BigDecimal sum(List<TargetValueContent> values, Function<TargetValueContent, BigDecimal> field) {
        BigDecimal total = null;
        for (TargetValueContent v : values) {
            BigDecimal x = field.apply(v);
            if (x != null) total = total == null ? x : total.add(x);
        }
        return total;
    }

    private static String gathered(String own, List<Source> sources, Function<ReportContent, String> field) {
        if (own != null && !own.isBlank()) return own;
        List<String> lines = new ArrayList<>();
        for (Source source : sources) {
            String text = field.apply(source.content());
            if (text != null && !text.isBlank()) lines.add(cited(source.name(), text));
        }
        return lines.isEmpty() ? own : String.join("\n", lines);
    }
}
