package vn.kehoach.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL server the application runs itself: durable ({@code fsync} and synchronous commit on, unless the
 * cluster is a throw-away one), reachable only with the superuser's password (generated at the cluster's first start,
 * kept beside its data in {@value #PASSWORD_FILE}, mode 600), and started again on the same port when its process
 * dies, so that the connection pool finds it where it was.
 * <p>
 * Scripts find it through the data directory: the port is the fourth line of {@code postmaster.pid}, the password is
 * in {@value #PASSWORD_FILE} (see scripts/backup.sh).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The superuser's password, in the data directory. */
    public static final String PASSWORD_FILE = "superuser.password";
    public static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String HBA = """
            # Written by the application at every start of its embedded server: a password (SCRAM) for everyone.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private final Path dataDir;
    private final boolean throwAway;
    private final int port;
    private final String password;
    private final ScheduledExecutorService watchdog;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean closed;

    private EmbeddedPostgresServer(Path dataDir, boolean throwAway, int port, String password) {
        this.dataDir = dataDir;
        this.throwAway = throwAway;
        this.port = port;
        this.password = password;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the server of the settings: in their data directory, or in a new temporary one for a throw-away cluster
     * (deleted on close). A running postmaster left by a killed JVM is stopped first.
     */
    public static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDir = properties.ephemeral()
                ? Files.createTempDirectory("kehoach-pg")
                : Path.of(properties.dataDir()).toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        if (!properties.ephemeral()) {
            stopOrphanedPostmaster(dataDir);
            log.info("Embedded PostgreSQL keeps its data in {}", dataDir);
        }
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        String password = Files.exists(passwordFile)
                ? Files.readString(passwordFile, StandardCharsets.UTF_8).strip()
                : newPassword();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir, properties.ephemeral(), freePort(),
                password);
        server.postgres = server.launch();
        server.watch(properties.watchdogInterval());
        return server;
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    public Path dataDirectory() {
        return dataDir;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Whether the postmaster process is alive (it may still be recovering). */
    public boolean isRunning() {
        return postmasterPid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Starts the server again when its process has died, on the same port and data directory; PostgreSQL replays its
     * log, so every committed transaction is there again. Returns whether a restart was needed.
     */
    public synchronized boolean restartIfStopped() throws IOException {
        if (closed || isRunning()) return false;
        log.warn("The embedded PostgreSQL in {} has stopped: starting it again on port {}", dataDir, port);
        EmbeddedPostgres dead = postgres;
        if (dead != null) dead.close();
        // Backends of the dead postmaster leave within moments; until they have, a new one refuses to start.
        IOException last = null;
        for (int attempt = 0; attempt < 20 && !closed; attempt++) {
            try {
                postgres = launch();
                log.info("The embedded PostgreSQL is running again");
                return true;
            } catch (IOException | RuntimeException e) {
                last = e instanceof IOException io ? io : new IOException(e);
                sleep(Duration.ofMillis(500));
            }
        }
        throw last != null ? last : new IOException("closed while restarting");
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) return;
        closed = true;
        watchdog.shutdownNow();
        if (postgres != null) postgres.close();
        if (throwAway) deleteRecursively(dataDir);
    }

    private EmbeddedPostgres launch() throws IOException {
        boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        Path initialPassword = fresh ? writeOwnerOnly(Files.createTempFile("kehoach-pg", ".pw"), password) : null;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    // The directory is deleted by close() when it is a throw-away one, never by a restart.
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setConnectConfig("password", password)
                    // The builtin C.UTF-8 provider behaves the same on every OS; Vietnamese ordering uses ICU per column.
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("listen_addresses", "localhost")
                    // zonky starts the server with -F (fsync off) and synchronous commit off, for tests. An answered
                    // "saved" must survive a crash of the server or the machine; only a throw-away cluster skips it.
                    .setServerConfig("fsync", throwAway ? "off" : "on")
                    .setServerConfig("synchronous_commit", throwAway ? "off" : "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("timezone", "UTC")
                    .setDataDirectoryCustomizer(dir -> secure(fresh));
            if (fresh) {
                // initdb's options are passed through zonky's "locale config" as --name=value.
                builder.setLocaleConfig("pwfile", initialPassword.toString())
                        .setLocaleConfig("auth-host", "scram-sha-256")
                        .setLocaleConfig("auth-local", "scram-sha-256");
            }
            EmbeddedPostgres started = builder.start();
            if (!fresh && !Files.exists(dataDir.resolve(PASSWORD_FILE))) protectExistingCluster();
            return started;
        } finally {
            if (initialPassword != null) Files.deleteIfExists(initialPassword);
        }
    }

    /**
     * Before every start: the password file and a pg_hba.conf that asks for it. A cluster made before passwords (no
     * password file yet) keeps its old rules for this one start, until {@link #protectExistingCluster()} sets one.
     */
    private void secure(boolean fresh) {
        try {
            if (fresh || Files.exists(dataDir.resolve(PASSWORD_FILE))) {
                writeOwnerOnly(dataDir.resolve(PASSWORD_FILE), password);
                Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data directory from before passwords: give the superuser one, then require it. */
    private void protectExistingCluster() throws IOException {
        log.warn("Setting a password on the embedded PostgreSQL in {} (kept in {})", dataDir, PASSWORD_FILE);
        Properties credentials = new Properties();
        credentials.setProperty("user", SUPERUSER);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), credentials);
                Statement statement = connection.createStatement()) {
            // The password is hex digits only, so it can be inlined safely.
            statement.execute("alter role " + SUPERUSER + " password '" + password + "'");
            writeOwnerOnly(dataDir.resolve(PASSWORD_FILE), password);
            Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not set the embedded PostgreSQL's password", e);
        }
    }

    private void watch(Duration interval) {
        if (interval.isZero() || interval.isNegative()) return;
        watchdog.scheduleWithFixedDelay(() -> {
            try {
                restartIfStopped();
            } catch (Exception e) {
                log.error("Could not start the embedded PostgreSQL again; the health check reports it DOWN", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * After the JVM was killed (kill -9, IDE stop button) the postmaster keeps running and holds the data directory;
     * the next start would fail. Stop it, but only if the PID still belongs to a postgres process.
     */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) return;
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) return;
        log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
        process.get().destroy();
        try {
            process.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL pid " + pid + " still holds " + dataDir + "; stop it first", e);
        }
    }

    private static Path writeOwnerOnly(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            // rewritten below, permissions reset
        } catch (UnsupportedOperationException e) {
            Files.deleteIfExists(file); // not POSIX (Windows): the file inherits the directory's protection
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // not POSIX
        }
        return file;
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
