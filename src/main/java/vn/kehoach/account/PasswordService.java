package vn.kehoach.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.account.domain.AppUser;
import vn.kehoach.account.domain.AppUserRepository;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.NotFoundException;

/** A user changing their own password (also the forced change after a reset). */
@Service
public class PasswordService {

    /** Why a change was refused, or that it was made. */
    public enum Outcome {
        CHANGED, WRONG_CURRENT, SAME_AS_CURRENT, COMMON, CONTAINS_USERNAME, TOO_LONG
    }

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AccountUserDetailsService details;
    private final SecurityContextRepository contexts;
    private final AuditTrail audit;

    PasswordService(AppUserRepository users, PasswordEncoder encoder, PasswordPolicy policy,
                    AccountUserDetailsService details, SecurityContextRepository contexts, AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.details = details;
        this.contexts = contexts;
        this.audit = audit;
    }

    /** Whether the signed-in user still has to replace a temporary password. */
    public static boolean mustChangePassword(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.mustChangePassword();
    }

    /**
     * Changes the password when the current one is right and the new one keeps the rules; nothing changes otherwise.
     * The change ends every other session of the account (see {@link AccountFreshnessFilter}); the caller keeps its
     * own with {@link #keepSignedIn}.
     */
    @Transactional
    public Outcome changeOwnPassword(CurrentUser user, String currentPassword, String newPassword) {
        AppUser account = users.findById(user.id()).orElseThrow(() -> new NotFoundException("user", user.id()));
        if (!encoder.matches(currentPassword, account.getPasswordHash())) return Outcome.WRONG_CURRENT;
        if (PasswordPolicy.tooLong(newPassword)) return Outcome.TOO_LONG;
        if (policy.containsUsername(newPassword, account.getUsername())) return Outcome.CONTAINS_USERNAME;
        if (encoder.matches(newPassword, account.getPasswordHash())) return Outcome.SAME_AS_CURRENT;
        if (policy.isCommon(newPassword)) return Outcome.COMMON;
        account.changePassword(encoder.encode(newPassword));
        audit.record(AuditEntry.of(AuditAction.PASSWORD_CHANGED, user).object(user.id()).agency(account.getAgencyId()));
        return Outcome.CHANGED;
    }

    /**
     * After a change, the session that made it carries on: it gets the account as it now is (new password
     * generation, no forced change) and a new session id.
     */
    public void keepSignedIn(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            AccountPrincipal fresh = details.reload(principal.currentUser().id());
            if (fresh == null) return;
            if (request.getSession(false) != null) request.changeSessionId();
            AccountFreshnessFilter.replace(authentication, fresh, request, response, contexts);
        }
    }
}
