package vn.kehoach.reporting.domain;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.kehoach.account.Accounts;
import vn.kehoach.plan.ParentPlanAmended;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.PlanIssued;
import vn.kehoach.plan.PlanReturned;
import vn.kehoach.plan.PlanSubmitted;
import vn.kehoach.plan.Plans;
import vn.kehoach.reporting.NoticeArg;
import vn.kehoach.reporting.ReportingProperties;
import vn.kehoach.reporting.mail.Mailer;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.shared.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells people what the plan workflow expects of them, in the application and by e-mail when SMTP is set: a plan sent
 * for signature reaches the leaders of its issuing agency; a returned or issued plan its drafters; an issued plan the
 * units below that must implement it (their focal agency's drafters, as for their reports); an amended plan the
 * drafters of every plan implementing it. The notifications are written in the transaction of the change; the
 * e-mails leave after it commits.
 */
@Component
class PlanNotices {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Plans plans;
    private final Agencies agencies;
    private final Accounts accounts;
    private final Notifications notifications;
    private final ObligationService obligations;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ReportingProperties properties;
    private final Clock clock;

    PlanNotices(Plans plans, Agencies agencies, Accounts accounts, Notifications notifications,
                ObligationService obligations, Mailer mailer, MessageSource messages, ReportingProperties properties,
                Clock clock) {
        this.plans = plans;
        this.agencies = agencies;
        this.accounts = accounts;
        this.notifications = notifications;
        this.obligations = obligations;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(PlanSubmitted event) {
        String drafting = agencies.find(event.draftingAgencyId()).map(AgencyRef::name).orElse("");
        String key = event.amendment() ? "notification.plan.submittedAmendment" : "notification.plan.submitted";
        tell(accounts.contactsOf(List.of(event.issuerAgencyId()), Set.of(Role.LEADER)),
                new Message(Notifications.Kind.PLAN_SUBMITTED, key, List.of(event.title(), drafting),
                        "/plans/" + event.planId(), "SUBMITTED", List.of(event.title()),
                        List.of(drafting, event.title())));
    }

    @EventListener
    void on(PlanReturned event) {
        tell(drafters(event.draftingAgencyId()), new Message(Notifications.Kind.PLAN_RETURNED,
                "notification.plan.returned", List.of(event.title(), event.reason()), "/plans/" + event.planId(),
                "RETURNED", List.of(event.title()), List.of(event.title(), event.reason())));
    }

    @EventListener
    void on(PlanIssued event) {
        PlanDetails plan = plans.detailsOf(event.planId());
        String reference = plan.number() + "/" + plan.symbol();
        String link = "/plans/" + plan.id();
        tell(drafters(plan.issuer().draftingAgencyId()), new Message(Notifications.Kind.PLAN_ISSUED,
                "notification.plan.issued", List.of(reference, plan.title()), link, "ISSUED", List.of(reference),
                List.of(reference, plan.title(), DAY.format(plan.issuedOn()))));

        List<Long> below = plans.unitsToImplement(plan.id());
        if (below.isEmpty()) return;
        LocalDate today = LocalDate.now(clock);
        Set<Long> owners = new LinkedHashSet<>();
        for (long unit : below) obligations.unitOwner(unit, today).map(AgencyRef::id).ifPresent(owners::add);
        String issuer = plan.issuer().agencyName();
        tell(accounts.contactsOf(owners, Set.of(Role.DRAFTER)), new Message(Notifications.Kind.PLAN_TO_IMPLEMENT,
                "notification.plan.toImplement", List.of(reference, issuer, plan.title()), link, "TO_IMPLEMENT",
                List.of(reference, issuer), List.of(issuer, reference, plan.title())));
    }

    @EventListener
    void on(ParentPlanAmended event) {
        tell(drafters(event.draftingAgencyId()), new Message(Notifications.Kind.PLAN_PARENT_AMENDED,
                "notification.plan.parentAmended", List.of(event.amendmentReference(), event.title()),
                "/plans/" + event.planId(), "PARENT_AMENDED", List.of(event.amendmentReference()),
                List.of(event.title(), event.amendmentReference())));
    }

    /**
     * What to tell: the notification's key and arguments, and the e-mail's subject and body
     * ({@code plan.mail.subject.<mail>}, {@code plan.mail.body.<mail>}: the reader's name first, the link last).
     */
    private record Message(Notifications.Kind kind, String key, List<String> args, String link, String mail,
                           List<Object> subjectArgs, List<Object> bodyArgs) {
    }

    private List<Accounts.Contact> drafters(long agencyId) {
        return accounts.contactsOf(List.of(agencyId), Set.of(Role.DRAFTER));
    }

    private void tell(Collection<Accounts.Contact> to, Message message) {
        if (to.isEmpty()) return;
        notifications.send(to, message.kind(), message.key(), NoticeArg.texts(message.args()), message.link(),
                clock.instant());
        if (!mailer.enabled()) return;
        List<Mailer.Mail> mails = new ArrayList<>();
        String subject = msg("plan.mail.subject." + message.mail(), message.subjectArgs());
        for (Accounts.Contact c : to) {
            if (c.email() == null || c.email().isBlank()) continue;
            List<Object> body = new ArrayList<>();
            body.add(c.displayName());
            body.addAll(message.bodyArgs());
            body.add(properties.baseUrl() + message.link());
            mails.add(new Mailer.Mail(c.email(), subject, msg("plan.mail.body." + message.mail(), body)));
        }
        mailer.sendAfterCommit(mails);
    }

    private String msg(String key, List<Object> args) {
        return messages.getMessage(key, args.toArray(), VIETNAMESE);
    }
}
