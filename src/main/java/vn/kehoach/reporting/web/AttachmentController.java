package vn.kehoach.reporting.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.kehoach.reporting.domain.AttachmentStore;
import vn.kehoach.reporting.domain.ReportService;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Downloads;

/**
 * Downloads a report's file. Always as an attachment of a generic type, never shown inline, and sandboxed: a file
 * that slipped through as something else still cannot run in the application's origin.
 */
@Controller
class AttachmentController {

    private final ReportService service;

    AttachmentController(ReportService service) {
        this.service = service;
    }

    @GetMapping("/reports/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, CurrentUser user) {
        AttachmentStore.Download download = service.download(user, id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition(download.attachment().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(download.data());
    }
}
