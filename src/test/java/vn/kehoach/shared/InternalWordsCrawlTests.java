package vn.kehoach.shared;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.InternalWords;
import vn.kehoach.support.Logins;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in as every demo account, follows every link (and every search form with its defaults) it finds from the start
 * page, and reads each page for words of the program ({@link InternalWords}) and for error answers behind a link.
 * Addresses that differ only by ids count as one after a few of them, per account, which keeps the walk short while
 * every page type each role can reach is still read.
 */
@IntegrationTest
class InternalWordsCrawlTests {

    /** The demo accounts of the README, one per role and level. */
    static final List<String> ACCOUNTS = List.of("admin", "bnv.reviewer", "qn.admin", "qn.snv", "qn.lanhdao",
            "qn.syt", "dakcam.vhxh", "dakcam.lanhdao", "dakcam.ca", "bato.vhxh", "bato.lanhdao", "ls.admin", "ls.snv");
    private static final int PAGES_PER_PATTERN = 2;
    private static final int MAX_REDIRECTS = 5;
    /** A path segment holding a number: an id, a code ("3.2a"), a year. */
    private static final Pattern ID = Pattern.compile("/[^/]*\\d[^/]*");
    /** Files and machine answers, not pages: read by their own tests. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "\\.(docx|pdf|xlsx|csv|zip|txt)$|^/api/|/attachments?/|/download|^/logout|^/(css|js|img|webjars)/");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Logins logins;

    @Test
    void noPageReachableByAnyDemoAccountShowsInternalWordsOrErrors() {
        InternalWords detector = InternalWords.ofApplication();
        Map<String, Set<String>> problems = new HashMap<>();
        int pages = 0;
        for (String account : ACCOUNTS) {
            pages += crawl(account, detector, problems);
        }
        assertThat(pages).as("pages read").isGreaterThan(ACCOUNTS.size() * 10);
        assertThat(problems.entrySet().stream().map(e -> e.getKey() + " <- " + e.getValue()).sorted().toList())
                .as("internal words or errors on pages reached by following links").isEmpty();
    }

    /** Reads every page the account reaches; returns how many. */
    private int crawl(String account, InternalWords detector, Map<String, Set<String>> problems) {
        RequestPostProcessor user = logins.as(account);
        Deque<Link> queue = new ArrayDeque<>(List.of(new Link("/", "(start)")));
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perPattern = new HashMap<>();
        int read = 0;
        while (!queue.isEmpty()) {
            Link link = queue.poll();
            if (!seen.add(link.uri()) || perPattern.merge(pattern(link.uri()), 1, Integer::sum) > PAGES_PER_PATTERN) {
                continue;
            }
            Page page = fetch(link.uri(), user);
            read++;
            String where = account + " " + link.uri() + (page.uri().equals(link.uri()) ? "" : " -> " + page.uri());
            if (page.status() >= 400) {
                problems.computeIfAbsent(where + " (" + page.status() + ")", k -> new TreeSet<>())
                        .add("linked from " + link.from());
            }
            if (page.html() == null) continue;
            List<String> leaks = detector.findIn(page.html());
            if (!leaks.isEmpty()) problems.computeIfAbsent(where, k -> new TreeSet<>()).addAll(leaks);
            for (String next : links(page.html(), page.uri())) {
                if (!seen.contains(next)) queue.add(new Link(next, page.uri()));
            }
        }
        return read;
    }

    private Page fetch(String uri, RequestPostProcessor user) {
        String current = uri;
        for (int i = 0; i <= MAX_REDIRECTS; i++) {
            MvcTestResult result = mvc.get().uri(URI.create(current)).with(user).exchange();
            int status = result.getResponse().getStatus();
            String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
            if (status >= 300 && status < 400 && location != null) {
                current = local(location, current);
                if (current == null) return new Page(uri, status, null);
                continue;
            }
            String type = result.getResponse().getContentType();
            ModelAndView view = result.getMvcResult().getModelAndView();
            boolean html = type != null && type.startsWith("text/html") || view != null;
            return new Page(current, status, html ? Html.parse(Html.body(result)) : null);
        }
        throw new AssertionError("too many redirects from " + uri);
    }

    /** Same-origin GET destinations of the page's links and search forms, as path and query. */
    private static Set<String> links(Document page, String from) {
        Set<String> found = new TreeSet<>();
        for (Element a : page.select("a[href]")) {
            String target = local(a.attr("href"), from);
            if (target != null) found.add(target);
        }
        for (Element form : page.select("form")) {
            if (!form.attr("method").equalsIgnoreCase("get")) continue;
            UriComponentsBuilder query = UriComponentsBuilder.fromUriString(form.attr("action").isEmpty()
                    ? from
                    : form.attr("action"));
            for (Element input : form.select("input[name], select[name]")) {
                String type = input.attr("type");
                if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) continue;
                String value = input.tagName().equals("select")
                        ? input.select("option[selected]").stream().findFirst().map(o -> o.attr("value")).orElse("")
                        : input.attr("value");
                query.queryParam(input.attr("name"), value);
            }
            String target = local(query.build().toUriString(), from);
            if (target != null) found.add(target);
        }
        return found;
    }

    /** The path and query of a same-origin page address, or null for anything the walk leaves alone. */
    private static String local(String href, String from) {
        if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")
                || href.startsWith("javascript:")) {
            return null;
        }
        URI resolved = URI.create("http://localhost" + from).resolve(href.replace(" ", "%20"));
        if (!"localhost".equals(resolved.getHost())) return null;
        UriComponents parts = UriComponentsBuilder.fromUri(resolved).fragment(null).build();
        String path = parts.getPath() == null || parts.getPath().isEmpty() ? "/" : parts.getPath();
        if (NOT_A_PAGE.matcher(path).find() || parts.getQueryParams().containsKey("lang")) return null;
        return parts.getQuery() == null ? path : path + "?" + parts.getQuery();
    }

    /** The address with ids and query values left out: "/plans/{}/edit?page=". */
    private static String pattern(String uri) {
        UriComponents parts = UriComponentsBuilder.fromUriString(uri).build();
        String path = ID.matcher(parts.getPath()).replaceAll("/{}");
        return path + parts.getQueryParams().keySet().stream().sorted().collect(Collectors.joining("&", "?", ""));
    }

    private record Link(String uri, String from) {
    }

    private record Page(String uri, int status, Document html) {
    }
}
