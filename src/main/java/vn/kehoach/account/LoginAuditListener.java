package vn.kehoach.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.account.domain.AppUserRepository;
import vn.kehoach.shared.security.CurrentUserHolder;

import java.time.Clock;

/** Keeps the time of each user's last sign-in, shown to administrators in the account list. */
@Component
class LoginAuditListener {

    private final AppUserRepository users;
    private final Clock clock;

    LoginAuditListener(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUserHolder holder) {
            users.recordLogin(holder.currentUser().id(), clock.instant());
        }
    }
}
