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
import vn.kehoach.shared.web.Actions;
import vn.kehoach.shared.web.BusinessRuleException;

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
        boolean send = "send".equals(action);
        return Actions.form(result, redirect, () -> "reporting/contribution").on(ReportConflictException.class, e -> {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(e.currentVersion());
            model.addAttribute("conflictBy", e.updatedBy());
            return "reporting/contribution";
        }).on(BusinessRuleException.class, e -> {
            if (e.messageKey().endsWith("narrativeRequired")) result.rejectValue("narrative", e.messageKey());
            else
                result.reject(e.messageKey(), e.args(), null);
            return "reporting/contribution";
        }).perform(send ? "report.contribution.sent" : "report.contribution.saved",
                send ? "/reports" : "/reports/" + id + "/contributions/" + sectionId,
                () -> contributions.write(user, id, sectionId, form.getVersion(), form.getNarrative(), form.figures(),
                        send));
    }
}
