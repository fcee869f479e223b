package vn.kehoach.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.plan.domain.PlanConflictException;
import vn.kehoach.plan.domain.PlanDrafting;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Actions;
import vn.kehoach.shared.web.NotFoundException;

/** The reporting regime of a draft plan: which reports, for which period, due when, to whom, from whom. */
@Controller
class RequirementController {

    private final PlanDrafting drafting;
    private final PlanPages pages;

    RequirementController(PlanDrafting drafting, PlanPages pages) {
        this.drafting = drafting;
        this.pages = pages;
    }

    @GetMapping("/plans/{id}/requirements/new")
    String showCreateForm(@PathVariable long id, CurrentUser user, Model model) {
        PlanDetails plan = editable(user, id, model);
        RequirementForm form = new RequirementForm();
        form.setVersion(plan.version());
        return form(model, form, null);
    }

    @PostMapping("/plans/{id}/requirements/new")
    String create(@PathVariable long id, @Valid @ModelAttribute("requirementForm") RequirementForm form,
                  BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        editable(user, id, model);
        return Actions.form(result, redirect, () -> form(model, form, null))
                .on(PlanConflictException.class, e -> conflict(model, form, null, e, response))
                .perform("plan.requirement.saved", "/plans/" + id + "/edit#requirements",
                        () -> drafting.addRequirement(user, id, form.getVersion(), form.toContent()));
    }

    @GetMapping("/plans/{id}/requirements/{requirementId}/edit")
    String showEditForm(@PathVariable long id, @PathVariable long requirementId, CurrentUser user, Model model) {
        PlanDetails plan = editable(user, id, model);
        PlanDetails.Requirement requirement = requirement(plan, requirementId);
        return form(model, RequirementForm.of(requirement, requirement.receiver(), plan.version()), requirementId);
    }

    @PostMapping("/plans/{id}/requirements/{requirementId}/edit")
    String update(@PathVariable long id, @PathVariable long requirementId,
                  @Valid @ModelAttribute("requirementForm") RequirementForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PlanDetails plan = editable(user, id, model);
        requirement(plan, requirementId);
        return Actions.form(result, redirect, () -> form(model, form, requirementId))
                .on(PlanConflictException.class, e -> conflict(model, form, requirementId, e, response))
                .perform("plan.requirement.saved", "/plans/" + id + "/edit#requirements",
                        () -> drafting.updateRequirement(user, id, form.getVersion(), requirementId, form.toContent()));
    }

    @PostMapping("/plans/{id}/requirements/{requirementId}/delete")
    String delete(@PathVariable long id, @PathVariable long requirementId, @RequestParam long version,
                  CurrentUser user, RedirectAttributes redirect) {
        String requirements = "/plans/" + id + "/edit#requirements";
        return PlanPages.onDraft(redirect, requirements).perform("plan.requirement.deleted", requirements,
                () -> drafting.removeRequirement(user, id, version, requirementId));
    }

    private String conflict(Model model, RequirementForm form, Long requirementId, PlanConflictException e,
                            HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        form.setVersion(e.currentVersion());
        model.addAttribute("conflict", true);
        return form(model, form, requirementId);
    }

    private static PlanDetails.Requirement requirement(PlanDetails plan, long requirementId) {
        return plan.reportingRequirements().stream().filter(r -> r.id() == requirementId).findFirst()
                .orElseThrow(() -> new NotFoundException("requirement", requirementId));
    }

    private String form(Model model, RequirementForm form, Long requirementId) {
        model.addAttribute("requirementForm", form);
        model.addAttribute("requirementId", requirementId);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("reporterChoices", Reporters.values());
        return "plan/requirement-form";
    }

    private PlanDetails editable(CurrentUser user, long id, Model model) {
        PlanDetails plan = pages.load(user, id, model);
        if (!Boolean.TRUE.equals(model.getAttribute("canEdit"))) throw new AccessDeniedException("not editable");
        return plan;
    }
}
