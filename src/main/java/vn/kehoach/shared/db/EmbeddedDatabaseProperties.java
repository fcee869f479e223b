package vn.kehoach.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of the PostgreSQL server the application starts itself when no datasource URL is configured.
 *
 * @param dataDir          where the cluster lives between runs, so that a developer's work survives a restart
 * @param database         the database created inside the cluster for the application
 * @param ephemeral        a throw-away cluster in a temporary directory, deleted on shutdown, without fsync (tests)
 * @param watchdogInterval how often the application checks that the server's process is alive, to start it again;
 *                         zero turns the check off
 */
@ConfigurationProperties("app.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, String database, boolean ephemeral,
                                         Duration watchdogInterval) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null || dataDir.isBlank()) dataDir = "./data/pg";
        if (database == null || database.isBlank()) database = "kehoach";
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("app.embedded-db.database must be a simple lower-case identifier");
        }
        if (watchdogInterval == null) watchdogInterval = Duration.ofSeconds(5);
    }
}
