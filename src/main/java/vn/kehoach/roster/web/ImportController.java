package vn.kehoach.roster.web;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.roster.importing.ImportReport;
import vn.kehoach.roster.importing.UnitImportService;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;

import jakarta.servlet.http.HttpServletResponse;

import java.time.LocalDate;

/** The administrator's page for importing official unit lists and crosswalks. */
@Controller
class ImportController {

    private final UnitImports imports;

    ImportController(UnitImports imports) {
        this.imports = imports;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "admin";
    }

    @GetMapping("/roster/import")
    String showForm(CurrentUser user) {
        Access.requireSystemAdmin(user);
        return "roster/import";
    }

    @PostMapping("/roster/import")
    String importFile(@RequestParam(value = "file", required = false) MultipartFile file,
                      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validFrom,
                      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validTo,
                      @RequestParam(defaultValue = "false") boolean skipUnmatched,
                      @RequestParam(defaultValue = "false") boolean dryRun, CurrentUser user, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        ImportReport report = imports.run(user, file, validFrom, validTo, skipUnmatched, dryRun);
        String fileName = file == null ? null : file.getOriginalFilename();
        if (report.hasRejections()) {
            // Shown again with every rejected line; the user's choices stay in the form.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("report", report);
            model.addAttribute("fileName", fileName);
            model.addAttribute("validFrom", validFrom);
            model.addAttribute("validTo", validTo);
            model.addAttribute("dryRun", dryRun);
            model.addAttribute("skipUnmatched", skipUnmatched);
            return "roster/import";
        }
        redirect.addFlashAttribute("report", report);
        redirect.addFlashAttribute("fileName", fileName);
        return "redirect:/roster/import";
    }
}
