package vn.kehoach.support;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client against the running test server: keeps cookies, reads the CSRF token from pages and
 * signs in through the real login form. Used where MockMvc would skip part of the stack (error pages, Tomcat).
 */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;

    public HttpSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> getHtml(String path) {
        return get(path, "text/html");
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        MultiValueMap<String, String> all = new LinkedMultiValueMap<>();
        fields.forEach(all::add);
        return postForm(path, all, null);
    }

    /** Posts a form as a browser does (form-encoded, every value of every field), from the page {@code referer}. */
    public HttpResponse<String> postForm(String path, MultiValueMap<String, String> fields, String referer) {
        return send(post(path, referer).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
    }

    /** The body a browser sends for these fields, form-encoded. */
    public static String encode(MultiValueMap<String, String> fields) {
        return fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v == null ? "" : v)))
                .collect(Collectors.joining("&"));
    }

    /** A file of an upload. */
    public record Upload(String field, String fileName, String contentType, byte[] data) {
    }

    /**
     * Posts a multipart form as a browser does, from the page {@code referer}; {@code script} adds the header the
     * pages' scripts send with fetch().
     */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, List<Upload> files,
                                              String referer, boolean script) {
        String boundary = "----kehoach" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (Upload file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.data());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = post(path, referer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (script) request.header("X-Requested-With", "fetch");
        return send(request.build());
    }

    private HttpRequest.Builder post(String path, String referer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        if (referer != null) request.header("Referer", base + referer);
        return request;
    }

    /** Signs in through GET /login and POST /login, as a browser does. Returns the login response. */
    public HttpResponse<String> login(String username, String password) {
        String token = csrfTokenOf(getHtml("/login").body());
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    public static String csrfTokenOf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) throw new IllegalStateException("no CSRF token in page");
        return m.group(1);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
