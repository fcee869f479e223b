package vn.kehoach.account;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kehoach.support.HttpSession;
import vn.kehoach.support.IntegrationTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What production relies on, on the real server: HSTS and secure cookies when a trusted proxy says the request came
 * over HTTPS, forwarded client addresses taken from trusted proxies only, no Host header reflected into redirects,
 * the Permissions-Policy and the rest of the security headers.
 */
@IntegrationTest
class ProductionHeadersTests {

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anHttpsRequestThroughTheTrustedProxyGetsHstsAndASecureCookie() {
        HttpSession browser = new HttpSession(port);
        HttpResponse<String> https = browser.send(HttpRequest.newBuilder(URI.create(browser.base() + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build());
        assertThat(https.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(https.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
        assertThat(https.headers().firstValue("Permissions-Policy").orElse(""))
                .contains("camera=()").contains("geolocation=()").contains("microphone=()").contains("payment=()");
        assertThat(https.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(https.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(https.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

        // Plain HTTP (a development machine) gets no HSTS, which would pin the browser to HTTPS.
        HttpResponse<String> http = new HttpSession(port).getHtml("/login");
        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(http.headers().firstValue("Permissions-Policy")).isPresent();
    }

    @Test
    void onlyTheConfiguredProxiesAreTrustedWithForwardedHeaders() throws IOException {
        RemoteIpValve valve = null;
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        for (Valve v : server.getTomcat().getEngine().getPipeline().getValves()) {
            if (v instanceof RemoteIpValve remoteIp) valve = remoteIp;
        }
        assertThat(valve).as("forwarded headers handled by Tomcat (server.forward-headers-strategy=native)")
                .isNotNull();
        assertThat(Arrays.asList(valve.getInternalProxies().split("\\s*,\\s*")))
                .containsExactlyInAnyOrder("127.0.0.0/8", "::1/128");

        Properties prod = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"));
        assertThat(prod.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(prod.getProperty("server.tomcat.remoteip.internal-proxies"))
                .isEqualTo("${APP_TRUSTED_PROXIES:127.0.0.0/8,::1/128}");
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("${APP_SECURE_COOKIE:true}");
    }

    @Test
    void theClientAddressATrustedProxyForwardsIsTheOneOnRecord() {
        HttpSession browser = new HttpSession(port);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(browser.base() + "/login"))
                .header("X-Forwarded-For", "203.0.113.7").GET().build());
        String body = "username=bato.lanhdao&password=" + URLEncoder.encode("Demo@2025", StandardCharsets.UTF_8)
                + "&_csrf=" + HttpSession.csrfTokenOf(page.body());
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(browser.base() + "/login"))
                .header("X-Forwarded-For", "203.0.113.7")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'SIGN_IN' and actor_username = 'bato.lanhdao'
                  and address = '203.0.113.7'""", Long.class)).isEqualTo(1);
    }

    @Test
    void aForgedHostHeaderNeverEndsUpInARedirect() throws IOException {
        String first = raw("GET /plans HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(status(first)).isEqualTo(302);
        assertThat(header(first, "Location")).isEqualTo("/login");
        String cookie = header(first, "Set-Cookie").split(";")[0];

        // Signed in, the browser goes back to the page it asked for: by its path, not at the forged host. (HTTP/1.0:
        // the page comes in one piece, not in chunks that could split the token.)
        String login = raw("GET /login HTTP/1.0\r\nHost: evil.example\r\nCookie: " + cookie
                + "\r\nConnection: close\r\n\r\n");
        String form = "username=bato.lanhdao&password=" + URLEncoder.encode("Demo@2025", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(HttpSession.csrfTokenOf(login), StandardCharsets.UTF_8);
        String signedIn = raw("POST /login HTTP/1.1\r\nHost: evil.example\r\nCookie: " + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + form.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + form);
        assertThat(status(signedIn)).isEqualTo(302);
        assertThat(header(signedIn, "Location")).isEqualTo("/plans");

        String wrong = raw("GET /admin/accounts/ HTTP/1.1\r\nHost: evil.example:8443\r\nConnection: close\r\n\r\n");
        assertThat(header(wrong, "Location")).doesNotContain("evil.example").startsWith("/");
    }

    /** One request on its own connection, as typed; answers the whole response as text. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String header(String response, String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ": *([^\\r\\n]*)").matcher(response);
        assertThat(m.find()).as("header %s in%n%s", name, response).isTrue();
        return m.group(1);
    }
}
