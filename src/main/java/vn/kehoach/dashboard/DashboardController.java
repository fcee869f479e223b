package vn.kehoach.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.kehoach.indicator.Indicators;
import vn.kehoach.plan.Plans;
import vn.kehoach.reporting.Reports;
import vn.kehoach.shared.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The start page: one list of what waits for the user today (plans and reports, most urgent first), the reports
 * owed to them that are late, their notifications, their unit's standing on the strategy targets, the areas.
 */
@Controller
class DashboardController {

    private final Reports reports;
    private final Plans plans;
    private final Indicators indicators;
    private final Clock clock;

    DashboardController(Reports reports, Plans plans, Indicators indicators, Clock clock) {
        this.reports = reports;
        this.plans = plans;
        this.indicators = indicators;
        this.clock = clock;
    }

    @GetMapping("/")
    String show(CurrentUser user, Model model) {
        Reports.Dashboard work = reports.dashboard(user);
        model.addAttribute("user", user);
        model.addAttribute("navArea", "dashboard");
        model.addAttribute("work", work);
        model.addAttribute("waiting", WaitingList.of(work, plans.waitingFor(user), LocalDate.now(clock)));
        model.addAttribute("standing", indicators.standingOf(user).orElse(null));
        return "dashboard/index";
    }
}
