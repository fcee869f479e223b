package vn.kehoach.reporting.domain;

import java.util.List;

/**
 * Everything a reporter writes: per task, per target, and the general assessment (kết quả, tồn tại và hạn chế,
 * nguyên nhân), directions for the next period and proposals (kiến nghị).
 */
public record ReportContent(List<EntryContent> entries, List<TargetValueContent> targets, String results,
                            String shortcomings, String causes, String directions, String proposals) {

    public ReportContent {
        entries = List.copyOf(entries);
        targets = List.copyOf(targets);
    }
}
