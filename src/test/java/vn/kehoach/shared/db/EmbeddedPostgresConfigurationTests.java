package vn.kehoach.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresConfigurationTests {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossRestartsInThePersistentDirectory() throws Exception {
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir.toString(), "restart_check", false);

        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties);
             HikariDataSource dataSource = configuration.dataSource(postgres, properties)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table survivor (name text)");
            jdbc.update("insert into survivor values (?)", "Kế hoạch 72/KH-UBND");
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties);
             HikariDataSource dataSource = configuration.dataSource(postgres, properties)) {
            assertThat(new JdbcTemplate(dataSource).queryForObject("select name from survivor", String.class))
                    .isEqualTo("Kế hoạch 72/KH-UBND");
        }
    }

    @Test
    void rejectsADatabaseNameThatIsNotAPlainIdentifier() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new EmbeddedDatabaseProperties("x", "kehoach; drop", false));
    }
}
