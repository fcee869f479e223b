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
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * Seeds the demo accounts once, one per role and level, all with the password of {@code app.demo.password}.
 * Never under "prod". Runs after the demo roster, whose agencies the accounts belong to.
 */
@Component
@Profile("demo & !prod")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final Units units;
    private final Agencies agencies;
    private final Clock clock;
    private final String password;

    DemoAccounts(AppUserRepository users, PasswordEncoder encoder, Units units, Agencies agencies, Clock clock,
                 @Value("${app.demo.password}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.units = units;
        this.agencies = agencies;
        this.clock = clock;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsByUsername("admin")) return;
        String hash = encoder.encode(password);
        account(hash, "admin", "Quản trị hệ thống", null, Role.SYSTEM_ADMIN);
        account(hash, "bnv.reviewer", "Nguyễn Thị Thanh Hà", agency("TW", "Bộ Nội vụ"), Role.REVIEWER);
        account(hash, "qn.admin", "Trần Văn Quang", agency("51", "Ủy ban nhân dân tỉnh"), Role.UNIT_ADMIN);
        account(hash, "qn.snv", "Phạm Thị Hồng Nhung", agency("51", "Sở Nội vụ"), Role.DRAFTER, Role.REVIEWER);
        account(hash, "qn.lanhdao", "Đặng Ngọc Dũng", agency("51", "Ủy ban nhân dân tỉnh"), Role.LEADER);
        account(hash, "qn.syt", "Lê Minh Tâm", agency("51", "Sở Y tế"), Role.REPORTER);
        account(hash, "dakcam.vhxh", "Y Thị Hoa", agency("23284", "Phòng Văn hóa - Xã hội"), Role.DRAFTER,
                Role.REVIEWER);
        account(hash, "dakcam.lanhdao", "A Tuấn", agency("23284", "Ủy ban nhân dân"), Role.LEADER);
        account(hash, "dakcam.ca", "Nguyễn Văn Bình", agency("23284", "Công an"), Role.REPORTER);
        account(hash, "bato.vhxh", "Phạm Thị Lan", agency("21484", "Phòng Văn hóa - Xã hội"), Role.DRAFTER,
                Role.REVIEWER);
        account(hash, "bato.lanhdao", "Đinh Văn Hùng", agency("21484", "Ủy ban nhân dân"), Role.LEADER);
        account(hash, "ls.admin", "Hoàng Văn Sơn", agency("20", "Ủy ban nhân dân tỉnh"), Role.UNIT_ADMIN);
        account(hash, "ls.snv", "Lương Thị Mai", agency("20", "Sở Nội vụ"), Role.DRAFTER);
        log.info("Demo accounts created (password from app.demo.password)");
    }

    private void account(String hash, String username, String name, Long agencyId, Role... roles) {
        AppUser user = new AppUser(username, name, hash, Set.of(roles), clock.instant());
        user.assign(name, agencyId, Set.of(roles), null, null);
        users.save(user);
    }

    /** The agency of the unit with this code today whose name starts with the given words. */
    private Long agency(String unitCode, String namePrefix) {
        LocalDate today = LocalDate.now(clock);
        UnitRef unit = "TW".equals(unitCode)
                ? units.get(1)
                : units.findByCodeAt(unitCode, today)
                        .orElseThrow(() -> new IllegalStateException("no unit " + unitCode));
        return agencies.activeOf(unit.id(), today).stream().filter(a -> a.name().startsWith(namePrefix))
                .findFirst().map(AgencyRef::id)
                .orElseThrow(() -> new IllegalStateException("no agency " + namePrefix + " in " + unitCode));
    }
}
