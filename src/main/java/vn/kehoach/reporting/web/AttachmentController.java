package vn.kehoach.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.reporting.domain.AttachmentStore;
import vn.kehoach.reporting.domain.ReportAttachments;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.Downloads;
import vn.kehoach.shared.web.FlashMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's files. Uploads come apart from the report's text, so that saving the text never carries files (nor hits
 * the container's limits on them) and a refused file never costs the text: the report form's script sends each chosen
 * file here before the text, and shows the answer in place; without the script the upload form comes back to the
 * report form. Downloads are always attachments of a generic type, never shown inline, and sandboxed: a file that
 * slipped through as something else still cannot run in the application's origin.
 */
@Controller
class AttachmentController {

    private final ReportAttachments service;

    AttachmentController(ReportAttachments service) {
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

    /**
     * Stores each file or says by name why not. For the page's script, the report's list of files with the outcome
     * (422 when a file was refused); otherwise back to the form with the outcome.
     */
    @PostMapping("/reports/{id}/attachments")
    String upload(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestHeader(name = "X-Requested-With", required = false) String script, CurrentUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<FlashMessage> outcome = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            if (file.isEmpty() && name.isBlank()) continue;
            try {
                service.attach(user, id, name, file.getBytes());
                stored.add(name);
            } catch (BusinessRuleException e) {
                Object[] args = new Object[e.args().length + 1];
                args[0] = name;
                System.arraycopy(e.args(), 0, args, 1, e.args().length);
                outcome.add(FlashMessage.danger(e.messageKey(), args));
            } catch (IOException e) {
                outcome.add(FlashMessage.danger("report.attachment.unreadable", name));
            }
        }
        if (!stored.isEmpty())
            outcome.add(0, FlashMessage.success("report.attachment.stored", String.join(", ", stored)));
        boolean refused = outcome.stream().anyMatch(m -> m.kind() == FlashMessage.Kind.DANGER);
        if (script == null) {
            if (outcome.isEmpty()) outcome.add(FlashMessage.warning("report.attachment.noneChosen"));
            // One message after a redirect: the refusal if there is one, it names its file.
            redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, refused
                    ? outcome.stream().filter(m -> m.kind() == FlashMessage.Kind.DANGER).findFirst().orElseThrow()
                    : outcome.get(0));
            return "redirect:/reports/" + id + "/edit#attachments";
        }
        if (refused) response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("reportId", id);
        model.addAttribute("attachments", service.attachments(user, id));
        model.addAttribute("outcome", outcome);
        return "reporting/fragments :: attachmentFiles";
    }
}
