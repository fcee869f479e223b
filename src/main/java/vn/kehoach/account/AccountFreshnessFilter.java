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
import vn.kehoach.account.domain.AppUserRepository;

import java.io.IOException;

/**
 * Keeps a signed-in session in step with the account: a disabled account is signed out on its next request, and a
 * changed one (new agency, roles) gets a fresh principal. One indexed lookup per request; works across app nodes
 * because it reads the database, not a local session registry.
 */
class AccountFreshnessFilter extends OncePerRequestFilter {

    private final AppUserRepository users;
    private final AccountUserDetailsService details;
    private final SecurityContextRepository contexts;

    AccountFreshnessFilter(AppUserRepository users, AccountUserDetailsService details,
                           SecurityContextRepository contexts) {
        this.users = users;
        this.details = details;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            var freshness = users.findFreshness(principal.currentUser().id());
            if (freshness.isEmpty() || !freshness.get().isEnabled()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) session.invalidate();
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?error=disabled");
                }
                return;
            }
            if (freshness.get().getVersion() != principal.version()) {
                AccountPrincipal fresh = details.reload(principal.currentUser().id());
                if (fresh != null) {
                    var token = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
                    token.setDetails(authentication.getDetails());
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(token);
                    SecurityContextHolder.setContext(context);
                    contexts.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
