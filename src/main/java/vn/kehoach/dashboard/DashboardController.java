package vn.kehoach.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.kehoach.shared.security.CurrentUser;

@Controller
class DashboardController {

    @GetMapping("/")
    String show(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("navArea", "dashboard");
        return "dashboard/index";
    }
}
