package vn.kehoach.plan.domain;

import vn.kehoach.plan.PlanDetails;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an amendment changed: both revisions as lines of text (header, legal basis, each section with its label,
 * each task's assignment, the reporting regime, recipients), aligned side by side with a longest-common-subsequence
 * diff.
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
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                flush(rows, removed, added);
                rows.add(new Row(Change.SAME, a.get(i), b.get(j)));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
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
