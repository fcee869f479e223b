package vn.kehoach.reporting.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.kehoach.account.Accounts;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.BusinessRuleException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.kehoach.reporting.domain.ReportSupport.checkVersion;
import static vn.kehoach.reporting.domain.ReportSupport.link;
import static vn.kehoach.reporting.domain.ReportSupport.required;
import static vn.kehoach.reporting.domain.ReportSupport.shortText;
import static vn.kehoach.reporting.domain.ReportSupport.text;

/**
 * Writing a report and sending it: saved as written, then sent to the receiving agency by an agency, or through the
 * unit leader's approval for a unit. Sending checks the report is complete, keeps the round sent and tells the
 * reviewers.
 */
@Service
@Transactional
public class ReportWriting {

    private final ReportRepository reports;
    private final ReportQueries queries;
    private final ReportLog reportLog;
    private final AttachmentStore attachments;
    private final Notifications notifications;
    private final Accounts accounts;
    private final Agencies agencies;
    private final JsonMapper json;
    private final Clock clock;
    private final ReportSupport support;

    ReportWriting(ReportRepository reports, ReportQueries queries, ReportLog reportLog, AttachmentStore attachments,
                  Notifications notifications, Accounts accounts, Agencies agencies, JsonMapper json, Clock clock,
                  ReportSupport support) {
        this.reports = reports;
        this.queries = queries;
        this.reportLog = reportLog;
        this.attachments = attachments;
        this.notifications = notifications;
        this.accounts = accounts;
        this.agencies = agencies;
        this.json = json;
        this.clock = clock;
        this.support = support;
    }

    /** Saves the draft as written; nothing is checked for completeness here. Returns the report's new version. */
    public long save(CurrentUser user, long id, long version, ReportContent content) {
        return save(user, id, version, content, null);
    }

    /**
     * {@link #save(CurrentUser, long, long, ReportContent)} with the view of the report the page was just loaded with
     * (the user's right to read it checked), used if it is of the version saved: in this transaction, which writes,
     * the plan would be laid out afresh.
     */
    public long save(CurrentUser user, long id, long version, ReportContent content, ReportView shown) {
        boolean seen = shown != null && shown.id() == id;
        Report report = seen ? support.editable(user, shown, version) : support.editable(user, id, version);
        ReportView view = seen && shown.version() == report.getVersion() ? shown : queries.toView(report);
        ReportStatus before = report.getStatus();
        report.saveContent(clean(content, view), user.username(), clock.instant());
        if (before == ReportStatus.NOT_STARTED) {
            reportLog.event(report, ReportLog.Action.START, before, user, clock.instant(), null);
        }
        reports.flush();
        return report.getVersion();
    }

    /**
     * A denominator is positive, a share's numerator is not above its denominator, a percentage lies within 0-100;
     * a ratio (boys per 100 girls) may exceed its denominator. Form binding checks that figures are numbers.
     */
    static void checkFigure(TargetValueContent t, StrategyTarget target) {
        String code = t.targetCode();
        if (t.denominator() != null && t.denominator().signum() <= 0) {
            throw new BusinessRuleException("report.target.denominatorNotPositive", code);
        }
        if ((t.numerator() == null) != (t.denominator() == null)) {
            throw new BusinessRuleException("report.target.partsTogether", code);
        }
        for (BigDecimal n : Arrays.asList(t.value(), t.numerator(), t.valueMale(), t.valueFemale())) {
            if (n != null && n.signum() < 0) throw new BusinessRuleException("report.target.negative", code);
        }
        boolean rate = target == null || target.measure() == StrategyTarget.Measure.RATE;
        if (rate && t.numerator() != null && t.denominator() != null && t.numerator().compareTo(t.denominator()) > 0) {
            throw new BusinessRuleException("report.target.numeratorAboveDenominator", code);
        }
        boolean percent = target != null && target.measure() == StrategyTarget.Measure.RATE;
        if (percent && t.value() != null && t.value().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BusinessRuleException("report.target.percentRange", code);
        }
    }

