package vn.kehoach.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.kehoach.plan.PlanDocumentView;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.plan.PlanSummary;
import vn.kehoach.plan.domain.ImplementationService;
import vn.kehoach.plan.domain.NextYearPlanExistsException;
import vn.kehoach.plan.domain.ParentChanges;
import vn.kehoach.plan.domain.PlanAmendments;
import vn.kehoach.plan.domain.PlanCascadeQueries;
import vn.kehoach.plan.domain.PlanConflictException;
import vn.kehoach.plan.domain.PlanCreation;
import vn.kehoach.plan.domain.PlanDiff;
import vn.kehoach.plan.domain.PlanDrafting;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.plan.domain.PlanSearch;
import vn.kehoach.plan.domain.PlanTransition;
import vn.kehoach.plan.domain.PlanWorkflow;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.Actions;
import vn.kehoach.shared.web.FlashMessage;
import vn.kehoach.shared.web.FormErrors;
import vn.kehoach.shared.web.NotFoundException;
import vn.kehoach.shared.web.ReasonForm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Controller
class PlanController {

    private final PlanCreation creation;
    private final PlanDrafting drafting;
    private final PlanWorkflow workflow;
    private final PlanAmendments amendments;
    private final PlanQueries queries;
    private final PlanCascadeQueries cascade;
    private final ImplementationService implementation;
    private final PlanPages pages;
    private final ParentChanges parentChanges;
    private final PlanDocumentView documents;
    private final MessageSource messages;
    private final Clock clock;

