package vn.kehoach.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One person's browser against several application nodes at once: a single cookie jar (cookies do not tell ports
 * apart, as behind a load balancer), so a session made on one node is presented to the others. Forms are read from the
 * pages and sent back as a browser would.
 */
public final class Browser {

    /** A form's fields in order, names repeated for repeated values, as a browser sends them. */
    public static final class Fields {
        private final List<Map.Entry<String, String>> values = new ArrayList<>();

        public static Fields of(Element form) {
            Fields fields = new Fields();
            for (Element input : form.select("input[name], select[name], textarea[name]")) {
                String name = input.attr("name");
                switch (input.tagName()) {
                    case "select" -> input.select("option[selected]").forEach(o -> fields.add(name, o.attr("value")));
                    case "textarea" -> fields.add(name, input.wholeText().replaceFirst("^\\n", ""));
                    default -> {
                        String type = input.attr("type");
                        if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) continue;
                        if (type.equals("submit") || type.equals("file")) continue;
                        fields.add(name, input.attr("value"));
                    }
                }
            }
            return fields;
        }

        public Fields add(String name, String value) {
            values.add(Map.entry(name, value));
            return this;
        }

        /** Replaces every value of the field with this one. */
        public Fields set(String name, String value) {
            values.removeIf(e -> e.getKey().equals(name));
            return add(name, value);
        }

        public List<String> values(String name) {
            return values.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).toList();
        }

        public List<String> names() {
            return values.stream().map(Map.Entry::getKey).distinct().toList();
        }

        String encoded() {
            return values.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public HttpResponse<String> get(int port, String path) {
        return get(port, path, "text/html");
    }

    public HttpResponse<String> get(int port, String path, String accept) {
        return send(HttpRequest.newBuilder(uri(port, path)).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> post(int port, String path, Fields fields) {
        return send(HttpRequest.newBuilder(uri(port, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(fields.encoded())).build());
    }

    /** Signs in through the login form of the node; true when the form let the user in. */
    public boolean login(int port, String username, String password) {
        Element form = Jsoup.parse(get(port, "/login").body()).selectFirst("form[action=/login]");
        HttpResponse<String> answer = post(port, "/login",
                Fields.of(form).set("username", username).set("password", password));
        return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("/login");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
