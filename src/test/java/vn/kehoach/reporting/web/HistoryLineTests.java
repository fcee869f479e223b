package vn.kehoach.reporting.web;

import org.junit.jupiter.api.Test;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.domain.ReportLog;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province drafts its report again from the reports below as they come in: in a row, the same step by the same
 * person is one line of the history, with how many times and since when; anything else in between keeps them apart.
 */
class HistoryLineTests {

    private static ReportLog.Event event(ReportLog.Action action, String actor, String reason, int minute) {
        return new ReportLog.Event(action, ReportStatus.DRAFT, ReportStatus.DRAFT, 0, actor, actor,
                Instant.parse("2027-08-07T09:00:00Z").plusSeconds(60L * minute), reason);
    }

    @Test
    void theSameStepInARowIsOneLine() {
        ReportLog.Event start = event(ReportLog.Action.START, "qn.snv", null, 0);
        ReportLog.Event first = event(ReportLog.Action.CONSOLIDATE, "qn.snv", "3 báo cáo", 1);
        ReportLog.Event second = event(ReportLog.Action.CONSOLIDATE, "qn.snv", "3 báo cáo", 5);
        ReportLog.Event third = event(ReportLog.Action.CONSOLIDATE, "qn.snv", "3 báo cáo", 9);
        ReportLog.Event moreBelow = event(ReportLog.Action.CONSOLIDATE, "qn.snv", "4 báo cáo", 12);
        ReportLog.Event colleague = event(ReportLog.Action.CONSOLIDATE, "qn.snv2", "4 báo cáo", 13);

        List<HistoryLine> lines = HistoryLine.of(List.of(start, first, second, third, moreBelow, colleague));

        assertThat(lines).extracting(HistoryLine::times).containsExactly(1, 3, 1, 1);
        assertThat(lines.get(1).event()).isEqualTo(third);
        assertThat(lines.get(1).first()).isEqualTo(first.at());
        assertThat(HistoryLine.of(List.of())).isEmpty();
    }
}
