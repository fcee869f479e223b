package vn.kehoach.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.reporting.Notice;
import vn.kehoach.reporting.domain.Notifications;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.FlashMessage;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;
import java.util.List;

/** The user's own notifications: the latest, opening one (marks it read), marking all read. */
@Controller
class NotificationController {

    private final Notifications notifications;
    private final Clock clock;

    NotificationController(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Notifications a page shows; older ones are a page further (a reviewer gets hundreds a year). */
    static final int PAGE_SIZE = 30;

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        int shown = Math.max(page, 0);
        // One more than a page says whether there is an older page, without counting them all.
        List<Notice> notices = notifications.page(user.id(), PAGE_SIZE + 1, (long) shown * PAGE_SIZE,
                false);
        model.addAttribute("notices", notices.subList(0, Math.min(notices.size(), PAGE_SIZE)));
        model.addAttribute("noticePage", shown);
        model.addAttribute("hasOlder", notices.size() > PAGE_SIZE);
        model.addAttribute("navArea", "notifications");
        return "reporting/notifications";
    }

    /** Marks it read and follows its link (only links inside the application are followed). */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id, CurrentUser user) {
        // Only the user's own: another's notification, like one that does not exist, is 404.
        String link = notifications.markRead(user.id(), id, clock.instant())
                .orElseThrow(() -> new NotFoundException("notification", id));
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll(CurrentUser user, RedirectAttributes redirect) {
        int n = notifications.markAllRead(user.id(), clock.instant());
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success("notification.allRead", n));
        return "redirect:/notifications";
    }
}
