package vn.kehoach.reporting.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.kehoach.reporting.ReportingProperties;

import java.util.List;

/**
 * Sends e-mails when SMTP is configured ({@code spring.mail.host}); without it e-mail is off and the in-app
 * notifications stand alone. A message the server refuses is logged and skipped, never retried in a loop.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    /** An e-mail, in Vietnamese. */
    public record Mail(String to, String subject, String body) {
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final ReportingProperties properties;

    Mailer(ObjectProvider<JavaMailSender> sender, ReportingProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** @return how many were handed to the mail server */
    public int send(List<Mail> mails) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            if (!mails.isEmpty()) {
                log.debug("E-mail is not configured; {} messages stay in the application", mails.size());
            }
            return 0;
        }
        int sent = 0;
        for (Mail m : mails) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo(m.to());
            message.setSubject(m.subject());
            message.setText(m.body());
            try {
                mail.send(message);
                sent++;
            } catch (MailException e) {
                log.warn("E-mail to {} not sent: {}", m.to(), e.getMessage());
            }
        }
        return sent;
    }

    /**
     * Sends once the current transaction has committed, so that only what really happened is told and a slow or
     * failing mail server neither holds nor undoes the change; outside a transaction, at once.
     */
    public void sendAfterCommit(List<Mail> mails) {
        if (mails.isEmpty() || !enabled()) return;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            sendQuietly(mails);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sendQuietly(mails);
            }
        });
    }

    /** The change has been committed: whatever the mail server does, the user's action stands. */
    private void sendQuietly(List<Mail> mails) {
        try {
            send(mails);
        } catch (RuntimeException e) {
            log.warn("{} e-mails not sent: {}", mails.size(), e.toString());
        }
    }
}
