package vn.kehoach.reporting.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.kehoach.officialdoc.DocumentTable;
import vn.kehoach.officialdoc.OfficialDocumentWriter;
import vn.kehoach.officialdoc.OfficialWording;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.reporting.ReportRow;
import vn.kehoach.reporting.domain.CompletenessQueries;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Downloads;
import vn.kehoach.shared.web.NotFoundException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Completeness and timeliness of a plan's reports: counts and charts per requirement, the reporters behind each
 * count, each reporter's on-time rate, and the same as an Excel workbook.
 */
@Controller
class CompletenessController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final CompletenessQueries completeness;
    private final OfficialDocumentWriter writer;
    private final MessageSource messages;

    CompletenessController(CompletenessQueries completeness, OfficialDocumentWriter writer, MessageSource messages) {
        this.completeness = completeness;
        this.writer = writer;
        this.messages = messages;
    }

    /**
     * Up to {@code listedWhole} reports a requirement lists whole; above, those needing attention unless {@code all}
     * names it (and the timeliness table those behind unless {@code everyReporter}).
     */
    @GetMapping("/reporting/status")
    String show(@RequestParam long plan, @RequestParam(required = false) Long all,
                @RequestParam(defaultValue = "false") boolean everyReporter, CurrentUser user, Model model) {
        CompletenessQueries.PlanStatus status = completeness.status(user, plan);
        if (all != null && status.requirements().stream().noneMatch(r -> r.requirementId() == all)) {
            throw new NotFoundException("requirement", all);
        }
        model.addAttribute("status", status);
        model.addAttribute("expanded", all);
        model.addAttribute("everyReporter", everyReporter);
        model.addAttribute("navArea", "reviews");
        return "reporting/status";
    }

    @GetMapping("/reporting/status.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam long plan, CurrentUser user) {
        CompletenessQueries.PlanStatus status = completeness.status(user, plan);
        Locale locale = LocaleContextHolder.getLocale();
        List<DocumentTable> tables = new ArrayList<>();
        List<List<String>> summary = new ArrayList<>();
        for (CompletenessQueries.RequirementStatus r : status.requirements()) {
            summary.add(List.of(msg("ReportKind." + r.kind(), locale), DAY.format(r.dueDate()),
                    String.valueOf(r.expected()), String.valueOf(r.submitted()), String.valueOf(r.accepted()),
                    String.valueOf(r.returned()), String.valueOf(r.late()), String.valueOf(r.missing()),
                    r.onTimeRate() == null ? "" : r.onTimeRate() + "%"));
        }
        PlanDetails details = status.plan();
        String planRef = (details.number() == null
                ? OfficialWording.BLANK
                : OfficialWording.twoDigits(details.number())) + "/" + details.symbol() + " – " + details.title();
        tables.add(new DocumentTable(null, msg("reporting.status.xlsx.summary", locale), planRef,
                List.of(msg("reporting.status.kind", locale), msg("reporting.status.dueDate", locale),
                        msg("reporting.status.expected", locale), msg("reporting.status.submitted", locale),
                        msg("reporting.status.accepted", locale), msg("reporting.status.returned", locale),
                        msg("reporting.status.late", locale), msg("reporting.status.missing", locale),
                        msg("reporting.status.onTimeRate", locale)),
                null, summary));
        for (CompletenessQueries.RequirementStatus r : status.requirements()) {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (ReportRow e : r.entries()) {
                rows.add(List.of(String.valueOf(n++), e.unitCode(), e.reporterName(), e.ownerAgencyName(),
                        msg("ReportStatus." + e.status(), locale),
                        e.firstSubmittedAt() == null ? "" : MINUTE.format(e.firstSubmittedAt()),
                        timeliness(e, locale)));
            }
            tables.add(new DocumentTable(null, msg("ReportKind." + r.kind(), locale) + " – " + DAY.format(r.dueDate()),
                    planRef, List.of(msg("reporting.status.no", locale), msg("reporting.status.unitCode", locale),
                            msg("reporting.status.reporter", locale), msg("reporting.status.agency", locale),
                            msg("reporting.status.state", locale), msg("reporting.status.submittedAt", locale),
                            msg("reporting.status.timeliness", locale)),
                    List.of(1, 2, 6, 6, 3, 3, 3), rows));
        }
        List<List<String>> reporters = new ArrayList<>();
        for (CompletenessQueries.Timeliness t : status.reporters()) {
            reporters.add(List.of(t.reporterName(), t.unitCode(), String.valueOf(t.due()), String.valueOf(t.onTime()),
                    String.valueOf(t.late()), String.valueOf(t.missing()), t.rate() == null ? "" : t.rate() + "%"));
        }
        tables.add(new DocumentTable(null, msg("reporting.status.reporters", locale), planRef,
                List.of(msg("reporting.status.reporter", locale), msg("reporting.status.unitCode", locale),
                        msg("reporting.status.due", locale), msg("reporting.status.onTime", locale),
                        msg("reporting.status.late", locale), msg("reporting.status.missing", locale),
                        msg("reporting.status.onTimeRate", locale)),
                List.of(6, 2, 2, 2, 2, 2, 2), reporters));
        byte[] bytes = writer.xlsx(tables);
        return Downloads.attachment("tinh-hinh-bao-cao-" + plan + ".xlsx", Downloads.XLSX, bytes);
    }

    private String timeliness(ReportRow e, Locale locale) {
        if (Boolean.TRUE.equals(e.onTime())) return msg("reporting.status.onTime", locale);
        if (e.late()) return msg("reporting.status.late", locale);
        if (e.missing()) return msg("reporting.status.missing", locale);
        return msg("reporting.status.notYetDue", locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
