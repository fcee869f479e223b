package vn.kehoach.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.RouteSamples;
import vn.kehoach.support.Routes;
import vn.kehoach.support.Transactions;
import vn.kehoach.support.ZipBombs;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Bad input never breaks a page. Every route found in the handler mappings (so a new one is covered without being
 * listed) is called as a signed-in user with a request its pages really make — real ids of the user's scope in the
 * path, the form as the page holds it — and then with bad values of the kinds below in its path variables,
 * parameters and form fields (taken from the handler's parameters and its form objects' properties): each input gets
 * some kinds on its own and more together with all of the route's inputs, dealt out so that every kind reaches every
 * type of input across the routes ({@link #fuzz}). No answer may be a 5xx or show a stack trace.
 * <p>
 * Each request runs in a transaction that is rolled back: the walk submits real forms (a plan sent for signature, a
 * report accepted) and must leave the demo data as the other tests expect it.
 */
@IntegrationTest
class BadInputFuzzTests {

    /** Roles and levels: a commune's drafter and reviewer, its leader, a reporter, a unit and a system administrator. */
    static final List<String> USERS = List.of("bato.vhxh", "bato.lanhdao", "dakcam.ca", "qn.admin", "admin");

    /** Evidence of an exception shown to the user. */
    private static final Pattern TRACE = Pattern.compile(
            "Exception|\\tat |\\.java:\\d|org\\.springframework\\.|java\\.lang\\.|org\\.hibernate|org\\.postgresql"
                    + "|SQLState|Whitelabel");

    private static final String HUNDRED_K = "Kế hoạch ".repeat(12_500);

    /** What is sent in a path variable instead of a real id. */
    static final List<String> BAD_PATH_VALUES = List.of("-1", "0", "99999999999999999999", "9223372036854775807",
            "abc", "%00", "1.5", "%3Cscript%3E");

    /**
     * The kinds of bad value. A field gets on its own only the kinds that can mean something different for its type:
     * text is cleaned in one place whatever control characters it holds, and any text that is no number is the same
     * type mismatch for a number field, so one of each stands for the others there. Every kind also goes into all
     * the fields of some routes at once.
     */
    static final List<Bad> BAD_VALUES = List.of(
            Bad.value("empty", "", Type.values()),
            Bad.value("blank", "  \t "),
            Bad.value("100k characters", HUNDRED_K, Type.TEXT),
            Bad.value("NUL", "Kế hoạch\u0000số 1", Type.TEXT),
            Bad.value("control characters", "\u0001\u0002\u0007\b\u000B\f\u001B[31m\u007F\u0085\u2028x"),
            Bad.value("non-NFC", "Qua\u0309ng Nga\u0303i, Ho\u0300a Bi\u0300nh"),
            Bad.value("mixed scripts", "Sở Nội vụ Quảng Ngаі \u202Eabc\u200B 中文 😀 \uD800"),
            Bad.value("HTML and script", "<script>alert(1)</script><img src=x onerror=alert(1)>\"'><b>", Type.TEXT),
            Bad.value("SQL and LIKE", "1' OR '1'='1'; DROP TABLE plan; -- %_\\%", Type.TEXT),
            Bad.value("LIKE metacharacters", "%_\\%_[]^"),
            Bad.value("huge number", "99999999999999999999999999", Type.NUMBER),
            Bad.value("largest long", "9223372036854775807", Type.NUMBER),
            Bad.value("negative", "-1", Type.NUMBER),
            Bad.value("zero", "0", Type.NUMBER),
            Bad.value("exponent", "1.5e308"),
            Bad.value("31/02", "31/02/2025", Type.DATE),
            Bad.value("2025-02-30", "2025-02-30"),
            Bad.value("garbage", "abc", Type.DATE, Type.NUMBER, Type.ENUM, Type.BOOLEAN),
            Bad.value("year 99999", "31/12/99999", Type.DATE),
            Bad.value("unknown enum", "NOT_A_VALUE", Type.ENUM),
            Bad.value("path and scheme", "//evil.example/../../etc/passwd?javascript:alert(1)"),
            new Bad("repeated", (fields, name) -> fields.put(name, new ArrayList<>(List.of("1", "2"))),
                    Set.of(Type.values())),
            new Bad("missing", MultiValueMap::remove, Set.of(Type.values())),
            new Bad("huge list index", (fields, name) -> reindex(fields, name, 99_999), Set.of(Type.values())),
            new Bad("row beyond the list", (fields, name) -> reindex(fields, name, 300), Set.of()));

    /** What a field is bound to, for the kinds of bad value that mean something for it. */
    enum Type {
        TEXT, NUMBER, DATE, ENUM, BOOLEAN;

        static Type of(Class<?> type) {
            if (type == null || type == String.class) return TEXT;
            if (Temporal.class.isAssignableFrom(type)) return DATE;
            if (type.isEnum()) return ENUM;
            if (type == Boolean.class || type == boolean.class) return BOOLEAN;
            if (Number.class.isAssignableFrom(type) || type.isPrimitive()) return NUMBER;
            return TEXT;
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, RequestPostProcessor> users = new LinkedHashMap<>();
    private final List<Call> queued = new ArrayList<>();

    @Test
    void noRouteAnswersBadInputWithAServerErrorOrATrace() throws InterruptedException {
        List<Routes.Route> routes = Routes.of(mapping);
        assertThat(routes).as("routes found in the handler mappings").hasSizeGreaterThan(100);
        assertThat(BAD_VALUES).as("kinds of bad value").hasSizeGreaterThanOrEqualTo(20);
        USERS.forEach(u -> users.put(u, logins.as(u)));
        RouteSamples samples = new RouteSamples(routes);
        Map<String, String> failures;
        try {
            for (String user : USERS) samples.walk(user, users.get(user), mvc, 1, this::rolledBack);
            List<String> withoutRealIds = new ArrayList<>();
            // -Dfuzz.routes=REGEX limits the fuzz to matching routes ("POST /plans.*") while fixing what it found.
            Pattern only = Pattern.compile(System.getProperty("fuzz.routes", ".*"));
            for (Routes.Route route : routes) {
                if (!only.matcher(route.toString()).matches()) continue;
                Target target = target(route, samples);
                if (target.madeUp()) withoutRealIds.add(route.toString());
                fuzz(route, target);
            }
            failures = run(queued);
            System.out.printf("fuzz: %d routes, %d requests; without real ids: %s%n", routes.size(), queued.size(),
                    withoutRealIds);
        } finally {
            // Attainments computed inside the rolled-back transactions were kept in memory under revisions the
            // database will count again: move the counter past them.
            jdbc.update(
                    "update reference_revision set revision = revision + 1000000 where name = 'attainment' and slot = 0");
        }
        assertThat(kindsSent).as("kinds of bad value sent")
                .isEqualTo(new TreeSet<>(BAD_VALUES.stream().map(Bad::name).toList()));
        assertThat(failures).as("5xx or stack traces answered to bad input").isEmpty();
    }

    /** The user, concrete path and baseline fields the route is fuzzed with. */
    private record Target(String user, String path, Map<String, String> variables,
                          MultiValueMap<String, String> fields, boolean madeUp) {
    }

    private Target target(Routes.Route route, RouteSamples samples) {
        for (String user : USERS) {
            for (RouteSamples.Sample s : samples.of(route)) {
                if (s.user().equals(user)) return new Target(user, s.path(), s.variables(), copy(s.fields()), false);
            }
        }
        for (String user : USERS) {
            Map<String, String> variables = route.pathVariables().isEmpty()
                    ? Map.of()
                    : samples.variablesFor(route, user);
            if (variables != null) {
                return new Target(user, Routes.expand(route.pattern(), variables), variables,
                        new LinkedMultiValueMap<>(),
                        false);
            }
        }
        Map<String, String> ones = new LinkedHashMap<>();
        route.pathVariables().forEach(v -> ones.put(v.name(), "1"));
        return new Target(USERS.get(0), Routes.expand(route.pattern(), ones), ones, new LinkedMultiValueMap<>(), true);
    }

    /**
     * The requests for one route. Every kind of bad value reaches every type of input, but not every field gets every
     * kind: that would be some 6,000 requests and minutes of a two-core machine for little more, since the values go
     * through the same binding and cleaning whatever the field. So the kinds are dealt out in turn — a rotation that
     * continues from field to field and route to route — with {@link #PER_FIELD} kinds a field alone, {@link #AT_ONCE}
     * kinds in all of a route's fields at once and {@link #PER_PATH_VARIABLE} bad ids in each path variable.
     */
    private void fuzz(Routes.Route route, Target target) {
        Map<String, List<MockMultipartFile>> files = baselineFiles(route);
        send(route, target.user(), target.path(), target.fields(), files, "as the page sends it");
        for (Routes.Input variable : route.pathVariables()) {
            for (String bad : dealt(BAD_PATH_VALUES, PER_PATH_VARIABLE)) {
                Map<String, String> variables = new LinkedHashMap<>(target.variables());
                variables.put(variable.name(), bad);
                send(route, target.user(), Routes.expand(route.pattern(), variables), target.fields(), files,
                        "{" + variable.name() + "}=" + bad);
            }
        }
        Map<String, Type> names = new LinkedHashMap<>();
        route.fields().forEach(f -> names.put(f.name(), Type.of(f.type())));
        target.fields().keySet().stream().filter(n -> !n.matches(".*\\[[1-9]\\d*].*"))
                .forEach(n -> names.putIfAbsent(n, Type.TEXT));
        for (Map.Entry<String, Type> field : names.entrySet()) {
            List<Bad> applicable = BAD_VALUES.stream().filter(b -> b.appliesTo(field.getKey(), field.getValue()))
                    .toList();
            for (Bad bad : dealt(applicable, PER_FIELD)) {
                MultiValueMap<String, String> fields = copy(target.fields());
                bad.apply().accept(fields, field.getKey());
                kindsSent.add(bad.name());
                send(route, target.user(), target.path(), fields, files, field.getKey() + ": " + bad.name());
            }
        }
        if (names.size() > 1) {
            for (Bad bad : dealt(BAD_VALUES, AT_ONCE)) {
                MultiValueMap<String, String> fields = copy(target.fields());
                names.keySet().forEach(name -> bad.apply().accept(fields, name));
                kindsSent.add(bad.name());
                send(route, target.user(), target.path(), fields, files, "every field: " + bad.name());
            }
        }
        for (Routes.Input file : route.inputs()) {
            if (file.source() != Routes.Source.FILE) continue;
            for (MockMultipartFile bad : badFiles(file.name())) {
                Map<String, List<MockMultipartFile>> withBad = new LinkedHashMap<>(files);
                withBad.put(file.name(), List.of(bad));
                send(route, target.user(), target.path(), target.fields(), withBad,
                        file.name() + ": file " + bad.getOriginalFilename() + " (" + bad.getSize() + " bytes)");
            }
        }
    }

    static final int PER_FIELD = 1;
    static final int AT_ONCE = 3;
    static final int PER_PATH_VARIABLE = 2;
    private int dealt;
    private final Set<String> kindsSent = new TreeSet<>();

    /** The next {@code count} of the choices in turn, starting where the previous deal stopped. */
    private <T> List<T> dealt(List<T> choices, int count) {
        if (choices.isEmpty()) return List.of();
        List<T> out = new ArrayList<>();
        for (int i = 0; i < Math.min(count, choices.size()); i++) out.add(choices.get(dealt++ % choices.size()));
        return out;
    }

    private void send(Routes.Route route, String user, String path, MultiValueMap<String, String> fields,
                      Map<String, List<MockMultipartFile>> files, String what) {
        queued.add(new Call(route, user, path, fields, files, route + " as " + user + " — " + what));
    }

    /** One request of the fuzz, answered or not yet. */
    private record Call(Routes.Route route, String user, String path, MultiValueMap<String, String> fields,
                        Map<String, List<MockMultipartFile>> files, String description) {
    }

    /**
     * Sends the calls on as many threads as the machine has cores (two at most: the database needs the others). A
     * call that fails is sent again alone afterwards and counts only when it fails again: two calls at once may wait
     * for each other's locks, which says nothing about bad input.
     */
    private Map<String, String> run(List<Call> calls) throws InterruptedException {
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        Map<String, String> found = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Call call : calls) {
                pool.execute(() -> {
                    String failure = answer(call);
                    if (failure != null) found.put(call.description(), failure);
                });
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
        }
        Map<String, String> confirmed = new TreeMap<>();
        for (Call call : calls) {
            if (!found.containsKey(call.description())) continue;
            String failure = answer(call);
            if (failure != null) confirmed.put(call.description(), failure);
        }
        return confirmed;
    }

    /** What is wrong with the answer to the call, or null. */
    private String answer(Call call) {
        AbstractMockHttpServletRequestBuilder<?> builder;
        URI uri = URI.create(call.path());
        if (call.route().multipart()) {
            MockMultipartHttpServletRequestBuilder upload = multipart(call.route().method(), uri);
            call.files().values().forEach(list -> list.forEach(upload::file));
            builder = upload;
        } else {
            builder = request(call.route().method(), uri);
        }
        call.fields().forEach((name, values) -> builder.param(name, values.toArray(String[]::new)));
        builder.with(users.get(call.user())).with(csrf());
        String[] failure = new String[1];
        rolledBack(() -> {
            try {
                MvcResult result = mvc.perform(builder).andReturn();
                int status = result.getResponse().getStatus();
                String type = result.getResponse().getContentType();
                String body = type == null || type.startsWith("text") || type.contains("json")
                        ? result.getResponse().getContentAsString(StandardCharsets.UTF_8)
                        : "";
                if (status >= 500) {
                    failure[0] = "answered " + status + cause(result);
                } else if (TRACE.matcher(body).find()) {
                    failure[0] = "answered " + status + " showing " + excerpt(body);
                }
            } catch (Exception e) {
                failure[0] = "failed: " + rootCause(e);
            }
        });
        return failure[0];
    }

    private void rolledBack(Runnable work) {
        Transactions.rolledBack(transactions, work);
    }

    private static String cause(MvcResult result) {
        return result.getResolvedException() == null ? "" : ": " + rootCause(result.getResolvedException());
    }

    /** The exception behind a failure, with where the application threw it: what a developer needs to fix it. */
    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String message = String.valueOf(t.getMessage());
        String at = Arrays.stream(t.getStackTrace()).filter(f -> f.getClassName().startsWith("vn.kehoach"))
                .limit(3).map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
                        + f.getMethodName() + ":" + f.getLineNumber())
                .collect(Collectors.joining(" < "));
        String where = Arrays.stream(t.getStackTrace()).limit(3).map(String::valueOf)
                .collect(Collectors.joining(" < ")) + " … " + at;
        return t.getClass().getSimpleName() + " " + (message.length() > 200 ? message.substring(0, 200) : message)
                + " (at " + where + ")";
    }

    private static String excerpt(String body) {
        var m = TRACE.matcher(body);
        if (!m.find()) return "";
        int from = Math.max(0, m.start() - 80);
        return body.substring(from, Math.min(body.length(), m.end() + 80)).replaceAll("\\s+", " ");
    }

    private static MultiValueMap<String, String> copy(MultiValueMap<String, String> fields) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        fields.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    /** The field under another list index: its first list index, or one added to a field that is no list. */
    private static void reindex(MultiValueMap<String, String> fields, String name, int index) {
        List<String> values = fields.remove(name);
        String renamed = name.contains("[0]")
                ? name.replaceFirst("\\[0]", "[" + index + "]")
                : name + "[" + index + "]";
        fields.put(renamed, values == null || values.isEmpty() ? new ArrayList<>(List.of("1")) : values);
    }

    private static Map<String, List<MockMultipartFile>> baselineFiles(Routes.Route route) {
        Map<String, List<MockMultipartFile>> files = new LinkedHashMap<>();
        for (Routes.Input input : route.inputs()) {
            if (input.source() == Routes.Source.FILE) {
                files.put(input.name(), List.of(new MockMultipartFile(input.name(), "danh-sach.csv", "text/csv",
                        "ma,ten\n01,Thử\n".getBytes(StandardCharsets.UTF_8))));
            }
        }
        return files;
    }

    /** Uploads no page would send: empty, not what they claim, an archive that inflates to far more than it weighs. */
    private static List<MockMultipartFile> badFiles(String field) {
        return List.of(
                new MockMultipartFile(field, "", "application/octet-stream", new byte[0]),
                new MockMultipartFile(field, "rong.docx", "application/octet-stream", new byte[0]),
                new MockMultipartFile(field, "rac.docx", DOCX, garbage(4096)),
                new MockMultipartFile(field, "bom.docx", DOCX, BOMB),
                new MockMultipartFile(field, "bom.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", BOMB),
                new MockMultipartFile(field, "nul.csv", "text/csv",
                        "ma,ten\n01,A\u0000B\u0001\n".getBytes(StandardCharsets.UTF_8)),
                new MockMultipartFile(field, "latin1.csv", "text/csv",
                        "ma,ten\n01,Tr\u00e0\n".getBytes(StandardCharsets.ISO_8859_1)),
                new MockMultipartFile(field, "../../a\u0000\u0007<b>.csv", "text/csv",
                        "ma,ten\n".getBytes(StandardCharsets.UTF_8)),
                new MockMultipartFile(field, "nhieu-dong.csv", "text/csv", manyRows()),
                new MockMultipartFile(field, "mot-dong.txt", "text/plain",
                        "x".repeat(1_000_000).getBytes(StandardCharsets.UTF_8)));
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final byte[] BOMB = ZipBombs.wordFile("word/document.xml", 256);

    private static byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        long x = 42;
        for (int i = 0; i < size; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            bytes[i] = (byte) (x >>> 56);
        }
        return bytes;
    }

    private static byte[] manyRows() {
        StringBuilder csv = new StringBuilder("username,display_name,agency_id,roles\n");
        for (int i = 0; i < 20_001; i++) csv.append("u").append(i).append(",Người ").append(i).append(",1,VIEWER\n");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param types the types of field this kind is sent to on its own (in the request with all fields at once, to all)
     */
    record Bad(String name, BiConsumer<MultiValueMap<String, String>, String> apply,
               Set<Type> types) {

        static Bad value(String name, String value, Type... types) {
            return new Bad(name, (fields, field) -> fields.put(field, new ArrayList<>(List.of(value))), Set.of(types));
        }

        boolean appliesTo(String field, Type type) {
            return types.contains(type) || name.equals("row beyond the list") && field.contains("[0]");
        }
    }
}