    /** Keeps entries for the report's own tasks and targets only, with text trimmed to bounds. */
    static ReportContent clean(ReportContent content, ReportView view) {
        Map<Long, ReportView.TaskPart> tasks = new HashMap<>();
        view.tasks().forEach(t -> tasks.put(t.sectionId(), t));
        Map<Long, EntryContent> others = new HashMap<>();
        view.otherEntries().forEach(e -> others.put(e.sectionId(), e));
        Map<String, ReportView.TargetPart> codes = new HashMap<>();
        view.targets().forEach(t -> codes.put(t.code(), t));
        List<EntryContent> entries = new ArrayList<>();
        for (EntryContent e : content.entries()) {
            ReportView.TaskPart task = tasks.get(e.sectionId());
            if (task != null) {
                entries.add(new EntryContent(task.sectionId(), task.implementsSectionId(), task.path(), task.title(),
                        e.state(), text(e.narrative()), e.figures()));
            } else if (others.containsKey(e.sectionId())) {
                EntryContent kept = others.get(e.sectionId());
                entries.add(new EntryContent(kept.sectionId(), kept.implementsSectionId(), kept.taskPath(),
                        kept.taskTitle(), e.state(), text(e.narrative()), e.figures()));
            } else {
                throw new BusinessRuleException("report.entry.unknownTask");
            }
        }
        List<TargetValueContent> targets = new ArrayList<>();
        for (TargetValueContent t : content.targets()) {
            if (!codes.containsKey(t.targetCode())) throw new BusinessRuleException("report.target.unknown");
            checkFigure(t, codes.get(t.targetCode()).target());
            targets.add(new TargetValueContent(t.targetCode(), t.value(), t.numerator(), t.denominator(),
                    t.valueMale(), t.valueFemale(), text(t.source()), text(t.note())));
        }
        return new ReportContent(entries, targets, text(content.results()), text(content.shortcomings()),
                text(content.causes()), text(content.directions()), text(content.proposals()));
    }

    /** An agency sends its report to the receiving agency. */
    public void submit(CurrentUser user, long id, long version, String number) {
        Report report = support.load(user, id);
        if (!ReportAccess.canSubmit(user, report)) throw new AccessDeniedException("cannot send this report");
        checkVersion(report, version);
        ReportView view = complete(report);
        ReportStatus from = report.submit(shortText(number), null, null, null, user.username(), clock.instant());
        sent(report, view, from, user);
    }

    /** A unit's drafter asks the unit leader to approve and send the report. */
    public void requestApproval(CurrentUser user, long id, long version) {
        Report report = support.load(user, id);
        if (!ReportAccess.canRequestApproval(user, report)) throw new AccessDeniedException("cannot ask approval");
        checkVersion(report, version);
        complete(report);
        ReportStatus from = report.requestApproval(user.username(), clock.instant());
        reportLog.event(report, ReportLog.Action.REQUEST_APPROVAL, from, user, clock.instant(), null);
        List<Long> unitAgencies = agencies.activeOf(report.getReporterUnitId(), queries.today()).stream()
                .map(AgencyRef::id).toList();
        notifications.send(accounts.contactsOf(unitAgencies, Set.of(Role.LEADER)), Notifications.Kind.APPROVAL,
                "notification.report.approval", support.labels(report), link(report), clock.instant());
    }

    /** The unit leader approves and sends the unit's report, signing it. */
    public void approve(CurrentUser user, long id, String number, String signerAuthority, String signerTitle,
                        String signerName) {
        Report report = support.load(user, id);
        if (!ReportAccess.canApprove(user, report)) throw new AccessDeniedException("not this unit's leader");
        String name = shortText(signerName);
        if (name == null) name = user.displayName();
        ReportView view = complete(report);
        ReportStatus from = report.submit(shortText(number), shortText(signerAuthority), shortText(signerTitle), name,
                user.username(), clock.instant());
        sent(report, view, from, user);
    }

    /** The unit leader does not approve: back to the drafter with the reason. */
    public void sendBack(CurrentUser user, long id, String reason) {
        Report report = support.load(user, id);
        if (!ReportAccess.canApprove(user, report)) throw new AccessDeniedException("not this unit's leader");
        String why = required(reason, "report.sendBack.reasonRequired");
        ReportStatus from = report.sendBack(user.username(), clock.instant());
        reportLog.event(report, ReportLog.Action.SEND_BACK, from, user, clock.instant(), why);
        support.notifyOwner(report, Notifications.Kind.SENT_BACK, "notification.report.sentBack");
    }

    private ReportView complete(Report report) {
        ReportView view = queries.toView(report);
        List<Completeness.Problem> problems = Completeness.check(view);
        if (!problems.isEmpty()) throw new IncompleteReportException(problems);
        return view;
    }

    private void sent(Report report, ReportView view, ReportStatus from, CurrentUser user) {
        Instant now = clock.instant();
        reportLog.event(report, ReportLog.Action.SUBMIT, from, user, now, null);
        List<String> names = attachments.list(report.getId()).stream().map(AttachmentStore.Attachment::fileName)
                .toList();
        reportLog.round(report, json.writeValueAsString(RoundSnapshot.of(view, names)), user, now);
        notifications.send(accounts.contactsOf(List.of(report.getReceiverAgencyId()), Set.of(Role.REVIEWER)),
                Notifications.Kind.SUBMITTED, "notification.report.submitted", support.labels(report),
                "/reviews/" + report.getId(), now);
    }
}
