package vn.kehoach.account;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed sign-ins per username and per client address and decides when the next attempt will be heard. An
 * attempt inside a wait or a lock is refused without looking at the password, so that guessing cannot go on during
 * it, and is not counted. A username that belongs to no account is counted and locked exactly like a real one.
 * No thread ever sleeps: the wait is a time stored with the counter, and attempts before it are answered at once.
 */
@Component
class SignInGuard {

    static final String USERNAME = "USERNAME";
    static final String ADDRESS = "ADDRESS";
    /** Longest username kept as a key; longer ones are cut (no account has one). */
    private static final int MAX_KEY = 64;

    private final NamedParameterJdbcTemplate jdbc;
    private final SignInProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    SignInGuard(NamedParameterJdbcTemplate jdbc, SignInProperties properties, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a username's counter holds, for its administrator. */
    record State(int failures, Instant notBefore, Instant lockedUntil) {
    }

    /**
     * What stands against an attempt now, in one statement.
     *
     * @param refusal        the refusal that applies to this username from this address, or null
     * @param usernameFailed whether failures of the username are counted (a success then forgets them)
     */
    record Verdict(SignInRefusedException refusal, boolean usernameFailed) {
    }

    Verdict check(String username, String address) {
        Instant now = clock.instant();
        SignInRefusedException refusal = null;
        Map<String, State> states = states(key(username), key(address));
        for (Map.Entry<String, State> row : states.entrySet()) {
            State state = row.getValue();
            boolean byAddress = row.getKey().startsWith(ADDRESS);
            SignInRefusedException candidate = null;
            if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
                candidate = new SignInRefusedException(byAddress
                        ? SignInRefusedException.Reason.ADDRESS_BLOCKED
                        : SignInRefusedException.Reason.LOCKED, state.lockedUntil(), now);
            } else if (state.notBefore() != null && state.notBefore().isAfter(now)) {
                candidate = new SignInRefusedException(SignInRefusedException.Reason.WAIT, state.notBefore(), now);
            }
            if (candidate != null && (refusal == null || candidate.until().isAfter(refusal.until()))) {
                refusal = candidate;
            }
        }
        return new Verdict(refusal, states.containsKey(USERNAME + ":" + key(username)));
    }

    /**
     * Counts a failure against the username and the address, and puts on record the failure and any lock it causes.
     *
     * @return the refusal this very failure started, if it locked the username or blocked the address
     */
    @Transactional
    Optional<SignInRefusedException> failed(String username, String address, String channel) {
        Instant now = clock.instant();
        String user = key(username);
        String from = key(address);
        jdbc.update("""
                delete from sign_in_guard where last_failure_at < :cutoff
                  and (locked_until is null or locked_until < :now)""",
                new MapSqlParameterSource("cutoff", Timestamp.from(now.minus(longestMemory())))
                        .addValue("now", Timestamp.from(now)));
        int userFailures = count(USERNAME, user, now, properties.forgetAfter());
        int addressFailures = count(ADDRESS, from, now, properties.addressForgetAfter());

        Instant userUntil = null;
        boolean locked = false;
        if (userFailures >= properties.lockAfter()) {
            userUntil = now.plus(properties.lockFor());
            locked = true;
        } else if (userFailures >= properties.delayAfter()) {
            userUntil = now.plus(delay(userFailures - properties.delayAfter()));
        }
        Instant addressUntil = null;
        boolean blocked = false;
        if (addressFailures >= properties.addressBlockAfter()) {
            addressUntil = now.plus(properties.lockFor());
            blocked = true;
        } else if (addressFailures >= properties.addressDelayAfter()) {
            addressUntil = now.plus(delay(addressFailures - properties.addressDelayAfter()));
        }
        hold(USERNAME, user, locked ? null : userUntil, locked ? userUntil : null);
        hold(ADDRESS, from, blocked ? null : addressUntil, blocked ? addressUntil : null);

        Account account = account(user);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("channel", channel);
        after.put("failures", userFailures);
        after.put("addressFailures", addressFailures);
        audit.record(entry(AuditAction.SIGN_IN_FAILED, user, account).after(after));
        if (locked) {
            audit.record(entry(AuditAction.SIGN_IN_LOCKED, user, account)
                    .after(Map.of("failures", userFailures, "lockedUntil", userUntil.toString())));
        }
        if (blocked) {
            audit.record(AuditEntry.anonymous(AuditAction.ADDRESS_BLOCKED, user).object(from)
                    .after(Map.of("failures", addressFailures, "blockedUntil", addressUntil.toString())));
        }
        if (blocked && (!locked || addressUntil.isAfter(userUntil))) {
            return Optional.of(new SignInRefusedException(SignInRefusedException.Reason.ADDRESS_BLOCKED, addressUntil,
                    now));
        }
        if (locked) {
            return Optional.of(new SignInRefusedException(SignInRefusedException.Reason.LOCKED, userUntil, now));
        }
        return Optional.empty();
    }

