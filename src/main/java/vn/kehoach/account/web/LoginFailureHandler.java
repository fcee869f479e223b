package vn.kehoach.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import vn.kehoach.shared.web.DatabaseUnavailable;

import java.io.IOException;

/**
 * Sends a failed sign-in back to the form with the reason and the typed username kept (never the password).
 */
@Component
public class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_USERNAME = "LOGIN_LAST_USERNAME";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (username != null && username.length() <= 64) {
            request.getSession().setAttribute(LAST_USERNAME, username.trim());
        }
        // A database that cannot be reached is not a wrong password: the user is told to try again.
        String reason = DatabaseUnavailable.isCause(exception) ? "unavailable"
                : exception instanceof DisabledException ? "disabled"
                : exception instanceof LockedException ? "locked"
                : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
