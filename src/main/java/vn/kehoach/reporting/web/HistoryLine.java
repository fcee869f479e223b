package vn.kehoach.reporting.web;

import vn.kehoach.reporting.domain.ReportLog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line of a report's history: one step, or the same step repeated in a row by the same person (a province drafting
 * its report again from the reports below as they come in), shown once with how many times and since when.
 *
 * @param event the latest of the repeated steps
 * @param times how many in a row (1 for a single step)
 * @param first when the first of them was taken
 */
record HistoryLine(ReportLog.Event event, int times, Instant first) {

    /** The history as shown, oldest first: consecutive steps alike (action, person, reason, state) folded into one. */
    static List<HistoryLine> of(List<ReportLog.Event> events) {
        List<HistoryLine> lines = new ArrayList<>();
        for (ReportLog.Event e : events) {
            HistoryLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && alike(last.event(), e)) {
                lines.set(lines.size() - 1, new HistoryLine(e, last.times() + 1, last.first()));
            } else {
                lines.add(new HistoryLine(e, 1, e.at()));
            }
        }
        return lines;
    }

    private static boolean alike(ReportLog.Event a, ReportLog.Event b) {
        return a.action() == b.action() && Objects.equals(a.actor(), b.actor())
                && Objects.equals(a.reason(), b.reason())
                && a.from() == b.from() && a.to() == b.to() && a.round() == b.round();
    }
}