    /** A right password forgets the username's failures (never the address's: one's own account must not wipe them). */
    void succeeded(String username) {
        jdbc.update("delete from sign_in_guard where kind = :kind and subject = :subject",
                new MapSqlParameterSource("kind", USERNAME).addValue("subject", key(username)));
    }

    State state(String username) {
        return states(key(username), null).get(USERNAME + ":" + key(username));
    }

    /** An administrator lifts the wait or lock and forgets the failures. @return what there was, or null */
    State clear(String username) {
        State before = state(username);
        succeeded(username);
        return before;
    }

    private Map<String, State> states(String username, String address) {
        Map<String, State> found = new LinkedHashMap<>();
        jdbc.query("""
                select kind, subject, failures, not_before, locked_until from sign_in_guard
                where (kind = :user and subject = :username) or (kind = :address and subject = :from)""",
                new MapSqlParameterSource("user", USERNAME).addValue("username", username)
                        .addValue("address", ADDRESS).addValue("from", address == null ? "" : address),
                rs -> {
                    found.put(rs.getString("kind") + ":" + rs.getString("subject"), new State(rs.getInt("failures"),
                            instant(rs.getObject("not_before", OffsetDateTime.class)),
                            instant(rs.getObject("locked_until", OffsetDateTime.class))));
                });
        return found;
    }

    /** Forgetting starts when the last failure's wait or lock is over, so that sitting out a wait never resets it. */
    private int count(String kind, String subject, Instant now, Duration memory) {
        Integer failures = jdbc.queryForObject("""
                insert into sign_in_guard (kind, subject, failures, last_failure_at) values (:kind, :subject, 1, :now)
                on conflict (kind, subject) do update set
                    failures = case when greatest(sign_in_guard.last_failure_at, sign_in_guard.not_before,
                                                  sign_in_guard.locked_until) < :forgetBefore then 1
                                    else sign_in_guard.failures + 1 end,
                    last_failure_at = excluded.last_failure_at
                returning failures""",
                new MapSqlParameterSource("kind", kind).addValue("subject", subject)
                        .addValue("now", Timestamp.from(now))
                        .addValue("forgetBefore", Timestamp.from(now.minus(memory))),
                Integer.class);
        return failures == null ? 1 : failures;
    }

    private void hold(String kind, String subject, Instant notBefore, Instant lockedUntil) {
        jdbc.update("""
                update sign_in_guard set not_before = :notBefore, locked_until = :lockedUntil
                where kind = :kind and subject = :subject""",
                new MapSqlParameterSource("kind", kind).addValue("subject", subject)
                        .addValue("notBefore", notBefore == null ? null : Timestamp.from(notBefore))
                        .addValue("lockedUntil", lockedUntil == null ? null : Timestamp.from(lockedUntil)));
    }

    /** The first delay, doubled for each failure past the threshold, never longer than a lock. */
    private Duration delay(int beyond) {
        Duration delay = properties.firstDelay().multipliedBy(1L << Math.min(beyond, 20));
        return delay.compareTo(properties.lockFor()) > 0 ? properties.lockFor() : delay;
    }

    private Duration longestMemory() {
        Duration longest = properties.forgetAfter().compareTo(properties.addressForgetAfter()) > 0
                ? properties.forgetAfter()
                : properties.addressForgetAfter();
        return longest.plus(properties.lockFor());
    }

    private record Account(long id, Long agencyId) {
    }

    private Account account(String username) {
        List<Account> found = jdbc.query("select id, agency_id from app_user where username = :username",
                new MapSqlParameterSource("username", username),
                (rs, n) -> new Account(rs.getLong("id"), (Long) rs.getObject("agency_id")));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Whoever typed the name is not known: the record names the account tried, in that account's unit. */
    private static AuditEntry entry(AuditAction action, String username, Account account) {
        AuditEntry entry = AuditEntry.anonymous(action, username);
        return account == null ? entry : entry.object(account.id()).agency(account.agencyId());
    }

    static String key(String value) {
        if (value == null) return "";
        String key = value.strip().toLowerCase(Locale.ROOT);
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
