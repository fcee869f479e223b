package vn.kehoach;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.kehoach.reporting.reminder.ReminderJob;
import vn.kehoach.shared.db.EmbeddedDatabaseProperties;
import vn.kehoach.shared.db.EmbeddedPostgresServer;
import vn.kehoach.support.Browser;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL, as behind the load balancer of docker-compose.yml (sessions in the
 * database), started here as two Spring applications in this JVM against one durable embedded server (fsync on, a
 * password): a session made on one node is valid on the other, a scheduled job runs once, a stale edit is a conflict
 * across nodes, a backup restores to the same plans and reports, and PostgreSQL killed and started again under load
 * loses nothing that was acknowledged while the nodes recover by themselves.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeTests {

    private static final String PASSWORD = "Demo@2025";

    @TempDir
    static Path dataDir;

    static EmbeddedPostgresServer postgres;
    static JdbcTemplate db;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static int portA;
    static int portB;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        postgres = EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(dataDir.toString(), "kehoach", false,
                Duration.ZERO));
        new JdbcTemplate(dataSource("postgres")).execute("create database kehoach");
        db = new JdbcTemplate(dataSource("kehoach"));
        nodeA = node(); // creates the schema and the demo data
        nodeB = node(); // finds them there
        portA = port(nodeA);
        portB = port(nodeB);
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (nodeB != null) nodeB.close();
        if (nodeA != null) nodeA.close();
        if (postgres != null) postgres.close();
    }

    @Test
    @Order(1)
    void aSessionMadeOnOneNodeIsValidOnTheOther() {
        Browser browser = new Browser();
        assertThat(browser.login(portA, "qn.snv", PASSWORD)).isTrue();
        String name = db.queryForObject("select display_name from app_user where username = 'qn.snv'", String.class);

        HttpResponse<String> onB = browser.get(portB, "/");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(onB.body()).select("header").text()).contains(name);

        // Signing out on B ends the session on A too.
        Element logout = Jsoup.parse(onB.body()).selectFirst("form[action=/logout]");
        assertThat(browser.post(portB, "/logout", Browser.Fields.of(logout)).statusCode()).isEqualTo(302);
        HttpResponse<String> onA = browser.get(portA, "/");
        assertThat(onA.statusCode()).isEqualTo(302);
        assertThat(onA.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    @Order(2)
    void theReminderJobRunsOnceWhenBothNodesStartIt() throws Exception {
        // A report due tomorrow: the job has one reminder to send.
        long due = db.queryForObject("""
                select min(id) from report where status = 'NOT_STARTED' and first_submitted_at is null""", Long.class);
        db.update("update report set due_date = current_date + 1 where id = ?", due);
        db.update("delete from reminder_log");
        Logger logger = (Logger) LoggerFactory.getLogger(ReminderJob.class);
        ListAppender<ILoggingEvent> runs = new ListAppender<>();
        runs.start();
        logger.addAppender(runs);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Void>> both = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
                ReminderJob job = node.getBean(ReminderJob.class);
                both.add(CompletableFuture.runAsync(() -> {
                    await(go);
                    job.run();
                }));
            }
            go.countDown();
            CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            logger.detachAppender(runs);
        }
        assertThat(runs.list).filteredOn(e -> e.getFormattedMessage().startsWith("Reminders for")).hasSize(1);
        assertThat(db.queryForList("select report_id from reminder_log", Long.class)).containsExactly(due);
    }

    @Test
    @Order(3)
    void anEditOnAStalePageOfOneNodeIsAConflictAfterASaveOnTheOther() {
        Browser browser = new Browser();
        assertThat(browser.login(portA, "qn.snv", PASSWORD)).isTrue();
        long province = db.queryForObject(
                "select id from administrative_unit where code = '51' and valid_to is null", Long.class);
        String uri = "/indicators/local-targets?unit=" + province;
        Element onA = form(browser.get(portA, uri), "#local-targets-form");
        Element onB = form(browser.get(portB, uri), "#local-targets-form");

        assertThat(browser.post(portB, uri, Browser.Fields.of(onB).set("rows[0].value2025", "41")).statusCode())
                .isEqualTo(302);
        HttpResponse<String> stale = browser.post(portA, uri, Browser.Fields.of(onA).set("rows[0].value2025", "42"));
        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(stale.body());
        assertThat(page.select(".alert-danger").text()).contains("qn.snv vừa lưu thay đổi");
        assertThat(page.select("input[name=rows[0].value2025]").val()).isEqualTo("42");
    }

    @Test
    @Order(4)
    void aBackupRestoresIntoAFreshDatabaseWithTheSamePlansAndReports() throws Exception {
        Path dump = dataDir.resolveSibling(dataDir.getFileName() + "-backup.dump");
        run("scripts/backup.sh", "-d", dataDir.toString(), "-o", dump.toString());
        assertThat(Files.size(dump)).isPositive();
        run("scripts/restore.sh", dump.toString(), "-d", dataDir.toString(), "--database", "kehoach_restored");

        JdbcTemplate restored = new JdbcTemplate(dataSource("kehoach_restored"));
        List<String> tables = List.of("plan", "plan_section", "plan_reporting_requirement", "report", "report_entry",
                "report_target_value", "report_event", "app_user", "administrative_unit", "flyway_schema_history");
        for (String table : tables) {
            String digest = "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                    + " from " + table + " t";
            assertThat(restored.queryForObject(digest, String.class)).as(table)
                    .isEqualTo(db.queryForObject(digest, String.class))
                    .doesNotStartWith("0:");
        }
        Files.delete(dump);
    }

    @Test
    @Order(5)
    void postgresKilledUnderLoadLosesNoAcknowledgedSaveAndTheNodesRecoverByThemselves() throws Exception {
        assertThat(db.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(db.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        List<Map<String, Object>> drafts = db.queryForList("""
                select r.id, u.username from report r
                join app_user u on u.agency_id = r.owner_agency_id
                join app_user_role ur on ur.user_id = u.id and ur.role = 'REPORTER'
                where r.status in ('NOT_STARTED', 'DRAFT') and r.reporter_kind = 'AGENCY'
                order by r.due_date, r.id limit 4""");
        assertThat(drafts).hasSizeGreaterThanOrEqualTo(2);
        List<ReportWriter> writers = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            writers.add(new ReportWriter(((Number) drafts.get(i).get("id")).longValue(),
                    (String) drafts.get(i).get("username"), i % 2 == 0 ? portA : portB));
        }
        List<Thread> threads = new ArrayList<>();
        for (ReportWriter w : writers) {
            Thread thread = new Thread(w, "writer-" + w.report);
            thread.start();
            threads.add(thread);
        }
        try {
            waitFor(() -> writers.stream().allMatch(w -> w.acknowledged.size() >= 2), "saves before the crash",
                    writers);

            ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(
                    Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip())).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().get(30, TimeUnit.SECONDS);
            waitFor(() -> writers.stream().allMatch(w -> w.refused > 0), "refusals while the database is down",
                    writers);
            assertThat(new Browser().get(portA, "/actuator/health", "application/json").statusCode()).isEqualTo(503);
            assertNeverWrongPassword(portB);

            writers.forEach(w -> w.paused = true);
            waitFor(() -> writers.stream().allMatch(w -> w.idle), "the writers to pause", writers);
            assertThat(postgres.restartIfStopped()).isTrue();
            // Every save answered "saved" before or during the crash is there; no report holds half a save.
            for (ReportWriter w : writers) {
                assertThat(savedMarker(w.report)).as("report %d", w.report)
                        .isGreaterThanOrEqualTo(Collections.max(w.acknowledged));
            }

            writers.forEach(w -> {
                w.send = true;
                w.paused = false;
            });
            waitFor(() -> writers.stream().allMatch(w -> w.sent), "the reports to be sent after the restart", writers);
        } finally {
            writers.forEach(w -> w.stop = true);
            for (Thread t : threads) t.join(30_000);
        }
        for (ReportWriter w : writers) {
            assertThat(w.problems).as("unexpected answers to report %d", w.report).isEmpty();
            assertThat(db.queryForObject("select status from report where id = ?", String.class, w.report))
                    .isEqualTo("SUBMITTED");
            assertThat(savedMarker(w.report)).isGreaterThanOrEqualTo(Collections.max(w.acknowledged));
        }
        assertThat(new Browser().get(portA, "/actuator/health", "application/json").statusCode()).isEqualTo(200);
    }

    /** Signing in while the database is down is "try again", never "wrong password", and never a 500. */
    private static void assertNeverWrongPassword(int port) {
        Browser browser = new Browser();
        HttpResponse<String> loginPage = browser.get(port, "/login");
        if (loginPage.statusCode() == 200) {
            Element form = Jsoup.parse(loginPage.body()).selectFirst("form[action=/login]");
            HttpResponse<String> answer = browser.post(port, "/login",
                    Browser.Fields.of(form).set("username", "qn.snv").set("password", PASSWORD));
            assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error=bad");
            assertThat(answer.statusCode()).isIn(302, 503);
        } else {
            assertThat(loginPage.statusCode()).isEqualTo(503);
            assertThat(loginPage.body()).contains("Hệ thống tạm thời gián đoạn").doesNotContain("không đúng");
        }
    }

    private static final Pattern MARKER = Pattern.compile("lần (\\d+)\\b");

    /** The save number the report holds, after checking that all its texts come from that one save. */
    private static int savedMarker(long report) {
        Map<String, Object> row = db.queryForMap(
                "select results, shortcomings, causes, directions, proposals from report where id = ?", report);
        List<String> texts = new ArrayList<>(row.values().stream().map(String::valueOf).toList());
        texts.addAll(db.queryForList("select note from report_target_value where report_id = ?", String.class, report));
        assertThat(texts).as("texts of report %d", report).containsOnly(texts.get(0));
        Matcher m = MARKER.matcher(texts.get(0));
        assertThat(m.find()).as("marker in %s", texts.get(0)).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /**
     * One official saving a report over and over through the edit form, as typed in a browser; when refused with
     * the "try again" page, sending that page's form again, as the button does; finally sending the report.
     */
    static final class ReportWriter implements Runnable {

        final long report;
        final int port;
        final Browser browser = new Browser();
        final List<Integer> acknowledged = Collections.synchronizedList(new ArrayList<>());
        final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        volatile int refused;
        volatile boolean paused;
        volatile boolean idle;
        volatile boolean send;
        volatile boolean sent;
        volatile boolean stop;
        private int attempt;
        private Browser.Fields pending;

        ReportWriter(long report, String username, int port) {
            this.report = report;
            this.port = port;
            if (!browser.login(port, username, PASSWORD)) throw new IllegalStateException("cannot sign in " + username);
        }

        @Override
        public void run() {
            while (!stop && !sent) {
                if (paused) {
                    idle = true;
                    pause(20);
                    continue;
                }
                idle = false;
                try {
                    step();
                } catch (RuntimeException e) {
                    problems.add(e.toString());
                    pause(100);
                }
            }
        }

        private void step() {
            String path = "/reports/" + report + "/edit";
            Browser.Fields fields = pending;
            int number;
            if (fields == null) {
                HttpResponse<String> page = browser.get(port, path);
                if (page.statusCode() == 503) {
                    checkTryAgainPage(page, null);
                    return;
                }
                if (page.statusCode() != 200) {
                    problems.add("GET " + page.statusCode());
                    return;
                }
                number = ++attempt;
                fields = typed(form(page, "form[action=" + path + "]"), "Báo cáo " + report + " lần " + number);
                fields.set("action", send ? "submit" : "save");
            } else {
                number = markerOf(fields);
            }
            pending = null;
            HttpResponse<String> answer = browser.post(port, path, fields);
            String location = answer.headers().firstValue("Location").orElse("");
            switch (answer.statusCode()) {
                case 302 -> {
                    acknowledged.add(number);
                    if (location.endsWith("/reports/" + report)) sent = true;
                }
                // The same form sent again after a refusal whose save had in fact been committed: a newer version.
                case 409 -> pending = null;
                case 503 -> checkTryAgainPage(answer, fields);
                default -> problems.add("POST " + answer.statusCode() + " " + location);
            }
        }

        /** Vietnamese, and for a form, the same form to send again, with what was typed. */
        private void checkTryAgainPage(HttpResponse<String> answer, Browser.Fields sent) {
            refused++;
            Document page = Jsoup.parse(answer.body());
            if (!page.select("h1").text().equals("Hệ thống tạm thời gián đoạn")) {
                problems.add("503 without the Vietnamese page");
            }
            if (sent != null) {
                Element again = page.selectFirst("form#resubmit");
                if (again == null || !again.attr("action").equals("/reports/" + report + "/edit")) {
                    problems.add("503 without the form to send again");
                    return;
                }
                pending = Browser.Fields.of(again);
                if (markerOf(pending) != markerOf(sent)) problems.add("the 503 page lost the typed text");
            }
            pause(100);
        }

        private static int markerOf(Browser.Fields fields) {
            return fields.values("results").stream().map(MARKER::matcher).filter(Matcher::find)
                    .map(m -> Integer.parseInt(m.group(1))).findFirst().orElse(-1);
        }

        /** Every text of the report, every task "not started", every target noted: a complete report. */
        private static Browser.Fields typed(Element form, String text) {
            Browser.Fields fields = Browser.Fields.of(form);
            for (String name : List.of("results", "shortcomings", "causes", "directions", "proposals")) {
                fields.set(name, text);
            }
            for (String name : fields.names()) {
                if (name.matches("entries\\[\\d+]\\.sectionId")) {
                    fields.set(name.replace(".sectionId", ".state"), "NOT_STARTED");
                }
                if (name.matches("targets\\[\\d+]\\.code")) fields.set(name.replace(".code", ".note"), text);
            }
            return fields;
        }
    }

    private static Element form(HttpResponse<String> page, String selector) {
        assertThat(page.statusCode()).isEqualTo(200);
        Element form = Jsoup.parse(page.body()).selectFirst(selector);
        assertThat(form).as("form %s", selector).isNotNull();
        return form;
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(KeHoachApplication.class)
                .profiles("test", "demo")
                .run("--spring.datasource.url=" + postgres.jdbcUrl("kehoach"),
                        "--spring.datasource.username=" + EmbeddedPostgresServer.SUPERUSER,
                        "--spring.datasource.password=" + postgres.password(),
                        "--spring.datasource.hikari.maximum-pool-size=6",
                        "--spring.datasource.hikari.connection-timeout=1000",
                        "--app.sessions.store=jdbc",
                        "--server.port=0",
                        "--spring.jmx.enabled=false",
                        "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static DriverManagerDataSource dataSource(String database) {
        return new DriverManagerDataSource(postgres.jdbcUrl(database), EmbeddedPostgresServer.SUPERUSER,
                postgres.password());
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s:%n%s", String.join(" ", command), output).isZero();
    }

    private static void waitFor(BooleanSupplier condition, String what, List<ReportWriter> writers) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(() -> "waiting for " + what + ": " + writers.stream()
                    .map(w -> w.report + " acknowledged " + w.acknowledged + ", refused " + w.refused + ", problems "
                            + w.problems)
                    .toList()).isLessThan(deadline);
            pause(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
