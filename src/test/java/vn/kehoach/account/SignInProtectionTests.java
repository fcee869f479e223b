package vn.kehoach.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.kehoach.account.domain.AppUser;
import vn.kehoach.account.domain.AppUserRepository;
import vn.kehoach.shared.security.Role;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.TestClock;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Guessing passwords: waits after 5 failures, a lock after 10, the same through HTTP Basic, the same for usernames
 * that exist nowhere, and per address across usernames. Every test signs in from its own made-up address with its own
 * accounts, so the counters it fills never touch the rest of the suite's sign-ins from 127.0.0.1.
 */
@IntegrationTest
class SignInProtectionTests {

    private static final String PASSWORD = "Dung-Mat-Khau-2025";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Logins logins;
    @Autowired
    TestClock clock;

    /** Where the test stands on the application's clock; it moves on instead of sleeping through the waits. */
    private Instant now;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void tenWrongPasswordsLockTheAccountAndTheRightOneIsRefusedUntilTheLockEnds() {
        startClock();
        String username = account();
        String address = address();
        nineFailures(failure -> {
            assertThat(signIn(username, "sai-mat-khau", address)).isEqualTo("/login?error=bad");
            if (failure == 5) {
                // From the fifth failure on, the next attempt waits — even with the right password.
                assertThat(signIn(username, PASSWORD, address)).isEqualTo("/login?error=wait");
            }
        });
        assertThat(signIn(username, "sai-mat-khau", address)).isEqualTo("/login?error=locked");

        MvcTestResult refused = mvc.post().uri("/login").param("username", username).param("password", PASSWORD)
                .with(csrf()).with(from(address)).exchange();
        assertThat(refused).hasRedirectedUrl("/login?error=locked");
        String page = Html.body(mvc.get().uri("/login?error=locked")
                .session((MockHttpSession) refused.getMvcResult().getRequest().getSession())
                .exchange());
        assertThat(page).contains("Tài khoản tạm khóa do đăng nhập sai nhiều lần").contains("15 phút");

        long id = idOf(username);
        assertThat(audit("SIGN_IN_FAILED", id)).isEqualTo(10);
        assertThat(audit("SIGN_IN_LOCKED", id)).isEqualTo(1);

        advance(Duration.ofMinutes(14));
        assertThat(signIn(username, PASSWORD, address)).isEqualTo("/login?error=locked");
        advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(username, PASSWORD, address)).isEqualTo("/");
        assertThat(audit("SIGN_IN", id)).isEqualTo(1);
        // The success forgot the failures: a single slip afterwards is only a wrong password again.
        assertThat(signIn(username, "sai-mat-khau", address)).isEqualTo("/login?error=bad");
        assertThat(signIn(username, PASSWORD, address)).isEqualTo("/");
    }

    @Test
    void aUsernameThatExistsNowhereIsLockedTheSameWay() {
        startClock();
        String nobody = "khongco." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
        String address = address();
        nineFailures(failure -> assertThat(signIn(nobody, "sai-mat-khau", address)).isEqualTo("/login?error=bad"));
        assertThat(signIn(nobody, "sai-mat-khau", address)).isEqualTo("/login?error=locked");
        assertThat(signIn(nobody, PASSWORD, address)).isEqualTo("/login?error=locked");
    }

    @Test
    void httpBasicOnTheApiIsHeldToTheSameRule() {
        startClock();
        String username = account();
        String address = address();
        nineFailures(failure -> {
            assertThat(api(username, "sai-mat-khau", address).getResponse().getStatus()).isEqualTo(401);
            if (failure == 5) {
                MvcTestResult waiting = api(username, PASSWORD, address);
                assertThat(waiting.getResponse().getStatus()).isEqualTo(429);
                assertThat(waiting.getResponse().getHeader("Retry-After")).isEqualTo("30");
            }
        });
        assertThat(api(username, "sai-mat-khau", address).getResponse().getStatus()).isEqualTo(429);
        MvcTestResult locked = api(username, PASSWORD, address);
        assertThat(locked.getResponse().getStatus()).isEqualTo(429);
        assertThat(locked).bodyText().contains("Tài khoản tạm khóa");
        assertThat(audit("SIGN_IN_LOCKED", idOf(username))).isEqualTo(1);

        // The form is the same door: the account is locked there too.
        assertThat(signIn(username, PASSWORD, address())).isEqualTo("/login?error=locked");
    }

    @Test
    void anAdministratorOfTheAccountsUnitLiftsTheLockAndItIsOnRecord() {
        startClock();
        String username = account();
        long id = idOf(username);
        lockedNow(username);
        assertThat(signIn(username, PASSWORD, address())).isEqualTo("/login?error=locked");

        MvcTestResult page = mvc.get().uri("/admin/accounts/" + id).with(logins.as("qn.admin")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(Html.body(page)).contains("Tạm khóa đăng nhập đến").contains("/unlock-sign-in");

        // Another province's administrator does not even see the account.
        assertThat(mvc.post().uri("/admin/accounts/" + id + "/unlock-sign-in").with(logins.as("ls.admin")).with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post().uri("/admin/accounts/" + id + "/unlock-sign-in").with(logins.as("qn.admin")).with(csrf()))
                .hasStatus3xxRedirection();

        assertThat(signIn(username, PASSWORD, address())).isEqualTo("/");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'SIGN_IN_UNLOCKED' and object_id = ?
                  and actor_username = 'qn.admin' and before_value ->> 'failures' = '10'""",
                Long.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void anAddressFailingOnManyUsernamesWaitsThenIsBlockedWhateverTheUsername() {
        startClock();
        String address = address();
        String username = account();
        for (int failure = 1; failure <= 19; failure++) {
            assertThat(signIn("thu." + failure + "." + address, "sai-mat-khau", address)).isEqualTo("/login?error=bad");
        }
        assertThat(signIn("thu.20." + address, "sai-mat-khau", address)).isEqualTo("/login?error=bad");
        // The twentieth failure from the address: the next attempt from it waits, for any username.
        assertThat(signIn(username, PASSWORD, address)).isEqualTo("/login?error=wait");
        for (int failure = 20; failure < 50; failure++) {
            advance(waitAfter(failure - 20));
            String expected = failure == 49 ? "/login?error=blocked" : "/login?error=bad";
            assertThat(signIn("thu." + (failure + 1) + "." + address, "sai-mat-khau", address)).isEqualTo(expected);
        }
        assertThat(signIn(username, PASSWORD, address)).isEqualTo("/login?error=blocked");
        // The account itself was never guessed at: from elsewhere it signs in.
        assertThat(signIn(username, PASSWORD, address())).isEqualTo("/");
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ADDRESS_BLOCKED' and object_id = ?",
                Long.class, address)).isEqualTo(1);
    }

    @Test
    void successesFromOneAddressAreNeverHeldUp() {
        String username = account();
        String address = address();
        for (int i = 0; i < 25; i++) {
            assertThat(signIn(username, PASSWORD, address)).isEqualTo("/");
        }
    }

    private String signIn(String username, String password, String address) {
        MvcTestResult result = mvc.post().uri("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address)).exchange();
        assertThat(result).hasStatus3xxRedirection();
        return result.getResponse().getRedirectedUrl();
    }

    private MvcTestResult api(String username, String password, String address) {
        return mvc.get().uri("/api/indicators").with(httpBasic(username, password)).with(from(address)).exchange();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A made-up client address no other test uses. */
    private static String address() {
        int n = SEQUENCE.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    /** A Quảng Ngãi reporter with a known password, so that its province's administrator manages it. */
    private String account() {
        String username = "khoa" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
        Long agency = jdbc.queryForObject("""
                select a.id from agency a join administrative_unit u on u.id = a.unit_id
                where u.code = '51' and u.valid_to is null and a.valid_to is null and a.name like 'Sở Tư pháp%'
                limit 1""", Long.class);
        AppUser user = new AppUser(username, "Người thử khóa", encoder.encode(PASSWORD), Set.of(Role.REPORTER),
                Instant.now());
        user.assign("Người thử khóa", agency, Set.of(Role.REPORTER), null, null);
        users.save(user);
        return username;
    }

    private void lockedNow(String username) {
        jdbc.update("""
                insert into sign_in_guard (kind, subject, failures, last_failure_at, locked_until)
                values ('USERNAME', ?, 10, ?, ?)""", username, java.sql.Timestamp.from(now),
                Timestamp.from(now.plus(Duration.ofMinutes(15))));
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private long audit(String action, long accountId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and object_id = ?", Long.class,
                action, String.valueOf(accountId));
    }

    private void startClock() {
        now = Instant.now();
        clock.set(LocalDateTime.ofInstant(now, VIETNAM));
    }

    private void advance(Duration by) {
        now = now.plus(by);
        clock.set(LocalDateTime.ofInstant(now, VIETNAM));
    }

    /** Nine attempts, each given its number; the waits after the fifth and later are sat out on the clock. */
    private void nineFailures(IntConsumer attempt) {
        for (int failure = 1; failure <= 9; failure++) {
            attempt.accept(failure);
            if (failure >= 5) advance(waitAfter(failure - 5));
        }
    }

    /** The wait after the given number of failures beyond the threshold, and a second more. */
    private static Duration waitAfter(int beyond) {
        Duration wait = Duration.ofSeconds(30).multipliedBy(1L << Math.min(beyond, 10));
        return (wait.compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15) : wait).plusSeconds(1);
    }
}
