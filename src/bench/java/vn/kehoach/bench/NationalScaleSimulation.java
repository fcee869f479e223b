package vn.kehoach.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Officials of the whole country at work on the national-scale database (bench/seed.sh): they sign in through the
 * login form (landing on the dashboard) and browse as they would. Three in ten read (plan list with filters and a
 * search typed without diacritics, a plan from the list, the JSON API), two in ten draft (their plan's page and
 * editor, the unit autocomplete with short queries, the agency picker), one in ten administers a province (accounts,
 * roster pages). Two in ten review for a province's Sở Nội vụ and one in twenty for the ministry (the review inbox, a
 * report sent to them, the completeness of the plan it answers as a page and as JSON, notifications, their own
 * reports); fifteen in a hundred write their commune's reports (my reports, one of them, notifications).
 *
 * <p>System properties: bench.baseUrl (http://localhost:8089), bench.feeders (data/bench-feeders), bench.users
 * (concurrent users, 30), bench.rampSeconds (60), bench.steadySeconds (180), bench.pauseMillis (mean think time,
 * 1000), bench.p95Millis (500), bench.maxErrorPercent (1).
 */
public class NationalScaleSimulation extends Simulation {

    private static final String PASSWORD = "Demo@2025";

    private final String baseUrl = System.getProperty("bench.baseUrl", "http://localhost:8089");
    private final Path feeders = Path.of(System.getProperty("bench.feeders", "data/bench-feeders")).toAbsolutePath();
    private final int users = Integer.getInteger("bench.users", 30);
    private final Duration ramp = Duration.ofSeconds(Integer.getInteger("bench.rampSeconds", 60));
    private final Duration steady = Duration.ofSeconds(Integer.getInteger("bench.steadySeconds", 180));
    private final long pauseMillis = Long.getLong("bench.pauseMillis", 1000);
    private final int p95Millis = Integer.getInteger("bench.p95Millis", 500);
    private final double maxErrorPercent = Double.parseDouble(System.getProperty("bench.maxErrorPercent", "1"));

    /** What people type in the search box: without diacritics, with them, or a plan number. */
    private static final List<String> PLAN_QUERIES = List.of("binh dang gioi", "tảo hôn", "bao luc gia dinh",
            "phụ nữ", "tap huan", "sinh ke", "truyen thong", "mất cân bằng giới tính");
    /** The first letters of a place name, as the autocomplete sends them while typing. */
    private static final List<String> UNIT_PREFIXES = List.of("ba", "ha", "tan", "an", "quang", "đăk", "phu", "son",
            "long", "thanh", "ng", "vinh");
    private static final List<String> AGENCY_QUERIES = List.of("so", "y te", "uy ban", "cong an", "phu nu", "noi vu");
    private static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);

    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
            .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9")
            .acceptLanguageHeader("vi-VN,vi;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Gatling bench (kehoach)")
            .disableCaching()
            .shareConnections();

    private FeederBuilder<String> feeder(String file) {
        return csv(feeders.resolve(file).toString()).random();
    }

    /** Random values for the queries of one session. */
    private static Iterator<Map<String, Object>> queries() {
        Supplier<Map<String, Object>> next = () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String prefix = UNIT_PREFIXES.get(random.nextInt(UNIT_PREFIXES.size()));
            return Map.of("planQuery", PLAN_QUERIES.get(random.nextInt(PLAN_QUERIES.size())),
                    "unitKey1", prefix.substring(0, 1), "unitKey2", prefix.substring(0, 2), "unitKey3", prefix,
                    "agencyQuery", AGENCY_QUERIES.get(random.nextInt(AGENCY_QUERIES.size())),
                    "year", YEARS.get(random.nextInt(YEARS.size())));
        };
        return Stream.generate(next).iterator();
    }

    private ChainBuilder think() {
        return pause(Duration.ofMillis(pauseMillis / 2), Duration.ofMillis(pauseMillis * 3 / 2));
    }

    private static HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(status().is(200));
    }

    private static HttpRequestActionBuilder api(String name, String path) {
        return http(name).get(path).header("Accept", "application/json").check(status().is(200));
    }

    private static HttpRequestActionBuilder autocomplete(String typed) {
        return api("api units (autocomplete)", "/api/units").queryParam("q", typed).queryParam("size", "10");
    }

    /** The login form: GET for the CSRF token, POST the credentials, land on the dashboard. */
    private final ChainBuilder signIn = exec(
            http("login page").get("/login").check(status().is(200),
                    regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf")),
            http("sign in").post("/login").disableFollowRedirect()
                    .formParam("username", "#{username}").formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)),
            page("dashboard", "/"));

    private ChainBuilder planList() {
        return exec(
                page("plan list", "/plans")
                        .check(regex("href=\"/plans/(\\d+)\"").findRandom().optional().saveAs("listedPlan")),
                think(),
                page("plan list by year", "/plans?year=#{year}"),
                think(),
                page("plan search", "/plans").queryParam("q", "#{planQuery}"),
                think())
                .doIf(session -> session.contains("listedPlan")).then(exec(
                        page("plan detail", "/plans/#{listedPlan}"),
                        think()));
    }

    private final ScenarioBuilder readers = scenario("readers").feed(feeder("readers.csv")).feed(queries())
            .exec(signIn, think(), planList(),
                    api("api plans", "/api/plans?year=#{year}"), think(),
                    api("api plans search", "/api/plans").queryParam("q", "#{planQuery}"));

    private final ScenarioBuilder drafters = scenario("drafters").feed(feeder("drafters.csv")).feed(queries())
            .exec(signIn, think(),
                    page("plan list (drafts)", "/plans?status=DRAFT"), think(),
                    page("plan detail (own draft)", "/plans/#{plan_id}"), think(),
                    page("plan editor", "/plans/#{plan_id}/edit"), think(),
                    // Picking a unit: the autocomplete asks after the first, second and third keystroke.
                    autocomplete("#{unitKey1}"), autocomplete("#{unitKey2}"), autocomplete("#{unitKey3}"), think(),
                    api("api agencies (picker)", "/api/agencies").queryParam("q", "#{agencyQuery}")
                            .queryParam("size", "20"), think(),
                    api("api plan", "/api/plans/#{plan_id}"));

    private final ScenarioBuilder administrators = scenario("administrators").feed(feeder("admins.csv"))
            .feed(queries())
            .exec(signIn, think(),
                    page("account list", "/admin/accounts"), think(),
                    page("account search", "/admin/accounts?q=nguyen"), think(),
                    page("unit search", "/roster/units").queryParam("q", "#{unitKey3}"), think(),
                    page("unit page", "/roster/units/#{unit_id}"), think(),
                    page("agency list", "/roster/agencies?unit=#{unit_id}"), think(),
                    api("api agencies (unit)", "/api/agencies?unitId=#{unit_id}&subtree=true"));

    /**
     * A reviewer's round: what waits in the inbox, a report sent to their agency, the completeness of the plan it
     * answers (page and API), notifications, the reports their own agency owes, and where their unit stands on the
     * strategy targets (the whole country for the ministry). {@code who} names the requests.
     */
    private ChainBuilder reviewing(String who) {
        return exec(
                page("review inbox" + who, "/reviews"), think(),
                page("review page" + who, "/reviews/#{report_id}"), think(),
                page("reporting status" + who, "/reporting/status?plan=#{plan_id}"), think(),
                api("api reporting status" + who, "/api/reporting/status?plan=#{plan_id}"), think(),
                page("notifications" + who, "/notifications"), think(),
                page("my reports" + who, "/reports"), think(),
                page("indicators" + who, "/indicators"), think(),
                page("indicator target" + who, "/indicators/targets/1.1"));
    }

    private final ScenarioBuilder reviewers = scenario("province reviewers").feed(feeder("reviewers.csv"))
            .exec(signIn, think(), reviewing(""));

    private final ScenarioBuilder ministry = scenario("ministry reviewers").feed(feeder("ministry.csv"))
            .exec(signIn, think(), reviewing(" (ministry)"));

    private final ScenarioBuilder writers = scenario("commune writers").feed(feeder("writers.csv"))
            .exec(signIn, think(),
                    page("my reports (commune)", "/reports"), think(),
                    page("report page (commune)", "/reports/#{report_id}"), think(),
                    page("notifications (commune)", "/notifications"));

    private PopulationBuilder population(ScenarioBuilder scenario, double share) {
        int count = Math.max(1, (int) Math.round(users * share));
        return scenario.injectClosed(rampConcurrentUsers(0).to(count).during(ramp),
                constantConcurrentUsers(count).during(steady));
    }

    {
        setUp(population(readers, 0.3), population(drafters, 0.2), population(administrators, 0.1),
                population(reviewers, 0.2), population(ministry, 0.05), population(writers, 0.15))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lte(maxErrorPercent),
                        global().responseTime().percentile(95.0).lte(p95Millis),
                        forAll().failedRequests().percent().lte(maxErrorPercent));
    }
}
