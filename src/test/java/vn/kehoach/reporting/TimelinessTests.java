package vn.kehoach.reporting;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report is judged by its first sending: sent on time, it is never shown overdue, also while it is corrected after
 * being returned long after its due date (the demo's Công an report showed "Quá hạn 493 ngày" beside "Đúng hạn").
 */
@IntegrationTest
class TimelinessTests {

    static final LocalDate DUE = LocalDate.of(2025, 7, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;

    @Test
    void aReportSentOnTimeIsNeverOverdue() {
        ReportRow returnedOnTime = row(ReportStatus.RETURNED, Instant.parse("2025-07-31T03:00:00Z"), true);
        assertThat(returnedOnTime.overdue()).isFalse();
        assertThat(returnedOnTime.late()).isFalse();
        ReportRow returnedLate = row(ReportStatus.RETURNED, Instant.parse("2025-08-04T03:00:00Z"), false);
        assertThat(returnedLate.overdue()).isFalse();
        assertThat(returnedLate.late()).isTrue();
        ReportRow neverSent = row(ReportStatus.DRAFT, null, null);
        assertThat(neverSent.overdue()).isTrue();
        assertThat(neverSent.daysLeft()).isEqualTo(-493);
        assertThat(row(ReportStatus.ACCEPTED, Instant.parse("2025-07-30T03:00:00Z"), true).overdue()).isFalse();
    }

    @Test
    void theReturnedDemoReportShowsOnTimeOnly() {
        String inbox = Html.body(mvc.get().uri("/reviews?status=RETURNED").with(logins.as("qn.snv")).exchange());
        Element police = Html.parse(inbox).select("tbody tr").stream()
                .filter(tr -> tr.text().contains("Công an tỉnh Quảng Ngãi")).findFirst().orElseThrow();
        assertThat(police.text()).contains("Đúng hạn").doesNotContain("Quá hạn");
        assertThat(police.hasClass("table-danger-subtle")).isFalse();
    }

    private static ReportRow row(ReportStatus status, Instant firstSubmittedAt, Boolean onTime) {
        return new ReportRow(1, 1, 1, 1, "35/KH-UBND", "Kế hoạch", ReportKind.SIX_MONTH, 2025, DUE, DUE,
                ReporterKind.AGENCY, "Công an tỉnh Quảng Ngãi", 1, "51", "Tỉnh Quảng Ngãi", "Công an tỉnh Quảng Ngãi",
                "Sở Nội vụ tỉnh Quảng Ngãi", status, firstSubmittedAt == null ? 0 : 1, firstSubmittedAt,
                firstSubmittedAt, onTime, TODAY, null);
    }
}
