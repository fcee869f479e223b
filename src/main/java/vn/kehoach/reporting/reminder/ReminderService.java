package vn.kehoach.reporting.reminder;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.account.Accounts;
import vn.kehoach.reporting.NoticeArg;
import vn.kehoach.reporting.ReportingProperties;
import vn.kehoach.reporting.domain.Notifications;
import vn.kehoach.reporting.mail.Mailer.Mail;
import vn.kehoach.shared.security.Role;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the reports that need a reminder on a given day and records each reminder once (table {@code reminder_log},
 * keyed by report and kind): 7 days before the due date, the day before, and once overdue. The writers of the
 * report get an in-app notification and an e-mail; for overdue reports the reviewers of the receiving agency get one
 * digest per plan. Returns the e-mails to send after the transaction, so that a slow or failing mail server never
 * holds or rolls back the record.
 */
@Service
public class ReminderService {

    public enum Kind { DUE_7, DUE_1, OVERDUE }

    /** How long after the due date an overdue reminder still goes out: older gaps are for the dashboards. */
    static final int OVERDUE_WINDOW_DAYS = 30;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private record Due(long id, long planId, String kind, int year, String planRef, String reporterName,
                       long ownerAgencyId, long receiverAgencyId, String receiverName, LocalDate dueDate) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ReportingProperties properties;
    private final Clock clock;

