package vn.kehoach.reporting.web;

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
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.domain.Completeness;
import vn.kehoach.reporting.domain.ContributionService;
import vn.kehoach.reporting.domain.IncompleteReportException;
import vn.kehoach.reporting.domain.ReportAttachments;
import vn.kehoach.reporting.domain.ReportConflictException;
import vn.kehoach.reporting.domain.ReportConsolidation;
import vn.kehoach.reporting.domain.ReportContent;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.reporting.domain.ReportWriting;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Actions;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.FormRows;
import vn.kehoach.shared.web.ReasonForm;

import java.util.List;
import java.util.function.Supplier;

/**
 * The reporter's side: the list of reports my agency owes, a report's page, its form (save, send, ask the leader's
 * approval, consolidate from the reports below, remove a file, take over a contribution), and the leader's approval.
 */
@Controller
class ReportController {

    private final ReportWriting service;
    private final ReportConsolidation consolidation;
    private final ReportAttachments attachments;
    private final ReportQueries queries;
    private final ContributionService contributions;
    private final ReportPages pages;

    ReportController(ReportWriting service, ReportConsolidation consolidation, ReportAttachments attachments,
                     ReportQueries queries, ContributionService contributions, ReportPages pages) {
        this.service = service;
        this.consolidation = consolidation;
        this.attachments = attachments;
        this.queries = queries;
        this.contributions = contributions;
        this.pages = pages;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "reports";
    }

