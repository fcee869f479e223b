package vn.kehoach.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditObject;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Downloads;
import vn.kehoach.shared.web.PageResult;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Administrators search the audit trail of their scope and export what they found. Nothing here changes it. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final AuditQueries queries;
    private final MessageSource messages;

    AuditController(AuditQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "admin";
    }

    @GetMapping("/admin/audit")
    String search(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result,
                  @RequestParam(defaultValue = "0") int page, CurrentUser user, HttpServletRequest request,
                  Model model) {
        requireAdministrator(user);
        model.addAttribute("exportHref", UriComponentsBuilder.fromPath("/admin/audit/export.csv")
                .query(request.getQueryString()).replaceQueryParam("page").build().toUriString());
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("objects", AuditObject.values());
        model.addAttribute("page", result.hasErrors()
                ? new PageResult<AuditRow>(List.of(), 0, 0, PAGE_SIZE)
                : queries.search(user, filter.toSearch(Math.max(page, 0), PAGE_SIZE)));
        return "audit/search";
    }

    /** CSV for a spreadsheet: UTF-8 with a byte-order mark so that Excel reads the Vietnamese letters. */
    @GetMapping("/admin/audit/export.csv")
    void export(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result, CurrentUser user,
                Locale locale, HttpServletResponse response)
            throws IOException {
        requireAdministrator(user);
        if (result.hasErrors()) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        AuditSearch search = filter.toSearch(0, AuditQueries.EXPORT_LIMIT);
        queries.checkScope(user, search);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition("nhat-ky-he-thong.csv"));
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        line(out, List.of(text("audit.at", locale), text("audit.action", locale), text("audit.object", locale),
                text("audit.objectId", locale), text("audit.actor", locale), text("login.username", locale),
                text("audit.address", locale), text("audit.unit", locale), text("audit.summary", locale),
                text("audit.before", locale), text("audit.after", locale)));
        queries.export(user, search, row -> {
            try {
                line(out, List.of(TIME.format(row.at()),
                        row.action() == null ? "" : text("AuditAction." + row.action(), locale),
                        row.objectType() == null ? "" : text("AuditObject." + row.objectType(), locale),
                        nn(row.objectId()), nn(row.actorName()), nn(row.actorUsername()), nn(row.address()),
                        nn(row.unitName()), nn(row.summary()), nn(row.before()), nn(row.after())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * Quoted, and a cell a spreadsheet would take for a formula (typed by whoever chose a name or a reason) is
     * prefixed with an apostrophe, so that opening the export never runs it.
     */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) text = "'" + text;
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!AuditQueries.mayRead(user)) throw new AccessDeniedException("administrators only");
    }
}
