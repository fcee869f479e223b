package vn.kehoach.dashboard;

import org.springframework.stereotype.Controller;
import vn.kehoach.indicator.Indicators;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.kehoach.plan.Plans;
import vn.kehoach.reporting.Reports;
import vn.kehoach.shared.security.CurrentUser;

/** What waits for the user: reports to write, approve and review, deadlines, plans to implement, notifications. */
@Controller
class DashboardController {

    private final Reports reports;
    private final Plans plans;
    private final Indicators indicators;

    DashboardController(Reports reports, Plans plans, Indicators indicators) {
        this.reports = reports;
        this.plans = plans;
        this.indicators = indicators;
    }

    @GetMapping("/")
    String show(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("navArea", "dashboard");
        model.addAttribute("work", reports.dashboard(user));
        model.addAttribute("toImplement", plans.toImplement(user));
        model.addAttribute("standing", indicators.standingOf(user).orElse(null));
        return "dashboard/index";
    }
}
