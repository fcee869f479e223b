package vn.kehoach.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kehoach.account.domain.AccountFreshness;

import java.io.IOException;

/**
 * Keeps a signed-in session in step with the account: a disabled account, and a session that signed in before the
 * password was last changed or reset, are signed out on their next request; a changed account (new agency, roles)
 * gets a fresh principal. One indexed lookup per request; it reads the database, not a registry of sessions in one
 * node's memory, so it holds on every node and whichever store (memory, JDBC) keeps the sessions.
 */
class AccountFreshnessFilter extends OncePerRequestFilter {

    private final AccountFreshness accounts;
    private final AccountUserDetailsService details;
    private final SecurityContextRepository contexts;

    AccountFreshnessFilter(AccountFreshness accounts, AccountUserDetailsService details,
                           SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.details = details;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            var freshness = accounts.of(principal.currentUser().id());
            if (freshness.isEmpty() || !freshness.get().enabled()
                    || freshness.get().credentialsVersion() != principal.credentialsVersion()) {
                end(request, response);
                return;
            }
            if (freshness.get().version() != principal.version()) {
                AccountPrincipal fresh = details.reload(principal.currentUser().id());
                if (fresh != null) replace(authentication, fresh, request, response, contexts);
            }
        }
        chain.doFilter(request, response);
    }

    /** Puts a fresh principal in place of the session's, and saves it wherever the session lives. */
    static void replace(Authentication current, AccountPrincipal fresh, HttpServletRequest request,
                        HttpServletResponse response, SecurityContextRepository contexts) {
        var token = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        token.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** The session says nothing of why: a signed-out visitor only learns to sign in again. */
    private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) session.invalidate();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?ended");
        }
    }
}
