package vn.kehoach.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The application's clock in tests: the real time unless a test sets a day and hour ("it is 25/7/2027, 9:00"), so
 * that deadlines, timeliness and reminders can be tested at the dates they are about. Tests that set it reset it.
 */
public class TestClock extends Clock {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant fixed;

    public void set(LocalDateTime at) {
        fixed = at.atZone(VIETNAM).toInstant();
    }

    public void set(LocalDate day) {
        set(day.atTime(9, 0));
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() { return VIETNAM; }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }
}
