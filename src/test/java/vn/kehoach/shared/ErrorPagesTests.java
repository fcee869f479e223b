package vn.kehoach.shared;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kehoach.support.HttpSession;
import vn.kehoach.support.IntegrationTest;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
        // Without the form's token a POST is refused before it reaches any handler.
        assertThat(response.statusCode()).isEqualTo(403);
        assertNoInternals(response.body());
    }

    @Test
    void asksToTryAgainWithTheTypedFormWhenTheDatabaseIsDown() {
        String token = HttpSession.csrfTokenOf(http.getHtml("/").body());
        HttpResponse<String> response = http.postForm("/test-support/db-down?unit=7", new LinkedHashMap<>(
                Map.of("_csrf", token, "version", "3", "note", "Số liệu của Cục Thống kê <b>2025</b>")));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Hệ thống tạm thời gián đoạn");
        // The same form, sent again as it was: same address (its query among the fields), every field.
        Element form = page.selectFirst("form#resubmit");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/test-support/db-down");
        assertThat(form.select("input[name=unit]").val()).isEqualTo("7");
        assertThat(form.select("input[name=version]").val()).isEqualTo("3");
        assertThat(form.select("input[name=_csrf]").val()).isEqualTo(token);
        assertThat(form.select("input[name=note]").val()).isEqualTo("Số liệu của Cục Thống kê <b>2025</b>");
        assertThat(form.select("li").eachText()).containsExactly("Số liệu của Cục Thống kê <b>2025</b>");
        assertThat(form.select("button[type=submit]").text()).isEqualTo("Gửi lại");
        assertNoInternals(response.body());
    }

    @Test
    void answersTheApiWithAProblemWhenTheDatabaseIsDown() {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(http.base() + "/api/test-support/db-down"))
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", HttpSession.csrfTokenOf(http.getHtml("/").body()))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("error.503.text");
        assertNoInternals(response.body());
    }

    private static void assertNoInternals(String body) {
        assertThat(JAVA_CLASS.matcher(body).find()).as("body shows a Java class or stack frame:%n%s", body).isFalse();
        assertThat(body).doesNotContain("Exception").doesNotContain("Whitelabel");
    }
}
