package vn.kehoach.roster.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.roster.importing.ImportReport;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;

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
    String showForm(CurrentUser user, Model model) {
        Access.requireSystemAdmin(user);
        if (!model.containsAttribute("importForm")) model.addAttribute("importForm", new UnitImportForm());
        return "roster/import";
    }

    @PostMapping("/roster/import")
    String importFile(@ModelAttribute("importForm") UnitImportForm form, BindingResult result, CurrentUser user,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Access.requireSystemAdmin(user);
        String fileName = form.fileName();
        if (result.hasErrors()) {
            // A date that is no date: nothing is read; the form comes back with the file to choose again.
            model.addAttribute("fileName", fileName);
            return "roster/import";
        }
        ImportReport report = imports.run(user, form.getFile(), form.getValidFrom(), form.getValidTo(),
                form.isSkipUnmatched(), form.isDryRun());
        if (report.hasRejections()) {
            // Shown again with every rejected line; the user's choices stay in the form.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("report", report);
            model.addAttribute("fileName", fileName);
            return "roster/import";
        }
        redirect.addFlashAttribute("report", report);
        redirect.addFlashAttribute("fileName", fileName);
        return "redirect:/roster/import";
    }
}
