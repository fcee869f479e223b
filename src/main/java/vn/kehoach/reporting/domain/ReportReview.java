package vn.kehoach.reporting.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.reporting.ReportAccepted;
import vn.kehoach.reporting.ReportReopened;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.shared.security.CurrentUser;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.kehoach.reporting.domain.ReportSupport.required;
import static vn.kehoach.reporting.domain.ReportSupport.text;

/**
 * The receiving agency's review of a report sent to it: accepted (its figures then count), returned for revision with
 * comments on the parts to fix, or reopened after acceptance. The sender is told each time.
 */
@Service
@Transactional
public class ReportReview {

    private final ReportLog reportLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReportSupport support;

    ReportReview(ReportLog reportLog, ApplicationEventPublisher events, Clock clock, ReportSupport support) {
        this.reportLog = reportLog;
        this.events = events;
        this.clock = clock;
        this.support = support;
    }

    public void accept(CurrentUser user, long id) {
        Report report = support.load(user, id);
        if (!ReportAccess.canReview(user, report)) throw new AccessDeniedException("not a reviewer of this report");
        ReportStatus from = report.accept(user.username(), clock.instant());
        reportLog.event(report, ReportLog.Action.ACCEPT, from, user, clock.instant(), null);
        support.notifyOwner(report, Notifications.Kind.ACCEPTED, "notification.report.accepted");
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
        Report report = support.load(user, id);
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
        support.notifyOwner(report, Notifications.Kind.RETURNED, "notification.report.returned");
    }

    /** The reviewer reopens an accepted report, saying why; it must be sent again. */
    public void unlock(CurrentUser user, long id, String reason) {
        Report report = support.load(user, id);
        if (!ReportAccess.canUnlock(user, report)) throw new AccessDeniedException("not a reviewer of this report");
        String why = required(reason, "report.unlock.reasonRequired");
        ReportStatus from = report.unlock(user.username(), clock.instant());
        reportLog.event(report, ReportLog.Action.UNLOCK, from, user, clock.instant(), why);
        support.notifyOwner(report, Notifications.Kind.UNLOCKED, "notification.report.unlocked");
        events.publishEvent(new ReportReopened(report.getId()));
    }
}