    PlanController(PlanCreation creation, PlanDrafting drafting, PlanWorkflow workflow, PlanAmendments amendments,
                   PlanQueries queries, PlanCascadeQueries cascade, ImplementationService implementation,
                   PlanPages pages, ParentChanges parentChanges,
                   PlanDocumentView documents, MessageSource messages, Clock clock) {
        this.parentChanges = parentChanges;
        this.creation = creation;
        this.drafting = drafting;
        this.workflow = workflow;
        this.amendments = amendments;
        this.queries = queries;
        this.cascade = cascade;
        this.implementation = implementation;
        this.pages = pages;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "plans";
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) UnitLevel level, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) PlanStatus status, @RequestParam(required = false) Long assigned,
                @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        model.addAttribute("page",
                pages.lists().search(user, new PlanSearch(q, year, level, unit, status, assigned, page, 20)));
        model.addAttribute("toImplement", cascade.toImplement(user));
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("level", level);
        model.addAttribute("status", status);
        model.addAttribute("assigned", assigned);
        model.addAttribute("unit", unit == null ? null : pages.units().get(unit));
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("canCreate", user.has(Role.DRAFTER) && user.agencyId() != null);
        return "plan/list";
    }

    @GetMapping("/plans/new")
    String showCreateForm(CurrentUser user, Model model) {
        PlanCreateForm form = new PlanCreateForm();
        form.setYear(LocalDate.now(clock).getYear());
        return createForm(model, form, user);
    }

    @PostMapping("/plans/new")
    String create(@Valid @ModelAttribute("planCreateForm") PlanCreateForm form, BindingResult result, CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        return Actions.form(result, redirect, () -> createForm(model, form, user)).then(() -> {
            long id = creation.create(user, form.getYear(), form.getIssuerAgencyId(), form.getTitle());
            return Actions.done(redirect, "plan.created", "/plans/" + id + "/edit");
        });
    }

    private String createForm(Model model, PlanCreateForm form, CurrentUser user) {
        model.addAttribute("planCreateForm", form);
        model.addAttribute("issuers", creation.issuerChoices(user));
        return "plan/create";
    }

    /** {@code allUnits}: every unit below in the coverage, not only those still without a plan (above 40). */
    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean allUnits, CurrentUser user,
                Model model) {
        model.addAttribute("allUnits", allUnits);
        return showPage(id, user, model);
    }

    /** The plan page; a form sent back with errors is already in the model and keeps the user's input. */
    private String showPage(long id, CurrentUser user, Model model) {
        PlanDetails plan = pages.load(user, id, model);
        addDocument(model, plan, user);
        if (plan.status().isIssued()) model.addAttribute("coverage", pages.coverage().coverage(plan));
        if (plan.parentPlanId() != null) {
            model.addAttribute("parentPlan", queries.byIds(List.of(plan.parentPlanId())).stream().findFirst()
                    .orElse(null));
        }
        if (!model.containsAttribute("issueForm")) model.addAttribute("issueForm", issueForm(plan));
        if (!model.containsAttribute("returnForm")) model.addAttribute("returnForm", new ReasonForm());
        if (!model.containsAttribute("revokeForm")) model.addAttribute("revokeForm", new ReasonForm());
        model.addAttribute("parentChange", parentChanges.openFor(plan).orElse(null));
        return "plan/show";
    }

    /** The drafters keep their plan as it is although the plan above was amended: the banner goes. */
    @PostMapping("/plans/{id}/parent-change/dismiss")
    String dismissParentChange(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        parentChanges.dismiss(user, id);
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success("plan.parentChange.dismissed"));
        return "redirect:/plans/" + id;
    }

    /** What the plan page shows besides the plan's facts: the document as printed, its revisions and history. */
    private void addDocument(Model model, PlanDetails plan, CurrentUser user) {
        model.addAttribute("documentHtml", documents.html(plan));
        var history = queries.history(plan.id());
        model.addAttribute("history", history);
        model.addAttribute("lastReturnReason", history.stream()
                .filter(t -> t.getAction() == PlanTransition.Action.RETURN)
                .reduce((a, b) -> b).map(PlanTransition::getReason).orElse(null));
        var revisions = queries.revisions(queries.visible(user, plan.id()));
        model.addAttribute("revisions", revisions);
        model.addAttribute("amends", revisions.stream().filter(r -> r.id() == plan.id()).findFirst()
                .map(PlanSummary::amends).orElse(null));
    }

    private IssueForm issueForm(PlanDetails plan) {
        IssueForm form = new IssueForm();
        form.setIssuedOn(LocalDate.now(clock));
        form.setSignerAuthority(plan.signer().authority());
        form.setSignerTitle(plan.signer().title());
        form.setSignerName(plan.signer().name());
        return form;
    }

    @GetMapping("/plans/{id}/edit")
    String showEditor(@PathVariable long id, CurrentUser user, Model model) {
        PlanDetails plan = pages.load(user, id, model);
        requireEditable(model);
        model.addAttribute("planHeaderForm", PlanHeaderForm.of(plan, pages.generatedRecipients(id)));
        return editor(model, user);
    }

    private String editor(Model model, CurrentUser user) {
        PlanDetails plan = (PlanDetails) model.getAttribute("plan");
        if (plan != null && plan.amendsPlanId() != null) {
            model.addAttribute("amends", queries.byIds(List.of(plan.id())).stream().findFirst()
                    .map(PlanSummary::amends).orElse(null));
        }
        List<AgencyRef> issuers = new ArrayList<>(creation.issuerChoices(user));
        // A plan drafted for another issuer (an implementing plan of the People's Committee) keeps it as a choice.
        if (plan != null && issuers.stream().noneMatch(a -> a.id() == plan.issuer().agencyId())) {
            creation.issuerOf(plan.id()).ifPresent(a -> issuers.add(0, a));
        }
        model.addAttribute("issuers", issuers);
        return "plan/edit";
    }

    @PostMapping("/plans/{id}/header")
    String updateHeader(@PathVariable long id, @Valid @ModelAttribute("planHeaderForm") PlanHeaderForm form,
                        BindingResult result, @RequestParam(required = false) String addLegalBasis,
                        CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PlanDetails plan = pages.load(user, id, model);
        requireEditable(model);
        if (addLegalBasis != null) {
            // "Add a row" without script: the same form again with one more empty row, nothing saved yet.
            form.getLegalBasis().add(new LegalBasisForm());
            return editor(model, user);
        }
        return Actions.form(result, redirect, () -> editor(model, user))
                .on(PlanConflictException.class, e -> conflict(model, form, e, response, user))
                .perform("plan.header.saved", "/plans/" + id + "/edit", () -> drafting.updateHeader(user, id,
                        form.getVersion(), form.toHeader(plan.parentPlanId()), form.toLegalBasis()));
    }

    /** Someone saved first: the form again with the user's own input, against the current plan, answered 409. */
    private String conflict(Model model, PlanHeaderForm form, PlanConflictException e, HttpServletResponse response,
                            CurrentUser user) {
        response.setStatus(HttpStatus.CONFLICT.value());
        PlanDetails current = (PlanDetails) model.getAttribute("plan");
        form.setVersion(e.currentVersion());
        model.addAttribute("conflict", true);
        model.addAttribute("conflictBy", current == null ? null : current.updatedBy());
        return editor(model, user);
    }

    @PostMapping("/plans/{id}/implementation/generate")
    String generateImplementation(@PathVariable long id, @RequestParam long version, CurrentUser user,
                                  RedirectAttributes redirect) {
        String editor = "/plans/" + id + "/edit";
        return PlanPages.onDraft(redirect, editor).perform("plan.implementation.generated", editor,
                () -> drafting.generateImplementation(user, id, version));
    }

    @PostMapping("/plans/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        return PlanPages.onDraft(redirect, "/plans/" + id + "/edit").refusedTo("/plans/" + id)
                .perform("plan.submitted", "/plans/" + id, () -> workflow.submit(user, id, version));
    }

    @PostMapping("/plans/{id}/recall")
    String recall(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        workflow.recall(user, id);
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success("plan.recalled"));
        return "redirect:/plans/" + id + "/edit";
    }

    @PostMapping("/plans/{id}/return")
    String returnForRevision(@PathVariable long id, @Valid @ModelAttribute("returnForm") ReasonForm form,
                             BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        return decide(id, form, result, user, model, redirect, "plan.returned",
                () -> workflow.returnForRevision(user, id, form.getReason()));
    }

    @PostMapping("/plans/{id}/issue")
    String issue(@PathVariable long id, @Valid @ModelAttribute("issueForm") IssueForm form, BindingResult result,
                 CurrentUser user, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            // The plan's own rules (number taken, symbol) are told now too, not after the form's are fixed.
            FormErrors.reject(result, workflow.checkIssue(user, id, form.getNumber(), form.getIssuedOn(),
                    form.getSignerName()));
        }
        return decide(id, form, result, user, model, redirect, "plan.issued",
                () -> workflow.issue(user, id, form.getNumber(), form.getIssuedOn(), form.getSignerAuthority(),
                        form.getSignerTitle(), form.getSignerName()));
    }

    @PostMapping("/plans/{id}/revoke")
    String revoke(@PathVariable long id, @Valid @ModelAttribute("revokeForm") ReasonForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        return decide(id, form, result, user, model, redirect, "plan.revoked",
                () -> workflow.revoke(user, id, form.getReason()));
    }

    /**
     * A leader's decision from the plan page: done and back to the page with a message, or the page again with the
     * form's problems beside its fields and the input kept (422).
     */
    private String decide(long id, Object form, BindingResult result, CurrentUser user, Model model,
                          RedirectAttributes redirect, String successKey, Runnable decision) {
        return Actions.submit(result, redirect, successKey, "/plans/" + id, decision, () -> {
            model.addAttribute(result.getObjectName(), form);
            return showPage(id, user, model);
        });
    }

    @PostMapping("/plans/{id}/amend")
    String amend(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        return Actions.click(redirect).refusedTo("/plans/" + id).then(() -> {
            long amendment = amendments.amend(user, id);
            return Actions.done(redirect, "plan.amendmentStarted", "/plans/" + amendment + "/edit");
        });
    }

    @PostMapping("/plans/{id}/copy-forward")
    String copyForward(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        long copy;
        try {
            copy = amendments.copyForward(user, id);
        } catch (NextYearPlanExistsException e) {
            redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.danger(e.messageKey(), e.args())
                    .withLink("/plans/" + e.existingPlanId(), "plan.copyForward.open", e.args()[0]));
            return "redirect:/plans/" + id;
        }
        PlanDetails next = queries.detailsOf(copy);
        // Say whether the new draft already cites next year's plan of the level above, or still has to.
        var guidance = next.parentPlanId() == null
                ? null
                : queries.byIds(List.of(next.parentPlanId())).stream().findFirst().orElse(null);
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, guidance == null
                ? FlashMessage.warning("plan.copiedForward.noGuidance", next.year())
                : FlashMessage.success("plan.copiedForward.guidance", next.year(), guidance.reference(),
                        guidance.issuerAgencyName()));
        return "redirect:/plans/" + copy + "/edit";
    }

    @PostMapping("/plans/{id}/implement")
    String implement(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        return Actions.click(redirect).refusedTo("/plans/" + id).then(() -> {
            long child = implementation.createImplementing(user, id);
            return Actions.done(redirect, "plan.implementingCreated", "/plans/" + child + "/edit");
        });
    }

    /**
     * Side by side: this revision against the one it amends, or against an earlier revision of the same plan
     * ({@code from}: what changed since the revision a plan below was written against).
     */
    @GetMapping("/plans/{id}/diff")
    String diff(@PathVariable long id, @RequestParam(required = false) Long from, CurrentUser user, Model model) {
        PlanDetails plan = pages.load(user, id, model);
        Long earlier = from != null ? from : plan.amendsPlanId();
        if (earlier == null || from != null && (from == id || !queries.revisionChain(id).contains(from))) {
            throw new NotFoundException("previous revision", id);
        }
        PlanDetails previous = queries.details(user, earlier);
        Locale locale = LocaleContextHolder.getLocale();
        var rows = PlanDiff.between(previous, plan, (key, args) -> messages.getMessage(key, args, locale));
        model.addAttribute("previous", previous);
        model.addAttribute("rows", rows);
        model.addAttribute("unchanged", PlanDiff.unchanged(rows));
        return "plan/diff";
    }

    private static void requireEditable(Model model) {
        if (!Boolean.TRUE.equals(model.getAttribute("canEdit"))) {
            throw new AccessDeniedException("not editable by this user");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
