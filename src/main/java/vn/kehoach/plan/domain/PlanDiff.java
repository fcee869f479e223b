package vn.kehoach.plan.domain;

import vn.kehoach.plan.PlanDetails;
import vn.kehoach.shared.text.Alignment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an amendment changed: both revisions as lines of text (the header parts the drafters edit, legal basis, each
 * section with its label, each task's assignment, the reporting regime, closing, recipients, signer), aligned side by
 * side by their longest common subsequence. The number and date of issue are not compared: a draft has none yet.
 */
public final class PlanDiff {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public enum Change { SAME, CHANGED, ADDED, REMOVED }

    public record Row(Change change, String left, String right) {
    }

    /** How the lines that are not the plan's own text are worded: the messages of the reader's language. */
    @FunctionalInterface
    public interface Wording {
        String line(String key, Object... args);
    }

    private PlanDiff() {
    }

    public static List<Row> between(PlanDetails before, PlanDetails after, Wording wording) {
        List<String> a = lines(before, wording);
        List<String> b = lines(after, wording);
        List<Row> rows = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Alignment.Step<String> step : Alignment.of(a, b)) {
            switch (step.op()) {
                case SAME -> {
                    flush(rows, removed, added);
                    rows.add(new Row(Change.SAME, step.item(), step.item()));
                }
                case ADDED -> added.add(step.item());
                case REMOVED -> removed.add(step.item());
            }
        }
        flush(rows, removed, added);
        return rows;
    }

    /** Whether the two revisions read the same. */
    public static boolean unchanged(List<Row> rows) {
        return rows.stream().allMatch(row -> row.change() == Change.SAME);
    }

    /** A run of removed lines followed by added ones reads best as changed lines side by side. */
    private static void flush(List<Row> rows, List<String> removed, List<String> added) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) rows.add(new Row(Change.CHANGED, removed.get(k), added.get(k)));
        for (int k = paired; k < removed.size(); k++) rows.add(new Row(Change.REMOVED, removed.get(k), null));
        for (int k = paired; k < added.size(); k++) rows.add(new Row(Change.ADDED, null, added.get(k)));
        removed.clear();
        added.clear();
    }

    static List<String> lines(PlanDetails plan, Wording wording) {
        List<String> out = new ArrayList<>();
        if (plan.issuer().parentBodyLine() != null) {
            out.add(wording.line("plan.diff.line.parentBody", plan.issuer().parentBodyLine()));
        }
        out.add(wording.line("plan.diff.line.issuer", String.join(" ", plan.issuer().issuerLines())));
        out.add(wording.line("plan.diff.line.symbol", plan.symbol()));
        out.add(wording.line("plan.diff.line.place", plan.place()));
        out.add(wording.line("plan.diff.line.title", plan.title()));
        plan.legalBasis().forEach(b -> out.add(b.text()));
        for (PlanDetails.Section s : plan.flatSections()) {
            String head = s.printedLabel() + (s.title() == null ? "" : " " + s.title());
            out.add(head.strip());
            if (s.text() != null && !s.text().isBlank()) out.addAll(List.of(s.text().split("\n")));
        }
        if (plan.closing() != null) out.add(plan.closing());
        for (PlanDetails.Task t : plan.tasks()) {
            String lead = t.lead() != null ? t.lead().name() : t.leadNote();
            out.add(wording.line("plan.diff.line.task", t.sectionNumber(), dash(lead),
                    dash(t.coordinating().stream().map(PlanDetails.AgencyName::name).collect(Collectors.joining(", "))),
                    dash(window(t.from(), t.to(), t.timeNote())), dash(t.output()),
                    dash(String.join(", ", t.targets()))));
        }
        for (PlanDetails.Requirement r : plan.reportingRequirements()) {
            out.add(wording.line("plan.diff.line.requirement", wording.line("ReportKind." + r.kind()),
                    dash(window(r.periodFrom(), r.periodTo(), null)), DAY.format(r.dueDate()), dash(r.receiver()),
                    wording.line("Reporters." + r.reporters()), dash(r.text())));
        }
        plan.recipients().forEach(r -> out.add(wording.line("plan.diff.line.recipient", r)));
        PlanDetails.Signer signer = plan.signer();
        out.add(wording.line("plan.diff.line.signer", dash(String.join(" ", signer.authorityLines())),
                dash(signer.title()), dash(signer.name())));
        return out;
    }

    private static String window(LocalDate from, LocalDate to, String note) {
        if (from == null && to == null) return note;
        return (from == null ? "" : DAY.format(from)) + " – " + (to == null ? "" : DAY.format(to))
                + (note == null ? "" : " (" + note + ")");
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
