package vn.kehoach.reporting.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.kehoach.reporting.ReportingProperties;

import java.util.List;

/**
 * Sends reminder e-mails when SMTP is configured ({@code spring.mail.host}); without it e-mail is off and the
 * in-app notifications are the reminder. A message the server refuses is logged and skipped, never retried in a loop.
 */
@Component
class ReminderMailer {

    private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final ReportingProperties properties;

    ReminderMailer(ObjectProvider<JavaMailSender> sender, ReportingProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** @return how many were handed to the mail server */
    int send(List<ReminderService.Mail> mails) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            if (!mails.isEmpty()) log.debug("E-mail is not configured; {} reminders stay in the application", mails.size());
            return 0;
        }
        int sent = 0;
        for (ReminderService.Mail m : mails) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo(m.to());
            message.setSubject(m.subject());
            message.setText(m.body());
            try {
                mail.send(message);
                sent++;
            } catch (MailException e) {
                log.warn("Reminder to {} not sent: {}", m.to(), e.getMessage());
            }
        }
        return sent;
    }
}
