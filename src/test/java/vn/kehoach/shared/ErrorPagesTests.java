package vn.kehoach.shared;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kehoach.support.HttpSession;
import vn.kehoach.support.IntegrationTest;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Error answers through the real server, where Boot's error page machinery and Tomcat are involved. */
@IntegrationTest
class ErrorPagesTests {

    /** A Java class name as an exception would print it: "java.lang.IllegalStateException", "org.postgresql…". */
    private static final Pattern JAVA_CLASS = Pattern.compile(
            "\\b(java|javax|jakarta|org|com|vn)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b|\\bat [a-z]+\\.[a-z.]+\\(");

    @LocalServerPort
    int port;

    HttpSession http;

    @BeforeEach
    void signIn() {
        http = new HttpSession(port);
        http.login("admin", "Demo@2025");
    }

    @Test
    void showsVietnamese404Page() {
        HttpResponse<String> response = http.getHtml("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy").contains("Về trang tổng quan");
        assertNoInternals(response.body());
    }

    @Test
    void shows500PageWithoutExceptionText() {
        HttpResponse<String> response = http.getHtml("/test-support/boom");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Lỗi hệ thống").doesNotContain("SECRET");
        assertNoInternals(response.body());
    }

    @Test
    void answersApiErrorsWithJsonWithoutExceptionText() {
        HttpResponse<String> response = http.get("/api/test-support/boom", "application/json");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("SECRET").doesNotContain("trace");
        assertNoInternals(response.body());
    }

    @Test
    void explainsAnExpiredFormOnCsrfFailure() {
        HttpResponse<String> response = http.postForm("/logout", Map.of("_csrf", "forged"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Biểu mẫu đã hết hạn");
        assertNoInternals(response.body());
    }

    @Test
    void answersAMalformedRequestWithoutServerDetails() throws Exception {
        // Java's HTTP client refuses to send a broken URL, so write the request by hand; Tomcat answers it itself.
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write("GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("Tomcat");
            assertNoInternals(answer);
        }
    }

    @Test
    void answersAWrongMethodWith4xxPage() {
        HttpResponse<String> response = http.postForm("/login?x", Map.of());
        assertThat(response.statusCode()).isBetween(400, 499);
        assertNoInternals(response.body());
    }

    private static void assertNoInternals(String body) {
        assertThat(JAVA_CLASS.matcher(body).find()).as("body shows a Java class or stack frame:%n%s", body).isFalse();
        assertThat(body).doesNotContain("Exception").doesNotContain("Whitelabel");
    }
}
