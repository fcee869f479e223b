package vn.kehoach.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import vn.kehoach.account.SignInRefusedException;
import vn.kehoach.shared.web.DatabaseUnavailable;

import java.io.IOException;

/**
 * Sends a failed sign-in back to the form with the typed username kept (never the password). Wrong password, unknown
 * username and disabled account are one reason ("bad"), so that the answer never tells whether an account exists;
 * a wait or a lock says how long, as it does for a username that exists nowhere.
 */
@Component
public class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_USERNAME = "LOGIN_LAST_USERNAME";
    static final String RETRY_SECONDS = "LOGIN_RETRY_SECONDS";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception)
            throws IOException {
        String username = request.getParameter("username");
        if (username != null && username.length() <= 64) {
            request.getSession().setAttribute(LAST_USERNAME, username.trim());
        }
        // A database that cannot be reached is not a wrong password: the user is told to try again.
        String reason = DatabaseUnavailable.isCause(exception) ? "unavailable" : "bad";
        if (exception instanceof SignInRefusedException refused) {
            reason = switch (refused.reason()) {
                case WAIT -> "wait";
                case LOCKED -> "locked";
                case ADDRESS_BLOCKED -> "blocked";
            };
            request.getSession().setAttribute(RETRY_SECONDS, refused.remainingSeconds());
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
