package vn.kehoach.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.account.domain.AppUser;
import vn.kehoach.account.domain.AppUserRepository;
import vn.kehoach.shared.security.Role;

import java.time.Clock;
import java.util.Set;

/** Seeds the demo accounts once, all with the password of {@code app.demo.password}. Never under "prod". */
@Component
@Profile("demo & !prod")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String password;

    DemoAccounts(AppUserRepository users, PasswordEncoder encoder, Clock clock,
                 @Value("${app.demo.password}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsByUsername("admin")) return;
        String hash = encoder.encode(password);
        users.save(new AppUser("admin", "Quản trị hệ thống", hash, Set.of(Role.SYSTEM_ADMIN), clock.instant()));
        log.info("Demo accounts created (password from app.demo.password)");
    }
}
