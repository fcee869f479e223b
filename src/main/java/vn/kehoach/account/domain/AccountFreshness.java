package vn.kehoach.account.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.kehoach.shared.cache.ReferenceRevisions;

import java.util.Optional;

/**
 * What a signed-in session is checked against on every request: the account's version, whether it is enabled, and
 * its credentials' version. One statement without a transaction: through a repository it was a JPA transaction of its
 * own (an entity manager, BEGIN and COMMIT) on every page. The same statement reads the counters of the reference
 * data kept in memory, which nearly every page needs next.
 */
@Component
public class AccountFreshness {

    /** The account as a session sees it. */
    public record Freshness(long version, boolean enabled, int credentialsVersion) {
    }

    private final JdbcTemplate jdbc;
    private final ReferenceRevisions revisions;

    AccountFreshness(JdbcTemplate jdbc, ReferenceRevisions revisions) {
        this.jdbc = jdbc;
        this.revisions = revisions;
    }

    /** Empty when the account no longer exists. */
    public Optional<Freshness> of(long userId) {
        return jdbc.query("select version, enabled, credentials_version, " + ReferenceRevisions.COLUMN
                + " as revisions from app_user where id = ?", (rs, n) -> {
                    revisions.readWith(rs.getString("revisions"));
                    return new Freshness(rs.getLong(1), rs.getBoolean(2), rs.getInt(3));
                }, userId).stream().findFirst();
    }
}
