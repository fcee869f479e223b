package vn.kehoach.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reporting module (prefix {@code app.reporting}).
 *
 * @param attachmentMaxBytes largest file a report may carry
 * @param attachmentMaxCount most files one report may carry
 * @param dueSoonDays        how far ahead the dashboard lists reports as due soon
 * @param reminderCron       when the reminder job runs (Vietnam time)
 * @param mailFrom           sender address of reminder e-mails
 * @param baseUrl            the application's address as users reach it, for links in e-mails
 */
@ConfigurationProperties("app.reporting")
public record ReportingProperties(Long attachmentMaxBytes, Integer attachmentMaxCount, Integer dueSoonDays,
                                  String reminderCron, String mailFrom, String baseUrl) {

    public ReportingProperties {
        if (attachmentMaxBytes == null) attachmentMaxBytes = 10L * 1024 * 1024;
        if (attachmentMaxCount == null) attachmentMaxCount = 20;
        if (dueSoonDays == null) dueSoonDays = 30;
        if (reminderCron == null || reminderCron.isBlank()) reminderCron = "0 0 7 * * *";
        if (mailFrom == null || mailFrom.isBlank()) mailFrom = "khbdg@localhost";
        if (baseUrl == null || baseUrl.isBlank()) baseUrl = "http://localhost:8080";
        if (baseUrl.endsWith("/")) baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
}
