package vn.kehoach.reporting;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import vn.kehoach.plan.domain.PlanCreation;
import vn.kehoach.plan.domain.PlanWorkflow;
import vn.kehoach.reporting.reminder.ReminderJob;
import vn.kehoach.support.Logins;
import vn.kehoach.support.TestClock;
import vn.kehoach.support.TestClockConfiguration;
import vn.kehoach.support.TestPlans;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders reach a real SMTP server (GreenMail, started by the test): 7 days and 1 day before the due date and once
 * overdue, in Vietnamese, each once however often the job runs; so do the plan workflow's messages, after the change
 * has committed. Its own context, since the mail server is part of
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
    /** Messages are read per mailbox, each in the order received. */
    static final String WRITER = "tam.lm@syt.quangngai.gov.vn";

    @Autowired
    ReminderJob job;
    @Autowired
    TestPlans plans;
    @Autowired
    TestClock clock;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    PlanCreation planCreation;
    @Autowired
    PlanWorkflow planWorkflow;
    @Autowired
    Logins logins;

    @BeforeEach
    void emptyMailbox() throws Exception {
        mail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void tellsTheLeadersByEmailWhenAPlanIsSentForSignatureAndKeepsThePlanSentWhenMailFails() throws Exception {
        email("qn.lanhdao", "dung.dn@quangngai.gov.vn");
        long committee = jdbc.queryForObject("""
                select a.id from agency a join administrative_unit u on u.id = a.unit_id
                where u.code = '51' and u.valid_to is null and a.valid_to is null and a.name like 'Ủy ban nhân dân%'""",
                new MapSqlParameterSource(), Long.class);
        long id = planCreation.create(logins.currentUser("qn.snv"), 2034, committee,
                "Thử nghiệm gửi thư trình ký năm 2034");
        planWorkflow.submit(logins.currentUser("qn.snv"), id, version(id));

        MimeMessage sent = only(mail.getReceivedMessages());
        assertThat(sent.getAllRecipients()[0].toString()).isEqualTo("dung.dn@quangngai.gov.vn");
        assertThat(sent.getFrom()[0].toString()).isEqualTo("khbdg@quangngai.gov.vn");
        assertThat(sent.getSubject()).isEqualTo("[Trình ký] Kế hoạch Thử nghiệm gửi thư trình ký năm 2034");
        assertThat(text(sent)).contains("Kính gửi Đặng Ngọc Dũng,", "Sở Nội vụ tỉnh Quảng Ngãi đã trình Kế hoạch"
                + " “Thử nghiệm gửi thư trình ký năm 2034”", "https://khbdg.quangngai.gov.vn/plans/" + id);

        // An address the mail server cannot take: the plan is sent all the same, and the leader told in the application.
        email("qn.lanhdao", "khong-hop-le@@quangngai");
        mail.purgeEmailFromAllMailboxes();
        long second = planCreation.create(logins.currentUser("qn.snv"), 2034, committee, "Thử nghiệm thư lỗi năm 2034");
        planWorkflow.submit(logins.currentUser("qn.snv"), second, version(second));
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(
                jdbc.queryForObject("select status from plan where id = :id", new MapSqlParameterSource("id", second),
                        String.class))
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.username = 'qn.lanhdao' and n.link = :link""",
                new MapSqlParameterSource("link", "/plans/" + second), Long.class)).isEqualTo(1);
        email("qn.lanhdao", null);
    }

    private long version(long planId) {
        return jdbc.queryForObject("select version from plan where id = :id", new MapSqlParameterSource("id", planId),
                Long.class);
    }

    @Test
    void sendsTheSevenDayOneDayAndOverdueRemindersOnceEach() throws Exception {
        email("qn.syt", WRITER);
        email("qn.snv", "nhung.pth@snv.quangngai.gov.vn");
        LocalDate issued = LocalDate.of(2031, 3, 10);
        clock.set(issued);
        plans.issue("51", issued, "Ủy ban nhân dân", "Sở Nội vụ", 2031, "31", null,
                List.of(TestPlans.Task.of("Truyền thông giảm thiểu mất cân bằng giới tính khi sinh", "Sở Y tế")),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, DUE, "Sở Nội vụ",
                        Reporters.ASSIGNED_AGENCIES)));
        // Issuing tells the plan's drafters; then only reminders.
        assertThat(only(mail.getReceivedMessages()).getSubject()).isEqualTo("[Ban hành] Kế hoạch số 31/KH-UBND");
        mail.purgeEmailFromAllMailboxes();

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
        assertThat(week.getSubject())
                .isEqualTo("[Nhắc hạn] Báo cáo 6 tháng đầu năm 2031 của Sở Y tế tỉnh Quảng Ngãi: còn 7 ngày");
        assertThat(text(week)).contains("Kính gửi Lê Minh Tâm,",
                "phải gửi Sở Nội vụ tỉnh Quảng Ngãi trước ngày 20/07/2031",
                "https://khbdg.quangngai.gov.vn/reports/");

        // The day before, twice.
        job.runFor(DUE.minusDays(1));
        job.runFor(DUE.minusDays(1));
        assertThat(mail.getReceivedMessages()).hasSize(2);
        assertThat(mail.getReceivedMessagesForDomain(WRITER)[1].getSubject()).endsWith(": hạn gửi là ngày mai");

        // Overdue, twice: the writer is told, and the receiving agency hears which reports are missing.
        job.runFor(DUE.plusDays(1));
        job.runFor(DUE.plusDays(2));
        assertThat(mail.getReceivedMessages()).hasSize(4);
        List<String> subjects = Arrays.stream(mail.getReceivedMessagesForDomain(WRITER))
                .map(ReminderMailTests::subject).toList();
        assertThat(subjects).containsExactly(
                "[Nhắc hạn] Báo cáo 6 tháng đầu năm 2031 của Sở Y tế tỉnh Quảng Ngãi: còn 7 ngày",
                "[Nhắc hạn] Báo cáo 6 tháng đầu năm 2031 của Sở Y tế tỉnh Quảng Ngãi: hạn gửi là ngày mai",
                "[Quá hạn] Báo cáo 6 tháng đầu năm 2031 của Sở Y tế tỉnh Quảng Ngãi chưa được gửi");
        MimeMessage digest = only(mail.getReceivedMessagesForDomain("nhung.pth@snv.quangngai.gov.vn"));
        assertThat(digest.getSubject()).isEqualTo("[Quá hạn] 1 báo cáo theo Kế hoạch số 31/KH-UBND chưa nhận được");
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
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
