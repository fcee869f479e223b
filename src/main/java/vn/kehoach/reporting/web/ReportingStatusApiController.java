package vn.kehoach.reporting.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.ReportRow;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReporterKind;
import vn.kehoach.reporting.domain.CompletenessQueries;
import vn.kehoach.shared.security.CurrentUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Completeness and timeliness of a plan's reports as JSON, per requirement, with the same scope as the page: the
 * counts are those of the entries listed with them.
 */
@RestController
class ReportingStatusApiController {

    private final CompletenessQueries completeness;

    ReportingStatusApiController(CompletenessQueries completeness) {
        this.completeness = completeness;
    }

    record Entry(String unitCode, String agencyName, ReportStatus status, Instant submittedAt, Boolean onTime) {

        static Entry of(ReportRow row) {
            String agency = row.reporterKind() == ReporterKind.AGENCY
                    ? row.reporterName()
                    : row.ownerAgencyName();
            return new Entry(row.unitCode(), agency, row.status(), row.firstSubmittedAt(), row.onTime());
        }
    }

    record Requirement(long requirementId, ReportKind kind, LocalDate dueDate, long expected, long submitted,
                       long accepted, long returned, long late, long missing, List<Entry> entries) {

        static Requirement of(CompletenessQueries.RequirementStatus r) {
            return new Requirement(r.requirementId(), r.kind(), r.dueDate(), r.expected(), r.submitted(),
                    r.accepted(), r.returned(), r.late(), r.missing(), r.entries().stream().map(Entry::of).toList());
        }
    }

    @GetMapping("/api/reporting/status")
    List<Requirement> status(@RequestParam long plan, CurrentUser user) {
        return completeness.status(user, plan).requirements().stream().map(Requirement::of).toList();
    }
}
