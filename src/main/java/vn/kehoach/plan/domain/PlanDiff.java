package vn.kehoach.plan.domain;

import vn.kehoach.plan.PlanDetails;
import vn.kehoach.shared.text.Lcs;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an amendment changed: both revisions as lines of text (header, legal basis, each section with its label,
 * each task's assignment, the reporting regime, recipients), aligned side by side by their longest common
 * subsequence.
 */
public final class PlanDiff {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public enum Change { SAME, CHANGED, ADDED, REMOVED }

    public record Row(Change change, String left, String right) {
    }

    private PlanDiff() {
    }

    public static List<Row> between(PlanDetails before, PlanDetails after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Row> rows = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Lcs.Step<String> step : Lcs.diff(a, b)) {
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

    /** A run of removed lines followed by added ones reads best as changed lines side by side. */
    private static void flush(List<Row> rows, List<String> removed, List<String> added) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) rows.add(new Row(Change.CHANGED, removed.get(k), added.get(k)));
        for (int k = paired; k < removed.size(); k++) rows.add(new Row(Change.REMOVED, removed.get(k), null));
        for (int k = paired; k < added.size(); k++) rows.add(new Row(Change.ADDED, null, added.get(k)));
        removed.clear();
        added.clear();
    }

    static List<String> lines(PlanDetails plan) {
        List<String> out = new ArrayList<>();
        out.add("KẾ HOẠCH " + plan.title());
        plan.legalBasis().forEach(b -> out.add(b.text()));
        for (PlanDetails.Section s : plan.flatSections()) {
            String head = s.printedLabel() + (s.title() == null ? "" : " " + s.title());
            out.add(head.strip());
            if (s.text() != null && !s.text().isBlank()) out.addAll(List.of(s.text().split("\n")));
        }
        for (PlanDetails.Task t : plan.tasks()) {
            out.add("Nhiệm vụ " + t.sectionNumber() + ": chủ trì " + (t.lead() == null ? t.leadNote() : t.lead().name())
                    + "; phối hợp " + t.coordinating().stream().map(PlanDetails.AgencyName::name)
                    .collect(Collectors.joining(", ")) + "; thời gian " + window(t) + "; sản phẩm "
                    + (t.output() == null ? "" : t.output()));
        }
        for (PlanDetails.Requirement r : plan.reportingRequirements()) {
            out.add("Báo cáo " + r.kind() + ": hạn " + DAY.format(r.dueDate()) + ", gửi " + r.receiver());
        }
        plan.recipients().forEach(r -> out.add("Nơi nhận: " + r));
        return out;
    }

    private static String window(PlanDetails.Task t) {
        if (t.from() == null && t.to() == null) return t.timeNote() == null ? "" : t.timeNote();
        return (t.from() == null ? "" : DAY.format(t.from())) + "–" + (t.to() == null ? "" : DAY.format(t.to()));
    }
}
