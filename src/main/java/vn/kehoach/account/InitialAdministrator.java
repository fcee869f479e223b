package vn.kehoach.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.account.domain.AppUser;
import vn.kehoach.account.domain.AppUserRepository;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.text.OfficialText;

import java.time.Clock;
import java.util.Set;

/**
 * A new production installation has no account at all. When {@code app.bootstrap.admin-password} is set and no
 * account exists yet, this creates the first system administrator, who must change the password at first sign-in.
 * This is configuration, not demo data: nothing else is created.
 */
@Component
@Order(5)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String password;

    InitialAdministrator(AppUserRepository users, PasswordEncoder encoder, Clock clock,
                         @Value("${app.bootstrap.admin-password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || users.count() > 0) return;
        AppUser admin = new AppUser("admin", OfficialText.of("Role.SYSTEM_ADMIN"), encoder.encode(password),
                Set.of(Role.SYSTEM_ADMIN),
                clock.instant());
        admin.requirePasswordChange();
        users.save(admin);
        log.info("Created the first system administrator 'admin' from app.bootstrap.admin-password");
    }
}
