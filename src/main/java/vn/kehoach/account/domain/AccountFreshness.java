package vn.kehoach.account.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What a signed-in session is checked against on every request: the account's version, whether it is enabled, and
 * its credentials' version. One statement without a transaction: through a repository it was a JPA transaction of its
 * own (an entity manager, BEGIN and COMMIT) on every page.
 */
@Component
public class AccountFreshness {

    /** The account as a session sees it. */
    public record Freshness(long version, boolean enabled, int credentialsVersion) {
    }

    private final JdbcTemplate jdbc;

    AccountFreshness(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the account no longer exists. */
    public Optional<Freshness> of(long userId) {
        return jdbc.query("select version, enabled, credentials_version from app_user where id = ?",
                (rs, n) -> new Freshness(rs.getLong(1), rs.getBoolean(2), rs.getInt(3)), userId).stream().findFirst();
    }
}
