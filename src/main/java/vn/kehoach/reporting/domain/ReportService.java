package vn.kehoach.reporting.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.kehoach.account.Accounts;
import vn.kehoach.plan.Plans;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.ReportAccepted;
import vn.kehoach.reporting.ReportReopened;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReporterKind;
import vn.kehoach.reporting.ReportingProperties;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every change to a report: writing it, sending it (through the unit leader's approval for a unit), review by the
 * receiving agency, consolidation from the reports below, attachments. Each command checks the user's right, the
 * report's status and the version the user started from, and records the step.
 */
@Service
@Transactional
public class ReportService {

    /** Longest text kept in one field: a long narrative, far beyond what a report needs, bounded for the database. */
    static final int MAX_TEXT = 20_000;

    private final ReportRepository reports;
    private final ReportQueries queries;
    private final ReportLog reportLog;
    private final AttachmentStore attachments;
    private final Notifications notifications;
    private final Accounts accounts;
    private final Agencies agencies;
    private final Plans plans;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final ReportingProperties properties;
    private final Clock clock;

    ReportService(ReportRepository reports, ReportQueries queries, ReportLog reportLog, AttachmentStore attachments,
                  Notifications notifications, Accounts accounts, Agencies agencies, Plans plans,
                  ApplicationEventPublisher events, JsonMapper json, ReportingProperties properties, Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.reportLog = reportLog;
        this.attachments = attachments;
        this.notifications = notifications;
        this.accounts = accounts;
        this.agencies = agencies;
        this.plans = plans;
        this.events = events;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    // --- writing ---------------------------------------------------------------------------------------------------

    /** Saves the draft as written; nothing is checked for completeness here. Returns the report's new version. */
    public long save(CurrentUser user, long id, long version, ReportContent content) {
        Report report = editable(user, id, version);
        ReportView view = queries.toView(report);
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
    static void checkFigure(TargetValueContent t, vn.kehoach.plan.StrategyTarget target) {
        String code = t.targetCode();
        if (t.denominator() != null && t.denominator().signum() <= 0) {
            throw new BusinessRuleException("report.target.denominatorNotPositive", code);
        }
        if ((t.numerator() == null) != (t.denominator() == null)) {
            throw new BusinessRuleException("report.target.partsTogether", code);
        }
        for (java.math.BigDecimal n : java.util.Arrays.asList(t.value(), t.numerator(), t.valueMale(), t.valueFemale())) {
            if (n != null && n.signum() < 0) throw new BusinessRuleException("report.target.negative", code);
        }
        boolean rate = target == null || target.measure() == vn.kehoach.plan.StrategyTarget.Measure.RATE;
        if (rate && t.numerator() != null && t.denominator() != null && t.numerator().compareTo(t.denominator()) > 0) {
            throw new BusinessRuleException("report.target.numeratorAboveDenominator", code);
        }
        boolean percent = target != null && target.measure() == vn.kehoach.plan.StrategyTarget.Measure.RATE;
        if (percent && t.value() != null && t.value().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            throw new BusinessRuleException("report.target.percentRange", code);
        }
    }

    /** Keeps entries for the report's own tasks and targets only, with text trimmed to bounds. */
    private static ReportContent clean(ReportContent content, ReportView view) {
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

    static String text(String s) {
        if (s == null) return null;
        String stripped = s.strip().replace("\r\n", "\n");
        if (stripped.isEmpty()) return null;
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    // --- sending ---------------------------------------------------------------------------------------------------

    /** An agency sends its report to the receiving agency. */
    public void submit(CurrentUser user, long id, long version, String number) {
        Report report = load(user, id);
        if (!ReportAccess.canSubmit(user, report)) throw new AccessDeniedException("cannot send this report");
        checkVersion(report, version);
        ReportView view = complete(report);
        ReportStatus from = report.submit(clean(number), null, null, null, user.username(), clock.instant());
        sent(report, view, from, user);
    }

    /** A unit's drafter asks the unit leader to approve and send the report. */
    public void requestApproval(CurrentUser user, long id, long version) {
        Report report = load(user, id);
        if (!ReportAccess.canRequestApproval(user, report)) throw new AccessDeniedException("cannot ask approval");
        checkVersion(report, version);
        complete(report);
        ReportStatus from = report.requestApproval(user.username(), clock.instant());
        reportLog.event(report, ReportLog.Action.REQUEST_APPROVAL, from, user, clock.instant(), null);
        List<Long> unitAgencies = agencies.activeOf(report.getReporterUnitId(), queries.today()).stream()
                .map(AgencyRef::id).toList();
        notifications.send(accounts.contactsOf(unitAgencies, Set.of(Role.LEADER)), Notifications.Kind.APPROVAL,
                "notification.report.approval", labels(report), link(report), clock.instant());
    }

    /** The unit leader approves and sends the unit's report, signing it. */
    public void approve(CurrentUser user, long id, String number, String signerAuthority, String signerTitle,
                        String signerName) {
        Report report = load(user, id);
        if (!ReportAccess.canApprove(user, report)) throw new AccessDeniedException("not this unit's leader");
        String name = clean(signerName);
        if (name == null) name = user.displayName();
        ReportView view = complete(report);
        ReportStatus from = report.submit(clean(number), clean(signerAuthority), clean(signerTitle), name,
                user.username(), clock.instant());
        sent(report, view, from, user);
    }

    /** The unit leader does not approve: back to the drafter with the reason. */
    public void sendBack(CurrentUser user, long id, String reason) {
        Report report = load(user, id);
        if (!ReportAccess.canApprove(user, report)) throw new AccessDeniedException("not this unit's leader");
        String why = required(reason, "report.sendBack.reasonRequired");
        ReportStatus from = report.sendBack(user.username(), clock.instant());
        reportLog.event(report, ReportLog.Action.SEND_BACK, from, user, clock.instant(), why);
        notifyOwner(report, Notifications.Kind.SENT_BACK, "notification.report.sentBack");
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
                Notifications.Kind.SUBMITTED, "notification.report.submitted", labels(report), "/reviews/" + report.getId(),
                now);
    }

    // --- review ----------------------------------------------------------------------------------------------------

    public void accept(CurrentUser user, long id) {
        Report report = load(user, id);
        if (!ReportAccess.canReview(user, report)) throw new AccessDeniedException("not a reviewer of this report");
        ReportStatus from = report.accept(user.username(), clock.instant());
        reportLog.event(report, ReportLog.Action.ACCEPT, from, user, clock.instant(), null);
        notifyOwner(report, Notifications.Kind.ACCEPTED, "notification.report.accepted");
        List<ReportAccepted.TargetFigure> figures = report.getTargets().stream().map(TargetValue::content)
                .filter(TargetValueContent::hasFigure)
                .map(v -> new ReportAccepted.TargetFigure(v.targetCode(), v.value(), v.numerator(), v.denominator(),
                        v.valueMale(), v.valueFemale(), v.source(), v.note()))
                .toList();
        events.publishEvent(new ReportAccepted(report.getId(), report.getPlanId(), report.getKind(), report.getYear(),
                report.getReporterKind(), report.getReporterUnitId(), report.getAcceptedAt(), figures));
    }

    /**
     * Returns the report for revision with a reason, and comments on the parts to fix ("entry:12", "results", ...);
     * the sender sees them beside those parts.
     */
    public void returnForRevision(CurrentUser user, long id, String reason, Map<String, String> comments) {
        Report report = load(user, id);
        if (!ReportAccess.canReview(user, report)) throw new AccessDeniedException("not a reviewer of this report");
        String why = required(reason, "report.return.reasonRequired");
        Map<String, String> kept = new LinkedHashMap<>();
        comments.forEach((part, text) -> {
            String clean = text(text);
            if (clean != null && part != null && part.matches("[a-z]+(:[0-9A-Za-z.]+)?")) kept.put(part, clean);
        });
        ReportStatus from = report.returnForRevision(user.username(), clock.instant());
        reportLog.event(report, ReportLog.Action.RETURN, from, user, clock.instant(), why);
        reportLog.comments(report, kept, user, clock.instant());
        notifyOwner(report, Notifications.Kind.RETURNED, "notification.report.returned");
    }

    /** The reviewer reopens an accepted report, saying why; it must be sent again. */
    public void unlock(CurrentUser user, long id, String reason) {
        Report report = load(user, id);
        if (!ReportAccess.canUnlock(user, report)) throw new AccessDeniedException("not a reviewer of this report");
        String why = required(reason, "report.unlock.reasonRequired");
        ReportStatus from = report.unlock(user.username(), clock.instant());
        reportLog.event(report, ReportLog.Action.UNLOCK, from, user, clock.instant(), why);
        notifyOwner(report, Notifications.Kind.UNLOCKED, "notification.report.unlocked");
        events.publishEvent(new ReportReopened(report.getId()));
    }

    // --- consolidation ---------------------------------------------------------------------------------------------

    /** The outcome of drafting from the reports below: how many were used. */
    public record Consolidated(int sources) {
    }

    /**
     * Drafts a unit's report from the accepted reports on its own plan (its agencies' and its units'), keeping the
     * list of sources. Run again, it takes the latest accepted reports.
     */
    public Consolidated consolidate(CurrentUser user, long id, long version) {
        Report report = editable(user, id, version);
        ReportView view = queries.toView(report);
        if (!view.answersOwnPlan()) throw new BusinessRuleException("report.consolidate.noOwnPlan");
        List<Report> accepted = sourcesOf(report);
        Map<Long, String> names = reporterNames(accepted);
        List<Consolidation.Source> sources = accepted.stream()
                .map(r -> new Consolidation.Source(r.getId(), names.get(r.getId()), r.content())).toList();
        ReportContent drafted = Consolidation.draft(view, sources);
        report.consolidated(clean(drafted, view), user.username(), clock.instant());
        reportLog.replaceSources(report.getId(), accepted.stream().map(Report::getId).toList());
        reportLog.event(report, ReportLog.Action.CONSOLIDATE, report.getStatus(), user, clock.instant(),
                sources.size() + " báo cáo");
        return new Consolidated(sources.size());
    }

    /** Accepted reports of the same kind and period on the report's own plan, agencies first, then units. */
    private List<Report> sourcesOf(Report report) {
        Set<Long> chain = plans.revisionChain(report.getSubjectPlanId());
        return reports.findByPlanIdInAndKindAndYearAndStatus(chain, report.getKind(), report.getYear(),
                        ReportStatus.ACCEPTED).stream()
                .filter(r -> !r.getId().equals(report.getId()))
                .filter(r -> report.getKind() == ReportKind.SIX_MONTH || report.getKind() == ReportKind.ANNUAL
                        || java.util.Objects.equals(r.getPeriodTo(), report.getPeriodTo()))
                .sorted(java.util.Comparator.comparing((Report r) -> r.getReporterKind() == ReporterKind.UNIT)
                        .thenComparing(Report::getId))
                .toList();
    }

    private Map<Long, String> reporterNames(List<Report> list) {
        Set<Long> agencyIds = new java.util.HashSet<>();
        Set<Long> unitIds = new java.util.HashSet<>();
        list.forEach(r -> {
            if (r.getReporterAgencyId() != null) agencyIds.add(r.getReporterAgencyId());
            else unitIds.add(r.getReporterUnitId());
        });
        Map<Long, String> agencyNames = new HashMap<>();
        agencies.findAll(agencyIds).forEach(a -> agencyNames.put(a.id(), a.name()));
        Map<Long, String> unitNames = new HashMap<>();
        queries.unitNames(unitIds).forEach(unitNames::put);
        Map<Long, String> out = new HashMap<>();
        list.forEach(r -> out.put(r.getId(), r.getReporterAgencyId() != null ? agencyNames.get(r.getReporterAgencyId())
                : unitNames.get(r.getReporterUnitId())));
        return out;
    }

    // --- attachments -----------------------------------------------------------------------------------------------

    /**
     * Stores a file with the report. Files are not part of the text that the version guards: a file added while a
     * colleague writes conflicts with nobody, and the page's script can send files before the text. The report's row
     * is locked meanwhile, so that two uploads at once cannot pass the limit on the number of files together.
     */
    public void attach(CurrentUser user, long id, String fileName, byte[] data) {
        writable(user, reports.findWithLockById(id).orElseThrow(() -> new NotFoundException("report", id)));
        if (data.length == 0) throw new BusinessRuleException("report.attachment.empty");
        if (data.length > properties.attachmentMaxBytes()) {
            throw new BusinessRuleException("report.attachment.tooLarge", properties.attachmentMaxBytes() / (1024 * 1024));
        }
        if (attachments.count(id) >= properties.attachmentMaxCount()) {
            throw new BusinessRuleException("report.attachment.tooMany", properties.attachmentMaxCount());
        }
        FileSniffer.Kind kind;
        try {
            kind = FileSniffer.sniff(data).orElseThrow(() -> new BusinessRuleException("report.attachment.unsupported"));
        } catch (vn.kehoach.shared.files.ZipGuard.Refused e) {
            throw new BusinessRuleException("report.attachment.unsafe", vn.kehoach.shared.files.ZipGuard.MAX_INFLATED
                    / (1024 * 1024));
        }
        attachments.add(id, safeName(fileName, kind), kind.contentType(), data, sha256(data), user.displayName(),
                clock.instant());
    }

    public void detach(CurrentUser user, long id, long attachmentId) {
        writable(user, load(user, id));
        if (!attachments.delete(id, attachmentId)) throw new NotFoundException("attachment", attachmentId);
    }

    /** 404 unless the file is one of the report's and the user may read the report: checked before anything is saved. */
    @Transactional(readOnly = true)
    public void requireAttachment(CurrentUser user, long id, long attachmentId) {
        load(user, id);
        if (attachments.list(id).stream().noneMatch(a -> a.id() == attachmentId)) {
            throw new NotFoundException("attachment", attachmentId);
        }
    }

    /** The files of a report the user may read. */
    @Transactional(readOnly = true)
    public List<AttachmentStore.Attachment> attachments(CurrentUser user, long id) {
        queries.visible(user, id);
        return attachments.list(id);
    }

    @Transactional(readOnly = true)
    public AttachmentStore.Download download(CurrentUser user, long id, long attachmentId) {
        queries.visible(user, id);
        return attachments.get(id, attachmentId).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    /**
     * The name without any path, control or quoting characters, ending with the extension of the type its content
     * has: what the browser saves is what the file is.
     */
    static String safeName(String original, FileSniffer.Kind kind) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) base = "tai-lieu";
        if (base.length() > 150) base = base.substring(0, 150);
        return base + "." + kind.extension();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /**
     * The report if the user may read it, else 404 whatever they meant to do: a refusal of the action (403, 409)
     * would tell them that another unit's report exists and in which state.
     */
    private Report load(CurrentUser user, long id) {
        return queries.visible(user, id);
    }

    private Report editable(CurrentUser user, long id, long version) {
        Report report = writable(user, load(user, id));
        checkVersion(report, version);
        return report;
    }

    private Report writable(CurrentUser user, Report report) {
        if (!ReportAccess.canEdit(user, report)) {
            // Someone who may read it learns that it cannot be changed now; anyone else learns nothing.
            queries.visible(user, report.getId());
            if (!report.getStatus().isEditable()) throw new BusinessRuleException("report.notEditable");
            throw new AccessDeniedException("cannot change this report");
        }
        return report;
    }

    private static void checkVersion(Report report, long version) {
        if (report.getVersion() != version) {
            throw new ReportConflictException(report.getId(), report.getVersion(), report.getUpdatedBy());
        }
    }

    private static String clean(String s) {
        if (s == null || s.isBlank()) return null;
        String stripped = s.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
    }

    private static String required(String reason, String key) {
        String why = text(reason);
        if (why == null) throw BusinessRuleException.onField("reason", key);
        return why;
    }

    private void notifyOwner(Report report, Notifications.Kind kind, String key) {
        notifications.send(accounts.contactsOf(List.of(report.getOwnerAgencyId()), Set.of(Role.DRAFTER, Role.REPORTER)),
                kind, key, labels(report), link(report), clock.instant());
    }

    /**
     * The words a notification about this report needs: its title (as a message key with the year, resolved in the
     * reader's language) and the plan's reference.
     */
    private List<String> labels(Report report) {
        var summary = plans.summaries(List.of(report.getPlanId())).stream().findFirst();
        return List.of(titleKey(report), summary.map(vn.kehoach.plan.PlanSummary::reference).orElse(""));
    }

    /** "report.title.ANNUAL|2025": resolved with its year when the notification is read (see NoticeText). */
    static String titleKey(Report report) {
        return "report.title." + report.getKind().name() + "|" + report.getYear();
    }

    private static String link(Report report) {
        return "/reports/" + report.getId();
    }
}
