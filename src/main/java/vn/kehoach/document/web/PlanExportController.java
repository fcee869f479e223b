package vn.kehoach.document.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.kehoach.document.PlanExports;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Downloads;

import java.nio.charset.StandardCharsets;

/** The official document of a plan: Word, PDF, and a print view in the browser. */
@Controller
class PlanExportController {

    private final PlanExports exports;

    PlanExportController(PlanExports exports) {
        this.exports = exports;
    }

    @GetMapping("/plans/{id}/export.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, CurrentUser user) {
        return download(exports.docx(user, id), Downloads.DOCX);
    }

    @GetMapping("/plans/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user) {
        return download(exports.pdf(user, id), MediaType.APPLICATION_PDF);
    }

    @GetMapping(value = "/plans/{id}/print", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> print(@PathVariable long id, CurrentUser user) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(exports.printView(user, id));
    }

    static ResponseEntity<byte[]> download(PlanExports.Export export, MediaType type) {
        return Downloads.attachment(export.fileName(), type, export.content());
    }
}
