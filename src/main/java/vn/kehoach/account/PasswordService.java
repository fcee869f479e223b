package vn.kehoach.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.account.domain.AppUser;
import vn.kehoach.account.domain.AppUserRepository;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.NotFoundException;

/** A user changing their own password (also the forced change after a reset). */
@Service
public class PasswordService {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;

    PasswordService(AppUserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** Whether the signed-in user still has to replace a temporary password. */
    public static boolean mustChangePassword(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.mustChangePassword();
    }

    /**
     * @return false when the current password is wrong (nothing changes)
     */
    @Transactional
    public boolean changeOwnPassword(CurrentUser user, String currentPassword, String newPassword) {
        AppUser account = users.findById(user.id()).orElseThrow(() -> new NotFoundException("user", user.id()));
        if (!encoder.matches(currentPassword, account.getPasswordHash())) return false;
        account.changePassword(encoder.encode(newPassword));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            principal.passwordChanged();
        }
        return true;
    }
}