    ReminderService(NamedParameterJdbcTemplate jdbc, Accounts accounts, Notifications notifications,
                    MessageSource messages, ReportingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public List<Mail> remind(LocalDate today) {
        List<Due> candidates = jdbc.query("""
                select r.id, r.plan_id, r.kind, r.year, coalesce(p.number, '') || '/' || p.symbol as plan_ref,
                       coalesce(ra.name, u.full_name) as reporter_name, r.owner_agency_id, r.receiver_agency_id,
                       rc.name as receiver_name, r.due_date
                from report r
                join plan p on p.id = r.plan_id
                join administrative_unit u on u.id = r.reporter_unit_id
                left join agency ra on ra.id = r.reporter_agency_id
                join agency rc on rc.id = r.receiver_agency_id
                where r.first_submitted_at is null
                  and r.status in ('NOT_STARTED', 'DRAFT', 'AWAITING_APPROVAL', 'RETURNED')
                  and r.due_date between :from and :to
                order by r.due_date, r.id""",
                new MapSqlParameterSource("from", today.minusDays(OVERDUE_WINDOW_DAYS)).addValue("to",
                        today.plusDays(7)),
                (rs, n) -> new Due(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("kind"), rs.getInt("year"),
                        rs.getString("plan_ref"), rs.getString("reporter_name"), rs.getLong("owner_agency_id"),
                        rs.getLong("receiver_agency_id"), rs.getString("receiver_name"),
                        rs.getObject("due_date", LocalDate.class)));
        Map<Kind, List<Due>> byKind = new LinkedHashMap<>();
        for (Due due : candidates) {
            long daysLeft = ChronoUnit.DAYS.between(today, due.dueDate());
            Kind kind = daysLeft < 0 ? Kind.OVERDUE : daysLeft <= 1 ? Kind.DUE_1 : Kind.DUE_7;
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(due);
        }
        List<Mail> mails = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            Set<Long> fresh = record(kind, list);
            List<Due> toSend = list.stream().filter(d -> fresh.contains(d.id())).toList();
            remindWriters(kind, toSend, mails);
            if (kind == Kind.OVERDUE) tellReceivers(toSend, today, mails);
        });
        return mails;
    }

    /** The reports not yet reminded of this kind, now recorded as reminded (in one statement). */
    private Set<Long> record(Kind kind, List<Due> list) {
        if (list.isEmpty()) return Set.of();
        Long[] ids = list.stream().map(Due::id).toArray(Long[]::new);
        return jdbc.query("""
                insert into reminder_log (report_id, kind, sent_at)
                select id, :kind, :at from unnest(cast(:ids as bigint[])) as id
                on conflict do nothing
                returning report_id""",
                new MapSqlParameterSource("kind", kind.name()).addValue("ids", ids)
                        .addValue("at", Timestamp.from(clock.instant())),
                (rs, n) -> rs.getLong(1)).stream().collect(Collectors.toSet());
    }

    private void remindWriters(Kind kind, List<Due> list, List<Mail> mails) {
        if (list.isEmpty()) return;
        Map<Long, List<Accounts.Contact>> byAgency = accounts.contactsOf(
                list.stream().map(Due::ownerAgencyId).collect(Collectors.toSet()), Set.of(Role.DRAFTER, Role.REPORTER))
                .stream().collect(Collectors.groupingBy(Accounts.Contact::agencyId));
        for (Due due : list) {
            List<Accounts.Contact> to = byAgency.getOrDefault(due.ownerAgencyId(), List.of());
            NoticeArg titleArg = NoticeArg.message("report.title." + due.kind(), (long) due.year());
            notifications.send(to, kind == Kind.OVERDUE ? Notifications.Kind.OVERDUE : Notifications.Kind.REMINDER,
                    "notification.reminder." + kind,
                    List.of(titleArg, NoticeArg.text(due.planRef()), NoticeArg.text(DAY.format(due.dueDate()))),
                    "/reports/" + due.id(), clock.instant());
            String title = msg("report.title." + due.kind(), (long) due.year());
            for (Accounts.Contact c : to) {
                if (c.email() == null || c.email().isBlank()) continue;
                mails.add(new Mail(c.email(), msg("reminder.mail.subject." + kind, title, due.reporterName()),
                        msg("reminder.mail.body." + kind, c.displayName(), title, due.reporterName(), due.planRef(),
                                due.receiverName(), DAY.format(due.dueDate()),
                                properties.baseUrl() + "/reports/" + due.id())));
            }
        }
    }

    /** The level above hears once per plan which reports owed to it are overdue. */
    private void tellReceivers(List<Due> overdue, LocalDate today, List<Mail> mails) {
        if (overdue.isEmpty()) return;
        Map<Long, List<Accounts.Contact>> reviewers = accounts.contactsOf(
                overdue.stream().map(Due::receiverAgencyId).collect(Collectors.toSet()), Set.of(Role.REVIEWER))
                .stream().collect(Collectors.groupingBy(Accounts.Contact::agencyId));
        Map<String, List<Due>> byReceiverAndPlan = overdue.stream().collect(Collectors.groupingBy(
                d -> d.receiverAgencyId() + "/" + d.planId(), LinkedHashMap::new, Collectors.toList()));
        for (List<Due> group : byReceiverAndPlan.values()) {
            Due first = group.get(0);
            List<Accounts.Contact> to = reviewers.getOrDefault(first.receiverAgencyId(), List.of());
            String link = "/reporting/status?plan=" + first.planId();
            notifications.send(to, Notifications.Kind.OVERDUE, "notification.reminder.OVERDUE_BELOW",
                    NoticeArg.texts(List.of(String.valueOf(group.size()), first.planRef())), link, clock.instant());
            String names = group.stream().map(d -> "- " + d.reporterName() + " ("
                    + msg("report.title." + d.kind(), (long) d.year()) + ", " + DAY.format(d.dueDate()) + ")")
                    .collect(Collectors.joining("\n"));
            for (Accounts.Contact c : to) {
                if (c.email() == null || c.email().isBlank()) continue;
                mails.add(new Mail(c.email(), msg("reminder.mail.subject.OVERDUE_BELOW", (long) group.size(),
                        first.planRef()),
                        msg("reminder.mail.body.OVERDUE_BELOW", c.displayName(), DAY.format(today),
                                (long) group.size(), first.planRef(), names, properties.baseUrl() + link)));
            }
        }
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
