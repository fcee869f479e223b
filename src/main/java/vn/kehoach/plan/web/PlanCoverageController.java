package vn.kehoach.plan.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.NotFoundException;

/** One task of an issued plan as the units below carry it out: who has a task implementing it, and who has none. */
@Controller
class PlanCoverageController {

    private final PlanQueries queries;
    private final PlanPages pages;

    PlanCoverageController(PlanQueries queries, PlanPages pages) {
        this.queries = queries;
        this.pages = pages;
    }

    @GetMapping("/plans/{id}/coverage")
    String task(@PathVariable long id, @RequestParam long task, CurrentUser user, Model model) {
        PlanDetails plan = queries.details(queries.visible(user, id));
        if (!plan.status().isIssued()) throw new NotFoundException("plan", id);
        model.addAttribute("plan", plan);
        model.addAttribute("navArea", "plans");
        model.addAttribute("detail", pages.coverage().task(plan, task));
        return "plan/coverage";
    }
}
