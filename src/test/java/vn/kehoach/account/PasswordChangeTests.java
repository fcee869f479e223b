package vn.kehoach.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;

    HttpSession http;
    String username;

    @BeforeEach
    void userWithTemporaryPassword() {
        username = "tam" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
        AppUser user = new AppUser(username, "Người dùng mới", encoder.encode("TamThoi@1"), Set.of(Role.VIEWER),
                Instant.now());
        user.requirePasswordChange();
        users.save(user);
        http = new HttpSession(port);
        http.login(username, "TamThoi@1");
    }

    @Test
    void keepsAUserWithATemporaryPasswordOnThePasswordPage() {
        HttpResponse<String> home = http.getHtml("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
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
        HttpResponse<String> mismatch = change("TamThoi@1", "SenHong2025x", "SenHong2026x");
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(mismatch.body()).contains("Mật khẩu nhập lại không khớp");

        HttpResponse<String> weak = change("TamThoi@1", "chiconchu", "chiconchu");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("Mật khẩu phải có cả chữ và số");
    }

    @Test
    void letsTheUserInAfterChoosingANewPassword() {
        HttpResponse<String> response = change("TamThoi@1", "SenHong2025x", "SenHong2025x");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(http.getHtml("/").statusCode()).isEqualTo(200);
        assertThat(users.findByUsername(username).orElseThrow().isMustChangePassword()).isFalse();

        HttpSession again = new HttpSession(port);
        assertThat(again.login(username, "SenHong2025x").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpResponse<String> change(String current, String next, String confirm) {
        String token = HttpSession.csrfTokenOf(http.getHtml("/account/password").body());
        return http.postForm("/account/password", Map.of("_csrf", token, "currentPassword", current,
                "newPassword", next, "confirmPassword", confirm));
    }
}
