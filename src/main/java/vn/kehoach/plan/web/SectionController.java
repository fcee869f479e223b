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
import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.plan.StrategyTargets;
import vn.kehoach.plan.domain.PlanConflictException;
import vn.kehoach.plan.domain.PlanDrafting;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Actions;

/** Adding, editing, moving and deleting the numbered parts of a draft plan, tasks included. */
@Controller
class SectionController {

    private final PlanDrafting drafting;
    private final PlanPages pages;
    private final StrategyTargets targets;

    SectionController(PlanDrafting drafting, PlanPages pages, StrategyTargets targets) {
        this.targets = targets;
        this.drafting = drafting;
        this.pages = pages;
    }

    @GetMapping("/plans/{id}/sections/new")
    String showCreateForm(@PathVariable long id, @RequestParam(required = false) Long parent,
                          @RequestParam(required = false) Long after, CurrentUser user, Model model) {
        PlanDetails plan = editable(user, id, model);
        SectionForm form = new SectionForm();
        form.setParentId(parent);
        if (after != null) PlanPages.section(plan, after);
        form.setAfterId(after);
        form.setVersion(plan.version());
        if (parent != null) {
            PlanDetails.Section parentSection = PlanPages.section(plan, parent);
            form.setKind(parentSection.kind());
            // Items of a task part start as tasks: that is what they are for.
            form.setTask(parentSection.kind() == SectionKind.TASKS);
        } else {
            form.setKind(SectionKind.OTHER);
        }
        return form(model, form, null);
    }

    @PostMapping("/plans/{id}/sections/new")
    String create(@PathVariable long id, @Valid @ModelAttribute("sectionForm") SectionForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        editable(user, id, model);
        return Actions.form(result, redirect, () -> form(model, form, null))
                .on(PlanConflictException.class, e -> conflict(model, form, null, e, response)).then(() -> {
                    if (!form.isTask()) drafting.checkUnkeptTask(user, id, null, form.named());
                    long sectionId = drafting.addSection(user, id, form.getVersion(), form.getParentId(),
                            form.getAfterId(), form.toContent(), form.toTask());
                    return Actions.done(redirect, "plan.section.added", "/plans/" + id + "/edit#section-" + sectionId);
                });
    }

    @GetMapping("/plans/{id}/sections/{sectionId}/edit")
    String showEditForm(@PathVariable long id, @PathVariable long sectionId, CurrentUser user, Model model) {
        PlanDetails plan = editable(user, id, model);
        PlanDetails.Section section = PlanPages.section(plan, sectionId);
        return form(model, SectionForm.of(section, PlanPages.tasksBySection(plan).get(sectionId), plan.version()),
                section);
    }

    @PostMapping("/plans/{id}/sections/{sectionId}/edit")
    String update(@PathVariable long id, @PathVariable long sectionId,
                  @Valid @ModelAttribute("sectionForm") SectionForm form, BindingResult result, CurrentUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PlanDetails plan = editable(user, id, model);
        PlanDetails.Section section = PlanPages.section(plan, sectionId);
        // Where a part sits is not changed here, but the places the form names must be parts of this plan.
        if (form.getParentId() != null) PlanPages.section(plan, form.getParentId());
        if (form.getAfterId() != null) PlanPages.section(plan, form.getAfterId());
        return Actions.form(result, redirect, () -> form(model, form, section))
                .on(PlanConflictException.class, e -> conflict(model, form, section, e, response))
                .perform("plan.section.saved", "/plans/" + id + "/edit#section-" + sectionId, () -> {
                    if (!form.isTask()) drafting.checkUnkeptTask(user, id, sectionId, form.named());
                    drafting.updateSection(user, id, form.getVersion(), sectionId, form.toContent(), form.toTask());
                });
    }

    @PostMapping("/plans/{id}/sections/{sectionId}/delete")
    String delete(@PathVariable long id, @PathVariable long sectionId, @RequestParam long version, CurrentUser user,
                  RedirectAttributes redirect) {
        String editor = "/plans/" + id + "/edit";
        return PlanPages.onDraft(redirect, editor).perform("plan.section.deleted", editor,
                () -> drafting.deleteSection(user, id, version, sectionId));
    }

    @PostMapping("/plans/{id}/sections/{sectionId}/move")
    String move(@PathVariable long id, @PathVariable long sectionId, @RequestParam PlanDrafting.Move direction,
                @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        String section = "/plans/" + id + "/edit#section-" + sectionId;
        // Moved is seen on the page: no message.
        return PlanPages.onDraft(redirect, section).refusedTo(section).perform(null, section,
                () -> drafting.moveSection(user, id, version, sectionId, direction));
    }

    /**
     * Someone saved the plan first. The form comes back with everything the user typed, now against the current
     * version, beside the section as it stands; saving again is a deliberate choice. Answered 409.
     */
    private String conflict(Model model, SectionForm form, PlanDetails.Section section, PlanConflictException e,
                            HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        form.setVersion(e.currentVersion());
        PlanDetails current = (PlanDetails) model.getAttribute("plan");
        model.addAttribute("conflict", true);
        model.addAttribute("conflictBy", current == null ? null : current.updatedBy());
        return form(model, form, section);
    }

    private String form(Model model, SectionForm form, PlanDetails.Section section) {
        model.addAttribute("sectionForm", form);
        model.addAttribute("section", section);
        model.addAttribute("kinds", SectionKind.values());
        model.addAttribute("styles", Numbering.Style.values());
        model.addAttribute("strategyTargets", targets.all());
        return "plan/section-form";
    }

    private PlanDetails editable(CurrentUser user, long id, Model model) {
        PlanDetails plan = pages.load(user, id, model);
        if (!Boolean.TRUE.equals(model.getAttribute("canEdit"))) throw new AccessDeniedException("not editable");
        return plan;
    }
}
