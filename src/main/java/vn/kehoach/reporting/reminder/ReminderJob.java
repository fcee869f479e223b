package vn.kehoach.reporting.reminder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.kehoach.reporting.mail.Mailer;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Runs the reminders every morning (by default 7:00, Vietnam time; {@code app.reporting.reminder-cron}, "-" turns
 * it off). The lock keeps two nodes from running it at once; the reminder log keeps a rerun from repeating anything.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;
    private final Mailer mailer;
    private final Clock clock;

    ReminderJob(ReminderService reminders, Mailer mailer, Clock clock) {
        this.reminders = reminders;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.reporting.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "reporting-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void run() {
        runFor(LocalDate.now(clock));
    }

    /** The reminders of one day; returns how many e-mails went out. */
    public int runFor(LocalDate today) {
        var mails = reminders.remind(today);
        int sent = mailer.send(mails);
        log.info("Reminders for {}: {} e-mails prepared, {} sent", today, mails.size(), sent);
        return sent;
    }
}