    @GetMapping("/reports")
    String list(@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) ReportKind kind, @RequestParam(required = false) Long plan,
                @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        model.addAttribute("page", queries.mine(user, new ReportQueries.Filter(status, year, kind, plan, page, 20)));
        model.addAttribute("status", status);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("requests", contributions.requests(user));
        return "reporting/list";
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        pages.load(user, id, model);
        model.addAttribute("approveForm", ApproveForm.defaults(user));
        model.addAttribute("sendBackForm", new ReasonForm());
        return "reporting/show";
    }

    @GetMapping("/reports/{id}/edit")
    String showEditForm(@PathVariable long id, CurrentUser user, Model model) {
        ReportView report = pages.load(user, id, model);
        requireEditable(model);
        model.addAttribute("reportForm", ReportForm.of(report));
        return "reporting/edit";
    }

    // --- the report form: one form, one handler per button -----------------------------------------------------
    //
    // Every button saves what was typed first, so that none loses it; the form carries text only (form-encoded,
    // whatever the number of tasks), files go through AttachmentController. The button is told by its parameter;
    // the conditions exclude each other so that a request naming two buttons still reaches exactly one handler
    // (a file's removal first, then a take-over, then the named action), as the one form did before.

    @PostMapping("/reports/{id}/edit")
    String save(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
                CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return afterSaving(new Submission(id, form, result, user, model, response), redirect,
                version -> Actions.done(redirect, "report.saved", "/reports/" + id + "/edit"));
    }

    @PostMapping(value = "/reports/{id}/edit", params = {"action=submit", "!takeOver", "!removeAttachment"})
    String submit(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return afterSaving(new Submission(id, form, result, user, model, response), redirect, version -> {
            service.submit(user, id, version, form.getNumber());
            return Actions.done(redirect, "report.submitted", "/reports/" + id);
        });
    }

    @PostMapping(value = "/reports/{id}/edit", params = {"action=requestApproval", "!takeOver", "!removeAttachment"})
    String requestApproval(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form,
                           BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect,
                           HttpServletResponse response) {
        return afterSaving(new Submission(id, form, result, user, model, response), redirect, version -> {
            service.requestApproval(user, id, version);
            return Actions.done(redirect, "report.approvalRequested", "/reports/" + id);
        });
    }

    @PostMapping(value = "/reports/{id}/edit", params = {"action=consolidate", "!takeOver", "!removeAttachment"})
    String consolidate(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form,
                       BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        // The typed content and the draft over it are written once: the report is read once, for the page's facts.
        Submission s = new Submission(id, form, result, user, model, response);
        ReportView shown = pages.facts(user, id, model);
        ReportConsolidation.Consolidated done = writeTyped(s,
                content -> consolidation.consolidate(user, form.getVersion(), content, shown));
        if (done == null) {
            pages.rest(shown, model);
            return "reporting/edit";
        }
        return Actions.done(redirect, "report.consolidated", "/reports/" + id + "/edit", done.sources());
    }

    @PostMapping(value = "/reports/{id}/edit", params = {"takeOver", "!removeAttachment"})
    String takeOver(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
                    @RequestParam long takeOver, CurrentUser user, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        // The contribution the button names is checked before anything is saved: another report's is 404.
        Submission submission = new Submission(id, form, result, user, model, response)
                .checking(() -> contributions.requireSent(user, id, takeOver));
        return afterSaving(submission, redirect, version -> {
            contributions.takeOver(user, id, takeOver);
            return Actions.done(redirect, "report.contribution.takenOver", "/reports/" + id + "/edit");
        });
    }

    @PostMapping(value = "/reports/{id}/edit", params = "removeAttachment")
    String removeAttachment(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form,
                            BindingResult result, @RequestParam long removeAttachment, CurrentUser user, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        Submission submission = new Submission(id, form, result, user, model, response)
                .checking(() -> attachments.requireAttachment(user, id, removeAttachment));
        return afterSaving(submission, redirect, version -> {
            attachments.detach(user, id, removeAttachment);
            return Actions.done(redirect, "report.attachment.removed", "/reports/" + id + "/edit#attachments");
        });
    }

    /** What every button of the report form posts, and where its answer goes. */
    private record Submission(long id, ReportForm form, BindingResult result, CurrentUser user, Model model,
                              HttpServletResponse response, Runnable idCheck) {

        Submission(long id, ReportForm form, BindingResult result, CurrentUser user, Model model,
                   HttpServletResponse response) {
            this(id, form, result, user, model, response, () -> {});
        }

        /** The same, with the id a button names checked once the report is known to be the user's to read. */
        Submission checking(Runnable check) {
            return new Submission(id, form, result, user, model, response, check);
        }
    }

    /** A button's own step, given the version its save left the report at. */
    @FunctionalInterface
    private interface Step {
        String after(long version);
    }

    /** The typed content saved, then the button's step; the form again, with what was typed, where either fails. */
    private String afterSaving(Submission s, RedirectAttributes redirect, Step step) {
        Long version = saveTyped(s);
        if (version == null) return "reporting/edit";
        String editor = "/reports/" + s.id() + "/edit";
        // Someone changed it between this user's save and the button's action: their text is saved, the action is to
        // be repeated on the current report.
        return Actions.click(redirect).staleTo("report.conflict.reloaded", ReportConflictException.class, editor)
                .on(IncompleteReportException.class, e -> {
                    // Saved as a draft; the form again with every gap marked where it is.
                    pages.load(s.user(), s.id(), s.model());
                    s.form().setVersion(version);
                    place(e.problems(), s.form(), s.result());
                    return "reporting/edit";
                }).refusedTo(editor).then(() -> step.after(version));
    }

    /**
     * The report's new version once the typed content is saved; null when the form is to be shown again, with all
     * the page shows (only then: a province's report lists the hundreds of reports below it).
     */
    private Long saveTyped(Submission s) {
        ReportView shown = pages.facts(s.user(), s.id(), s.model());
        Long version = writeTyped(s,
                content -> service.save(s.user(), s.id(), s.form().getVersion(), content, shown));
        if (version == null) pages.rest(shown, s.model());
        return version;
    }

    /** What a button writes with the typed content, and what it gives back. */
    @FunctionalInterface
    private interface Write<T> {
        T write(ReportContent content);
    }

    /** The typed content written by {@code write}; null, with the reason in the form, when it is to be shown again. */
    private <T> T writeTyped(Submission s, Write<T> write) {
        s.idCheck().run();
        // Parts of another plan are the service's to refuse (422); rows the page never showed are refused here.
        FormRows.requireIds(s.form().getEntries().stream().map(EntryForm::getSectionId).toList());
        FormRows.requireIds(s.form().getTargets().stream().map(TargetForm::getCode).toList());
        if (!Boolean.TRUE.equals(s.model().getAttribute("canEdit"))) {
            if (!Boolean.TRUE.equals(s.model().getAttribute("isOwner"))) {
                throw new AccessDeniedException("not editable by this user");
            }
            // Sent or approved by a colleague meanwhile: the form comes back with what this user typed, unsaved.
            s.response().setStatus(HttpStatus.CONFLICT.value());
            s.result().reject("report.notEditableAnyMore");
            return null;
        }
        if (s.result().hasErrors()) return null;
        try {
            return write.write(s.form().toContent());
        } catch (ReportConflictException e) {
            s.response().setStatus(HttpStatus.CONFLICT.value());
            s.form().setVersion(e.currentVersion());
            s.model().addAttribute("conflictBy", e.updatedBy());
        } catch (BusinessRuleException e) {
            s.result().reject(e.messageKey(), e.args(), null);
        }
        return null;
    }

    /** Each gap of an incomplete report, as an error on its field. */
    static void place(List<Completeness.Problem> problems, ReportForm form, BindingResult result) {
        result.reject("report.incomplete", new Object[]{problems.size()}, null);
        for (Completeness.Problem p : problems) {
            String[] parts = p.part().split(":", 3);
            switch (parts[0]) {
                case "entry" -> {
                    int i = form.entryIndex(Long.parseLong(parts[1]));
                    if (i >= 0) result.rejectValue("entries[" + i + "]." + parts[2], p.key());
                }
                case "target" -> {
                    int i = form.targetIndex(p.part().substring("target:".length()));
                    if (i >= 0) result.rejectValue("targets[" + i + "].note", p.key());
                }
                default -> result.rejectValue(p.part(), p.key());
            }
        }
    }

    /** What changed from one round to the next (latest pair unless a round is asked for). */
    @GetMapping("/reports/{id}/rounds")
    String rounds(@PathVariable long id, @RequestParam(required = false) Integer round, CurrentUser user,
                  Model model) {
        pages.load(user, id, model);
        var list = ReportPages.rounds(model);
        int shown = round != null ? round : list.isEmpty() ? 0 : list.get(list.size() - 1).round();
        model.addAttribute("shownRound", shown);
        model.addAttribute("diff", pages.diff(list, shown));
        return "reporting/rounds";
    }

    @PostMapping("/reports/{id}/approve")
    String approve(@PathVariable long id, @Valid @ModelAttribute("approveForm") ApproveForm form,
                   BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        Supplier<String> page = () -> {
            model.addAttribute("sendBackForm", new ReasonForm());
            pages.load(user, id, model);
            return "reporting/show";
        };
        return Actions.form(result, redirect, page).on(IncompleteReportException.class, e -> {
            result.reject("report.incompleteForLeader", new Object[]{e.problems().size()}, null);
            return page.get();
        }).perform("report.approved", "/reports/" + id, () -> service.approve(user, id, form.getNumber(),
                form.getSignerAuthority(), form.getSignerTitle(), form.getSignerName()));
    }

    @PostMapping("/reports/{id}/send-back")
    String sendBack(@PathVariable long id, @Valid @ModelAttribute("sendBackForm") ReasonForm form, BindingResult result,
                    CurrentUser user, Model model, RedirectAttributes redirect) {
        return Actions.submit(result, redirect, "report.sentBack", "/reports/" + id,
                () -> service.sendBack(user, id, form.getReason()), () -> {
                    model.addAttribute("approveForm", ApproveForm.defaults(user));
                    pages.load(user, id, model);
                    return "reporting/show";
                });
    }

    private static void requireEditable(Model model) {
        if (!Boolean.TRUE.equals(model.getAttribute("canEdit"))) {
            throw new AccessDeniedException("not editable by this user");
        }
    }
}
