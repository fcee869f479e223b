package vn.kehoach.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.reporting.domain.ContributionService;
import vn.kehoach.reporting.domain.ReportConflictException;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.FlashMessage;

/** A coordinating agency writes and sends its contribution on a task to the lead agency's report. */
@Controller
class ContributionController {

    private final ContributionService contributions;

    ContributionController(ContributionService contributions) {
        this.contributions = contributions;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "reports";
    }

    @GetMapping("/reports/{id}/contributions/{sectionId}")
    String showForm(@PathVariable long id, @PathVariable long sectionId, CurrentUser user, Model model) {
        ContributionService.Form form = contributions.form(user, id, sectionId);
        model.addAttribute("request", form);
        model.addAttribute("contributionForm", ContributionForm.of(form.contribution()));
        return "reporting/contribution";
    }

    @PostMapping("/reports/{id}/contributions/{sectionId}")
    String write(@PathVariable long id, @PathVariable long sectionId,
                 @Valid @ModelAttribute("contributionForm") ContributionForm form, BindingResult result,
                 @RequestParam(defaultValue = "save") String action, CurrentUser user, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        ContributionService.Form request = contributions.form(user, id, sectionId);
        model.addAttribute("request", request);
        if (result.hasErrors()) return "reporting/contribution";
        boolean send = "send".equals(action);
        try {
            contributions.write(user, id, sectionId, form.getVersion(), form.getNarrative(), form.figures(), send);
        } catch (ReportConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(e.currentVersion());
            model.addAttribute("conflictBy", e.updatedBy());
            return "reporting/contribution";
        } catch (BusinessRuleException e) {
            if (e.messageKey().endsWith("narrativeRequired")) result.rejectValue("narrative", e.messageKey());
            else
                result.reject(e.messageKey(), e.args(), null);
            return "reporting/contribution";
        }
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
                FlashMessage.success(send ? "report.contribution.sent" : "report.contribution.saved"));
        return send ? "redirect:/reports" : "redirect:/reports/" + id + "/contributions/" + sectionId;
    }
}
