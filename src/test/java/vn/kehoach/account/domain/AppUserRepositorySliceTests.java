package vn.kehoach.account.domain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;
import vn.kehoach.shared.db.EmbeddedPostgresConfiguration;
import vn.kehoach.shared.security.Role;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The account table's rules as the database keeps them, on a throw-away PostgreSQL migrated by Flyway and nothing
 * else: no demo data, each test's rows rolled back with it.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedPostgresConfiguration.class)
@ActiveProfiles("test")
class AppUserRepositorySliceTests {

    private static final Instant CREATED = Instant.parse("2025-07-01T01:00:00Z");

    @Autowired
    AppUserRepository users;

    @Autowired
    TestEntityManager entities;

    @Test
    void aUsernameIsTakenOnceWhateverElseDiffers() {
        users.saveAndFlush(new AppUser("qn.snv", "Sở Nội vụ Quảng Ngãi", "{noop}x", Set.of(Role.REVIEWER), CREATED));
        assertThatThrownBy(() -> users.saveAndFlush(new AppUser("qn.snv", "Người khác", "{noop}y",
                Set.of(Role.DRAFTER), CREATED))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aSignInIsRecordedWithoutMovingTheVersionOtherSessionsWatch() {
        AppUser user = users.saveAndFlush(new AppUser("ls.xa", "Xã Lạng Sơn", "{noop}x", Set.of(Role.DRAFTER),
                CREATED));
        long version = user.getVersion();
        Instant at = Instant.parse("2026-01-05T02:30:00Z");

        users.recordLogin(user.getId(), at);
        // A bulk update bypasses the persistence context: read the row as another request would.
        entities.clear();

        AppUser read = users.findByUsername("ls.xa").orElseThrow();
        assertThat(read.getLastLoginAt()).isEqualTo(at);
        assertThat(read.getVersion()).isEqualTo(version);
    }
}
