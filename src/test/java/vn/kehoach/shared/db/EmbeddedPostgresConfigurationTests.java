package vn.kehoach.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmbeddedPostgresConfigurationTests {

    /** The watchdog is driven by hand here ({@code restartIfStopped}), so the tests do not wait for it. */
    private static final Duration NO_WATCHDOG = Duration.ZERO;

    @TempDir
    Path dataDir;

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void keepsDataDurablyBehindAPasswordAndStartsAgainWhenItsProcessDies() throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir.toString(), "restart_check",
                false, NO_WATCHDOG);

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(properties);
                HikariDataSource dataSource = configuration.dataSource(postgres, properties)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            jdbc.execute("create table survivor (name text)");
            jdbc.update("insert into survivor values (?)", "Kế hoạch 72/KH-UBND");

            Path passwordFile = dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE);
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(postgres.password()).hasSizeGreaterThan(30);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("scram-sha-256")
                    .doesNotContain("trust");
            assertThatExceptionOfType(SQLException.class).isThrownBy(
                    () -> DriverManager.getConnection(postgres.jdbcUrl("restart_check"), "postgres", "").close());
            assertThatExceptionOfType(SQLException.class).isThrownBy(() -> DriverManager
                    .getConnection(postgres.jdbcUrl("restart_check"), "postgres", "postgres").close());

            // The process dies (kill -9): the server comes back on the same port with every committed row.
            ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().get();
            assertThat(postgres.isRunning()).isFalse();
            assertThat(postgres.restartIfStopped()).isTrue();
            assertThat(postgres.isRunning()).isTrue();
            assertThat(jdbc.queryForObject("select name from survivor", String.class)).isEqualTo("Kế hoạch 72/KH-UBND");
            assertThat(postgres.restartIfStopped()).isFalse();
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(properties);
                HikariDataSource dataSource = configuration.dataSource(postgres, properties)) {
            assertThat(new JdbcTemplate(dataSource).queryForObject("select name from survivor", String.class))
                    .isEqualTo("Kế hoạch 72/KH-UBND");
        }
    }

    @Test
    void givesAPasswordToAClusterMadeBeforePasswords() throws Exception {
        // The way the application created its cluster before: initdb trusting every local connection.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .start()) {
            new JdbcTemplate(old.getPostgresDatabase()).execute("create table kept (id int)");
        }
        assertThat(Files.exists(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE))).isFalse();

        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir.toString(), "postgres",
                false, NO_WATCHDOG);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(properties)) {
            assertThat(dataDir.resolve(EmbeddedPostgresServer.PASSWORD_FILE)).exists();
            assertThatExceptionOfType(SQLException.class).isThrownBy(
                    () -> DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "").close());
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres",
                    postgres.password())) {
                assertThat(connection.createStatement().executeQuery("select count(*) from kept").next()).isTrue();
            }
        }
    }

    @Test
    void deletesAThrowAwayClusterOnClose() throws Exception {
        Path used;
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(null, null, true, NO_WATCHDOG))) {
            used = postgres.dataDirectory();
            assertThat(used.resolve("PG_VERSION")).exists();
        }
        assertThat(used).doesNotExist();
    }

    @Test
    void rejectsADatabaseNameThatIsNotAPlainIdentifier() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EmbeddedDatabaseProperties("x", "kehoach; drop", false, null));
    }

    private long postmasterPid() throws Exception {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
    }
}
