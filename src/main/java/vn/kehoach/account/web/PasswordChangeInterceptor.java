package vn.kehoach.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.kehoach.account.PasswordService;

/**
 * Keeps a user with a temporary password (new account, reset by an administrator) on the password page until they
 * have chosen their own.
 */
class PasswordChangeInterceptor implements HandlerInterceptor {

    static final String PASSWORD_PAGE = "/account/password";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!PasswordService.mustChangePassword(SecurityContextHolder.getContext().getAuthentication())) return true;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(PASSWORD_PAGE) || path.startsWith("/error")) return true;
        if (path.startsWith("/api/")) {
            response.sendError(HttpStatus.FORBIDDEN.value());
        } else {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        }
        return false;
    }
}
