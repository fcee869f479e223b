package vn.kehoach.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Starts a real PostgreSQL 17 inside the application when {@code spring.datasource.url} is empty, so that a fresh
 * clone runs with nothing installed. With a URL configured this class is skipped and Boot's own datasource is used.
 * Public so that JPA slice tests, which load no configuration of the application by themselves, can import it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer postgres, EmbeddedDatabaseProperties properties)
            throws SQLException {
        createDatabaseIfMissing(postgres, properties.database());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl(properties.database()));
        dataSource.setUsername(EmbeddedPostgresServer.SUPERUSER);
        dataSource.setPassword(postgres.password());
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    /**
     * DOWN while the server's process is gone (the watchdog is starting it again, or could not): the database
     * check alone would only say that connections fail.
     */
    @Bean
    HealthIndicator embeddedPostgresHealthIndicator(EmbeddedPostgresServer postgres) {
        return () -> (postgres.isRunning() ? Health.up() : Health.down())
                .withDetail("port", postgres.port())
                .build();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgresServer postgres, String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"),
                EmbeddedPostgresServer.SUPERUSER, postgres.password());
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) return;
            }
            try (Statement create = connection.createStatement()) {
                // The name is validated as a plain identifier in EmbeddedDatabaseProperties.
                create.execute("create database " + database + " encoding 'UTF8'");
            }
        }
    }
}
