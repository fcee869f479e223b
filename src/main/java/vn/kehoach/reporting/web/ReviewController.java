package vn.kehoach.reporting.web;

import jakarta.validation.Valid;
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
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportReview;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.Actions;
import vn.kehoach.shared.web.ReasonForm;

/** The receiving agency's side: the inbox of reports sent to it, and accepting, returning or unlocking one. */
@Controller
class ReviewController {

    private final ReportReview service;
    private final ReportQueries queries;
    private final ReportPages pages;

    ReviewController(ReportReview service, ReportQueries queries, ReportPages pages) {
        this.service = service;
        this.queries = queries;
        this.pages = pages;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "reviews";
    }

    @GetMapping("/reviews")
    String inbox(@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) ReportKind kind, @RequestParam(required = false) Long plan,
                 @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        Access.requireAny(user, Role.REVIEWER);
        model.addAttribute("page", queries.inbox(user, new ReportQueries.Filter(status, year, kind, plan, page, 20)));
        model.addAttribute("status", status);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("statuses", new ReportStatus[]{ReportStatus.SUBMITTED, ReportStatus.RETURNED,
                ReportStatus.ACCEPTED});
        model.addAttribute("kinds", ReportKind.values());
        return "reporting/inbox";
    }

    @GetMapping("/reviews/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        return page(id, user, model, new ReviewForm());
    }

    private String page(long id, CurrentUser user, Model model, ReviewForm form) {
        pages.load(user, id, model);
        if (!model.containsAttribute("unlockForm")) model.addAttribute("unlockForm", new ReasonForm());
        model.addAttribute("navArea", "reviews");
        model.addAttribute("reviewForm", form);
        model.addAttribute("reviewing", model.getAttribute("canReview"));
        model.addAttribute("diff", pages.lastRoundDiff(model));
        return "reporting/review";
    }

    @PostMapping("/reviews/{id}/accept")
    String accept(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        Actions.perform(redirect, "report.accepted", () -> service.accept(user, id));
        return "redirect:/reviews/" + id;
    }

    @PostMapping("/reviews/{id}/return")
    String returnForRevision(@PathVariable long id, @Valid @ModelAttribute("reviewForm") ReviewForm form,
                             BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        return Actions.submit(result, redirect, "report.returned", "/reviews/" + id,
                () -> service.returnForRevision(user, id, form.getReason(), form.getComments()),
                () -> page(id, user, model, form));
    }

    @PostMapping("/reviews/{id}/unlock")
    String unlock(@PathVariable long id, @Valid @ModelAttribute("unlockForm") ReasonForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        return Actions.submit(result, redirect, "report.unlocked", "/reviews/" + id,
                () -> service.unlock(user, id, form.getReason()), () -> page(id, user, model, new ReviewForm()));
    }
}
