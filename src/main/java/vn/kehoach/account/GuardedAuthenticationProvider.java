package vn.kehoach.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;

/**
 * Every sign-in, through the form and through HTTP Basic on the API, passes here: refused at once while the username
 * or the address must wait, otherwise the password is checked, and a failure is counted. A wrong password, an unknown
 * username and a disabled account all answer the same "wrong username or password": the account's state is looked
 * at only after the password matched, so neither the answer nor the work done tells a guesser which it was.
 */
class GuardedAuthenticationProvider implements AuthenticationProvider {

    static final String CHANNEL_FORM = "FORM";
    static final String CHANNEL_BASIC = "BASIC";

    private final DaoAuthenticationProvider passwords;
    private final SignInGuard guard;
    private final AuditTrail audit;

    GuardedAuthenticationProvider(AccountUserDetailsService accounts, PasswordEncoder encoder, SignInGuard guard,
                                  AuditTrail audit) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        SignInGuard.Verdict verdict = guard.check(username, address);
        if (verdict.refusal() != null) throw verdict.refusal();
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException | AccountStatusException e) {
            var started = guard.failed(username, address, channel());
            if (started.isPresent()) throw started.get();
            throw new BadCredentialsException("Bad credentials");
        }
        if (verdict.usernameFailed()) guard.succeeded(username);
        if (CHANNEL_FORM.equals(channel()) && result.getPrincipal() instanceof AccountPrincipal principal) {
            var user = principal.currentUser();
            audit.record(AuditEntry.of(AuditAction.SIGN_IN, user).object(user.id()).agency(user.agencyId()));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** HTTP Basic is only accepted on the API; every other sign-in comes through the form. */
    private static String channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/") ? CHANNEL_BASIC : CHANNEL_FORM;
        }
        return CHANNEL_FORM;
    }
}
