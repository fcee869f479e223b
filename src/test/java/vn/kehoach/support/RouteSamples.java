package vn.kehoach.support;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.pattern.PathPattern;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Real requests to every route, as the application's own pages make them for a signed-in user: the links of the pages
 * the user reaches from the start page (with their query) and the forms on them (with the values the page holds).
 * Path variables thus carry real ids of the user's scope, and a form's fields a submission the page would send.
 */
public final class RouteSamples {

    /** Files, not pages: recorded from links, never fetched while walking. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "\\.(docx|pdf|xlsx|csv|zip|txt)$|/print$|^/api/|/attachments/|^/logout|^/(css|js|img|webjars)/");

    /**
     * One request as a page makes it.
     *
     * @param path   the concrete path, without query
     * @param fields the query parameters (links) or the form's fields (forms), as the page holds them
     */
    public record Sample(String user, String path, MultiValueMap<String, String> fields,
                         Map<String, String> variables) {
    }

    private final Map<Routes.Route, List<Sample>> samples = new LinkedHashMap<>();
    private final List<Routes.Route> routes;

    public RouteSamples(List<Routes.Route> routes) {
        this.routes = routes;
    }

    /**
     * Walks the pages of one user from the start page and every route without path variables, at most
     * {@code perPattern} pages per route, and records the links and forms found.
     *
     * @param inTransaction runs each request in a transaction the caller rolls back
     */
    public void walk(String user, RequestPostProcessor login, MockMvc mvc, int perPattern,
                     Consumer<Runnable> inTransaction) {
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        for (Routes.Route route : routes) {
            if (route.isGet() && route.pathVariables().isEmpty() && !NOT_A_PAGE.matcher(route.pattern()).find()) {
                queue.add(route.pattern());
            }
        }
        Set<String> seen = new HashSet<>();
        Map<Routes.Route, Integer> fetched = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            String uri = queue.poll();
            if (!seen.add(uri)) continue;
            String path = UriComponentsBuilder.fromUriString(uri).build().getPath();
            Routes.Route route = match(path, true);
            if (route == null || fetched.merge(route, 1, Integer::sum) > perPattern) continue;
            String[] body = new String[1];
            inTransaction.accept(() -> {
                try {
                    MvcResult result = mvc.perform(get(URI.create(uri)).with(login)).andReturn();
                    String type = result.getResponse().getContentType();
                    if (result.getResponse().getStatus() == 200 && type != null && type.startsWith("text/html")) {
                        body[0] = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                    }
                    String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
                    if (location != null) body[0] = "<a href=\"" + location + "\"></a>";
                } catch (Exception e) {
                    // A page that fails is the fuzz test's finding, not the walk's.
                }
            });
            if (body[0] == null) continue;
            Document page = Html.parse(body[0]);
            for (Element a : page.select("a[href]")) {
                String target = local(a.attr("href"), uri);
                if (target == null) continue;
                record(user, target, true, null);
                if (!NOT_A_PAGE.matcher(UriComponentsBuilder.fromUriString(target).build().getPath()).find()) {
                    queue.add(target);
                }
            }
            for (Element form : page.select("form")) {
                boolean post = form.attr("method").equalsIgnoreCase("post");
                String action = local(form.attr("action").isEmpty() ? uri : form.attr("action"), uri);
                if (action == null) continue;
                record(user, action, !post, Forms.fields(form.outerHtml(), "form"));
            }
        }
    }

    private void record(String user, String uri, boolean get, MultiValueMap<String, String> formFields) {
        UriComponents parts = UriComponentsBuilder.fromUriString(uri).build();
        String path = parts.getPath();
        if (path == null) return;
        Routes.Route route = match(path, get);
        if (route == null) return;
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        parts.getQueryParams().forEach((k, v) -> v.forEach(value -> fields.add(decode(k), decode(value))));
        if (formFields != null) {
            formFields.forEach((k, v) -> {
                if (!k.equals("_csrf")) fields.put(k, new ArrayList<>(v));
            });
        }
        List<Sample> list = samples.computeIfAbsent(route, r -> new ArrayList<>());
        boolean known = list.stream().anyMatch(s -> s.user().equals(user) && s.path().equals(path)
                && s.fields().keySet().equals(fields.keySet()));
        if (!known && list.stream().filter(s -> s.user().equals(user)).count() < 3) {
            PathPattern.PathMatchInfo info = route.pathPattern().matchAndExtract(PathContainer.parsePath(path));
            list.add(new Sample(user, path, fields, info == null ? Map.of() : info.getUriVariables()));
        }
    }

    /** The route a path reaches with a GET (links, search forms) or a POST (forms). */
    public Routes.Route match(String path, boolean get) {
        Routes.Route best = null;
        for (Routes.Route route : routes) {
            if (route.isGet() != get) continue;
            if (!route.pathPattern().matches(PathContainer.parsePath(path))) continue;
            if (best == null
                    || PathPattern.SPECIFICITY_COMPARATOR.compare(route.pathPattern(), best.pathPattern()) < 0) {
                best = route;
            }
        }
        return best;
    }

    public List<Sample> of(Routes.Route route) {
        return samples.getOrDefault(route, List.of());
    }

    /**
     * Values for the path variables of a route no page linked for this user, taken from the samples of other routes
     * that name the same thing (the segment before the variable and its name: "plans/{id}"), preferring one sample
     * that names all of them (a plan and one of its sections).
     */
    public Map<String, String> variablesFor(Routes.Route route, String user) {
        List<String> keys = keys(route.pattern());
        Map<String, String> found = new LinkedHashMap<>();
        for (boolean sameUser : new boolean[]{true, false}) {
            for (Map.Entry<Routes.Route, List<Sample>> e : samples.entrySet()) {
                List<String> theirs = keys(e.getKey().pattern());
                for (Sample s : e.getValue()) {
                    if (sameUser != s.user().equals(user)) continue;
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < theirs.size(); i++) {
                        String key = theirs.get(i);
                        String var = key.substring(key.indexOf('{') + 1, key.length() - 1);
                        if (keys.contains(key) && s.variables().containsKey(var))
                            values.put(key, s.variables().get(var));
                    }
                    if (values.size() == keys.size()) return byName(values);
                    values.forEach(found::putIfAbsent);
                }
            }
        }
        return found.size() == keys.size() ? byName(found) : null;
    }

    private static Map<String, String> byName(Map<String, String> byKey) {
        Map<String, String> byName = new LinkedHashMap<>();
        byKey.forEach((key, value) -> byName.put(key.substring(key.indexOf('{') + 1, key.length() - 1), value));
        return byName;
    }

    /** "plans/{id}", "sections/{sectionId}": each variable with the segment before it (regex left out). */
    static List<String> keys(String pattern) {
        List<String> keys = new ArrayList<>();
        String[] segments = pattern.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                String name = segments[i].replaceAll("[{}]", "").replaceAll(":.*", "");
                keys.add(segments[i - 1] + "/{" + name + "}");
            }
        }
        return keys;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The path and query of a same-origin address, or null. */
    static String local(String href, String from) {
        if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")
                || href.startsWith("javascript:")) {
            return null;
        }
        URI resolved;
        try {
            resolved = URI.create("http://localhost" + from).resolve(href.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!"localhost".equals(resolved.getHost())) return null;
        UriComponents parts = UriComponentsBuilder.fromUri(resolved).fragment(null).build();
        String path = parts.getPath() == null || parts.getPath().isEmpty() ? "/" : parts.getPath();
        if (parts.getQueryParams().containsKey("lang")) return null;
        return parts.getQuery() == null ? path : path + "?" + parts.getQuery();
    }
}
