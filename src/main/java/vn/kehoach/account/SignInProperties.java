package vn.kehoach.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How sign-in resists guessing (prefix {@code app.security.sign-in}). Failures are counted per username — whether or
 * not such an account exists — and per client address, in the database so that every node counts the same.
 *
 * @param delayAfter    failures of a username after which each further attempt must wait, the wait doubling
 * @param lockAfter     failures of a username that lock it
 * @param lockFor       how long a lock lasts; every failure after it locks again, until a success or an unlock
 * @param firstDelay    the first wait; each further failure doubles it, up to {@code lockFor}
 * @param forgetAfter   a username's failures are forgotten after this long without one
 * @param addressDelayAfter failures from one address (on any usernames) after which it must wait
 * @param addressBlockAfter failures from one address that block it for {@code lockFor}
 * @param addressForgetAfter an address's failures are forgotten after this long without one
 */
@ConfigurationProperties("app.security.sign-in")
public record SignInProperties(Integer delayAfter, Integer lockAfter, Duration lockFor, Duration firstDelay,
                               Duration forgetAfter, Integer addressDelayAfter, Integer addressBlockAfter,
                               Duration addressForgetAfter) {

    public SignInProperties {
        if (delayAfter == null) delayAfter = 5;
        if (lockAfter == null) lockAfter = 10;
        if (lockFor == null) lockFor = Duration.ofMinutes(15);
        if (firstDelay == null) firstDelay = Duration.ofSeconds(30);
        if (forgetAfter == null) forgetAfter = Duration.ofHours(24);
        if (addressDelayAfter == null) addressDelayAfter = 20;
        if (addressBlockAfter == null) addressBlockAfter = 50;
        if (addressForgetAfter == null) addressForgetAfter = Duration.ofMinutes(15);
    }
}
