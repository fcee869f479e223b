package vn.kehoach.reporting.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.kehoach.officialdoc.OfficialDocumentWriter;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.reporting.export.ReportExports;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Downloads;

/**
 * A report as the Decree 30 Word document its unit signs, and its annex tables as a workbook. Whoever may read the
 * report may download both; for anyone else the report does not exist (404).
 */
@Controller
class ReportExportController {

    private final ReportQueries queries;
    private final ReportExports exports;
    private final OfficialDocumentWriter writer;

    ReportExportController(ReportQueries queries, ReportExports exports, OfficialDocumentWriter writer) {
        this.queries = queries;
        this.exports = exports;
        this.writer = writer;
    }

    @GetMapping("/reports/{id}/export.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, CurrentUser user) {
        ReportView report = queries.view(user, id);
        return Downloads.attachment(ReportExports.fileName(report, "docx"), Downloads.DOCX,
                writer.docx(exports.document(report, sources(report))));
    }

    @GetMapping("/reports/{id}/annexes.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, CurrentUser user) {
        ReportView report = queries.view(user, id);
        return Downloads.attachment(ReportExports.annexFileName(report, "xlsx"), Downloads.XLSX,
                writer.xlsx(exports.annexes(report, sources(report))));
    }

    /** Only a unit's report on its own plan is drawn from reports below it. */
    private ReportQueries.Sources sources(ReportView report) {
        return report.answersOwnPlan() ? queries.sources(report) : null;
    }
}
