package vn.kehoach.account;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in refused before the password was looked at: the username must wait or is locked, or the address is
 * blocked. Said the same way whether or not the account exists.
 */
public class SignInRefusedException extends AuthenticationException {

    public enum Reason { WAIT, LOCKED, ADDRESS_BLOCKED }

    private final Reason reason;
    private final Instant until;
    private final Duration remaining;

    SignInRefusedException(Reason reason, Instant until, Instant now) {
        super("sign-in refused until " + until);
        this.reason = reason;
        this.until = until;
        this.remaining = Duration.between(now, until);
    }

    public Reason reason() {
        return reason;
    }

    /** When the next attempt will be heard. */
    public Instant until() {
        return until;
    }

    /**
     * Whole seconds until then, rounded up, at least one. Counted from milliseconds: the database rounds the stored
     * time to microseconds, which must not turn "15 minutes" into 16.
     */
    public long remainingSeconds() {
        return Math.max(1, (remaining.toMillis() + 999) / 1000);
    }
}
