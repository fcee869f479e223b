package vn.kehoach.account.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

@Controller
class LoginController {

    private final MessageSource messages;

    LoginController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Authentication authentication,
                 HttpSession session, Locale locale, Model model, HttpServletResponse response) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        Object username = session.getAttribute(LoginFailureHandler.LAST_USERNAME);
        session.removeAttribute(LoginFailureHandler.LAST_USERNAME);
        Object retry = session.getAttribute(LoginFailureHandler.RETRY_SECONDS);
        session.removeAttribute(LoginFailureHandler.RETRY_SECONDS);
        model.addAttribute("username", error != null && username != null ? username : "");
        if ("unavailable".equals(error)) response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        if (error != null) {
            String key = switch (error) {
                case "wait" -> "login.error.wait";
                case "locked" -> "login.error.locked";
                case "blocked" -> "login.error.blocked";
                case "unavailable" -> "login.error.unavailable";
                default -> "login.error.bad";
            };
            model.addAttribute("errorKey", key);
            model.addAttribute("errorArg", retry instanceof Long seconds
                    ? duration(seconds, locale)
                    : messages.getMessage("login.wait.later", null, locale));
        }
        return "account/login";
    }

    /** "45 giây", "3 phút": rounded up, so the user never comes back too early. */
    private String duration(long seconds, Locale locale) {
        if (seconds < 60) return messages.getMessage("login.wait.seconds", new Object[]{seconds}, locale);
        return messages.getMessage("login.wait.minutes", new Object[]{(seconds + 59) / 60}, locale);
    }
}
