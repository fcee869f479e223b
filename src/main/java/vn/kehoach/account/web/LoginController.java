package vn.kehoach.account.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Authentication authentication,
                 HttpSession session, Model model,
                 HttpServletResponse response) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        Object username = session.getAttribute(LoginFailureHandler.LAST_USERNAME);
        session.removeAttribute(LoginFailureHandler.LAST_USERNAME);
        model.addAttribute("username", error != null && username != null ? username : "");
        if ("unavailable".equals(error)) response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        if (error != null) {
            model.addAttribute("errorKey", switch (error) {
                case "disabled" -> "login.error.disabled";
                case "locked" -> "login.error.locked";
                case "unavailable" -> "login.error.unavailable";
                default -> "login.error.bad";
            });
        }
        return "account/login";
    }
}
