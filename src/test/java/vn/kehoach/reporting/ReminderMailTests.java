package vn.kehoach.reporting;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.reporting.reminder.ReminderJob;
import vn.kehoach.support.TestClock;
import vn.kehoach.support.TestClockConfiguration;
import vn.kehoach.support.TestPlans;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders reach a real SMTP server (GreenMail, started by the test): 7 days and 1 day before the due date and once
 * overdue, in Vietnamese, each once however often the job runs. Its own context, since the mail server is part of
 * the configuration; it also starts its own database.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ReminderMailTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
        registry.add("app.reporting.mail-from", () -> "khbdg@quangngai.gov.vn");
        registry.add("app.reporting.base-url", () -> "https://khbdg.quangngai.gov.vn");
    }

    static final LocalDate DUE = LocalDate.of(2031, 7, 20);

    @Autowired
    ReminderJob job;
    @Autowired
    TestPlans plans;
    @Autowired
    TestClock clock;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void sendsTheSevenDayOneDayAndOverdueRemindersOnceEach() throws Exception {
        email("qn.syt", "tam.lm@syt.quangngai.gov.vn");
        email("qn.snv", "nhung.pth@snv.quangngai.gov.vn");
        LocalDate issued = LocalDate.of(2031, 3, 10);
        clock.set(issued);
        plans.issue("51", issued, "Ủy ban nhân dân", "Sở Nội vụ", 2031, "31", null,
                List.of(TestPlans.Task.of("Truyền thông giảm thiểu mất cân bằng giới tính khi sinh", "Sở Y tế")),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, DUE, "Sở Nội vụ", Reporters.ASSIGNED_AGENCIES)));

        // Nothing before the window.
        job.runFor(DUE.minusDays(10));
        assertThat(mail.getReceivedMessages()).isEmpty();

        // Seven days before: the scheduled run (under its lock), then a second run the same day.
        clock.set(DUE.minusDays(7));
        job.run();
        job.runFor(DUE.minusDays(7));
        MimeMessage week = only(mail.getReceivedMessages());
        assertThat(week.getAllRecipients()[0].toString()).isEqualTo("tam.lm@syt.quangngai.gov.vn");
        assertThat(week.getFrom()[0].toString()).isEqualTo("khbdg@quangngai.gov.vn");
        assertThat(week.getSubject()).isEqualTo("[Nhắc hạn] Báo cáo 6 tháng đầu năm 2031 của Sở Y tế tỉnh Quảng Ngãi: còn 7 ngày");
        assertThat(text(week)).contains("Kính gửi Lê Minh Tâm,", "phải gửi Sở Nội vụ tỉnh Quảng Ngãi trước ngày 20/07/2031",
                "https://khbdg.quangngai.gov.vn/reports/");

        // The day before, twice.
        job.runFor(DUE.minusDays(1));
        job.runFor(DUE.minusDays(1));
        assertThat(mail.getReceivedMessages()).hasSize(2);
        assertThat(mail.getReceivedMessages()[1].getSubject()).endsWith(": hạn gửi là ngày mai");

        // Overdue, twice: the writer is told, and the receiving agency hears which reports are missing.
        job.runFor(DUE.plusDays(1));
        job.runFor(DUE.plusDays(2));
        MimeMessage[] all = mail.getReceivedMessages();
        assertThat(all).hasSize(4);
        List<String> subjects = Arrays.stream(all).map(ReminderMailTests::subject).toList();
        assertThat(subjects).containsExactly(
                "[Nhắc hạn] Báo cáo 6 tháng đầu năm 2031 của Sở Y tế tỉnh Quảng Ngãi: còn 7 ngày",
                "[Nhắc hạn] Báo cáo 6 tháng đầu năm 2031 của Sở Y tế tỉnh Quảng Ngãi: hạn gửi là ngày mai",
                "[Quá hạn] Báo cáo 6 tháng đầu năm 2031 của Sở Y tế tỉnh Quảng Ngãi chưa được gửi",
                "[Quá hạn] 1 báo cáo theo Kế hoạch số 31/KH-UBND chưa nhận được");
        MimeMessage digest = all[3];
        assertThat(digest.getAllRecipients()[0].toString()).isEqualTo("nhung.pth@snv.quangngai.gov.vn");
        assertThat(text(digest)).contains("- Sở Y tế tỉnh Quảng Ngãi (Báo cáo 6 tháng đầu năm 2031, 20/07/2031)");

        // The same reminders are in the application, once each.
        assertThat(notifications("qn.syt")).containsExactly("notification.reminder.DUE_7",
                "notification.reminder.DUE_1", "notification.reminder.OVERDUE");
        assertThat(notifications("qn.snv")).containsExactly("notification.reminder.OVERDUE_BELOW");
    }

    private void email(String username, String address) {
        jdbc.update("update app_user set email = :email where username = :username",
                new MapSqlParameterSource("email", address).addValue("username", username));
    }

    private List<String> notifications(String username) {
        return jdbc.queryForList("""
                select n.message_key from notification n join app_user u on u.id = n.user_id
                where u.username = :username and n.message_key like 'notification.reminder.%' order by n.id""",
                new MapSqlParameterSource("username", username), String.class);
    }

    private static MimeMessage only(MimeMessage[] messages) {
        assertThat(messages).hasSize(1);
        return messages[0];
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
