package vn.kehoach.reporting.domain;

import vn.kehoach.reporting.EntryState;

import java.util.ArrayList;
import java.util.List;

/**
 * What a report must say before it is sent: a state for every task, what was done where work began, the general
 * assessment and the directions, and for every linked target a figure or the reason there is none. Drafts may be
 * incomplete; sending may not.
 */
public final class Completeness {

    /**
     * @param part where the gap is: "entry:{sectionId}:state", "entry:{sectionId}:narrative", "target:{code}",
     *             or an assessment field ("results", "shortcomings", "causes", "directions")
     * @param key  the message that explains it
     */
    public record Problem(String part, String key) {
    }

    private Completeness() {
    }

    public static List<Problem> check(ReportView report) {
        List<Problem> problems = new ArrayList<>();
        for (ReportView.TaskPart task : report.tasks()) {
            EntryContent entry = task.entry();
            if (entry.state() == null) {
                problems.add(new Problem("entry:" + task.sectionId() + ":state", "report.incomplete.state"));
            } else if (entry.state() != EntryState.NOT_STARTED && blank(entry.narrative())) {
                problems.add(new Problem("entry:" + task.sectionId() + ":narrative", "report.incomplete.narrative"));
            }
        }
        for (ReportView.TargetPart target : report.targets()) {
            TargetValueContent v = target.value();
            if (!v.hasFigure() && blank(v.note())) {
                problems.add(new Problem("target:" + target.code(), "report.incomplete.target"));
            }
        }
        if (blank(report.results())) problems.add(new Problem("results", "report.incomplete.results"));
        if (blank(report.shortcomings())) problems.add(new Problem("shortcomings", "report.incomplete.shortcomings"));
        if (blank(report.causes())) problems.add(new Problem("causes", "report.incomplete.causes"));
        if (blank(report.directions())) problems.add(new Problem("directions", "report.incomplete.directions"));
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
