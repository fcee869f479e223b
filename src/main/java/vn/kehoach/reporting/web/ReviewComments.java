package vn.kehoach.reporting.web;

import vn.kehoach.reporting.domain.ReportLog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewers' comments on a report's parts, every round: beside each part for whoever reads the report (the
 * reviewer above all, who checks that a returned report was corrected), and beside each change between two rounds.
 *
 * @param all every comment, latest round first
 */
public record ReviewComments(List<ReportLog.Comment> all) {

    /** The comments on a part ("entry:12", "targets", "results"…), latest round first; null when there are none. */
    public List<ReportLog.Comment> on(String part) {
        List<ReportLog.Comment> out = all.stream().filter(c -> c.part().equals(part)).toList();
        return out.isEmpty() ? null : out;
    }

    /** The comments made when the given round was returned, by part in the order they were written. */
    public Map<String, List<ReportLog.Comment>> ofRound(int round) {
        Map<String, List<ReportLog.Comment>> out = new LinkedHashMap<>();
        for (ReportLog.Comment c : all) {
            if (c.round() == round) out.computeIfAbsent(c.part(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    public boolean isEmpty() { return all.isEmpty(); }
}
