package vn.kehoach.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.kehoach.account.domain.AppUser;
import vn.kehoach.account.domain.AppUserRepository;
import vn.kehoach.shared.security.Role;
import vn.kehoach.support.HttpSession;
import vn.kehoach.support.IntegrationTest;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PasswordChangeTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String TEMPORARY = "TamThoi-2025";

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    HttpSession http;
    String username;

    @BeforeEach
    void userWithTemporaryPassword() {
        username = "tam" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
        AppUser user = new AppUser(username, "Người dùng mới", encoder.encode(TEMPORARY), Set.of(Role.VIEWER),
                Instant.now());
        user.requirePasswordChange();
        users.save(user);
        http = new HttpSession(port);
        http.login(username, TEMPORARY);
    }

    @Test
    void keepsAUserWithATemporaryPasswordOnThePasswordPage() {
        HttpResponse<String> home = http.getHtml("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        assertThat(http.getHtml("/account/password").body()).contains("mật khẩu tạm thời");
    }

    @Test
    void refusesAWrongCurrentPasswordWith422() {
        HttpResponse<String> response = change("sai", "SenHong2025x", "SenHong2025x");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Mật khẩu hiện tại không đúng");
        assertThat(http.getHtml("/").statusCode()).isEqualTo(302);
    }

    @Test
    void refusesAMismatchedConfirmationAndAWeakPassword() {
        HttpResponse<String> mismatch = change(TEMPORARY, "SenHong2025x", "SenHong2026x");
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(mismatch.body()).contains("Mật khẩu nhập lại không khớp");

        HttpResponse<String> weak = change(TEMPORARY, "chiconchu", "chiconchu");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("Mật khẩu phải có cả chữ và số");
    }

    @Test
    void letsTheUserInAfterChoosingANewPassword() {
        HttpResponse<String> response = change(TEMPORARY, "SenHong2025x", "SenHong2025x");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(http.getHtml("/").statusCode()).isEqualTo(200);
        assertThat(users.findByUsername(username).orElseThrow().isMustChangePassword()).isFalse();

        HttpSession again = new HttpSession(port);
        assertThat(again.login(username, "SenHong2025x").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void refusesTheCurrentPasswordACommonOneAShortOneAndOneWithTheUsername() {
        HttpResponse<String> same = change(TEMPORARY, TEMPORARY, TEMPORARY);
        assertThat(same.statusCode()).isEqualTo(422);
        assertThat(same.body()).contains("Mật khẩu mới phải khác mật khẩu hiện tại");

        for (String common : new String[]{"Password123", "Matkhau@2025", "anhyeuem123", "1qaz2wsx3edc"}) {
            HttpResponse<String> refused = change(TEMPORARY, common, common);
            assertThat(refused.statusCode()).as(common).isEqualTo(422);
            assertThat(refused.body()).as(common).contains("Mật khẩu này quá phổ biến");
        }
        HttpResponse<String> password1 = change(TEMPORARY, "password1", "password1");
        assertThat(password1.statusCode()).isEqualTo(422);
        assertThat(password1.body()).contains("Độ dài phải từ 10 đến 128 ký tự");

        String vietnamese = "Đường đến thành công luôn có dấu chân của người kiên trì 2025";
        HttpResponse<String> tooLong = change(TEMPORARY, vietnamese, vietnamese);
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Mật khẩu quá dài");

        HttpResponse<String> withUsername = change(TEMPORARY, username + "-2025", username + "-2025");
        assertThat(withUsername.statusCode()).isEqualTo(422);
        assertThat(withUsername.body()).contains("Mật khẩu không được chứa tên đăng nhập");

        assertThat(encoder.matches(TEMPORARY, users.findByUsername(username).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherSessionsButNotItsOwn() {
        HttpSession other = new HttpSession(port);
        other.login(username, TEMPORARY);
        assertThat(other.getHtml("/account/password").statusCode()).isEqualTo(200);

        assertThat(change(TEMPORARY, "SenHong2025x", "SenHong2025x").statusCode()).isEqualTo(302);

        assertThat(http.getHtml("/").statusCode()).isEqualTo(200);
        HttpResponse<String> ended = other.getHtml("/account/password");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).endsWith("/login?ended");
        assertThat(other.getHtml("/login?ended").body()).contains("Phiên làm việc đã kết thúc");
        assertThat(audit("PASSWORD_CHANGED")).isEqualTo(1);
    }

    private long audit(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and actor_username = ?",
                Long.class, action, username);
    }

    private HttpResponse<String> change(String current, String next, String confirm) {
        String token = HttpSession.csrfTokenOf(http.getHtml("/account/password").body());
        return http.postForm("/account/password", Map.of("_csrf", token, "currentPassword", current,
                "newPassword", next, "confirmPassword", confirm));
    }
}
