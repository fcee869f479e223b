package vn.kehoach.reporting.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.kehoach.account.Accounts;
import vn.kehoach.plan.PlanSummary;
import vn.kehoach.plan.Plans;
import vn.kehoach.reporting.NoticeArg;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * What the report use cases share: finding a report the user may read or change, the bounds on text, telling the
 * report's owner of a step. Called only from their transactional entry points.
 */
@Component
class ReportSupport {

    /** Longest text kept in one field: a long narrative, far beyond what a report needs, bounded for the database. */
    static final int MAX_TEXT = 20_000;

    private final ReportQueries queries;
    private final ReportRepository reports;
    private final Notifications notifications;
    private final Accounts accounts;
    private final Plans plans;
    private final Clock clock;

    ReportSupport(ReportQueries queries, ReportRepository reports, Notifications notifications, Accounts accounts,
                  Plans plans, Clock clock) {
        this.queries = queries;
        this.reports = reports;
        this.notifications = notifications;
        this.accounts = accounts;
        this.plans = plans;
        this.clock = clock;
    }

    static String text(String s) {
        if (s == null) return null;
        String stripped = s.strip().replace("\r\n", "\n");
        if (stripped.isEmpty()) return null;
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    /**
     * The report if the user may read it, else 404 whatever they meant to do: a refusal of the action (403, 409)
     * would tell them that another unit's report exists and in which state.
     */
    Report load(CurrentUser user, long id) {
        return queries.visible(user, id);
    }

    Report editable(CurrentUser user, long id, long version) {
        Report report = writable(user, load(user, id));
        checkVersion(report, version);
        return report;
    }

    /**
     * {@link #editable} for a report this request has already found the user may read ({@code shown}, the page the
     * form came from): read by id alone, without looking its unit up again, and refused the same way.
     */
    Report editable(CurrentUser user, ReportView shown, long version) {
        Report report = reports.findById(shown.id()).orElseThrow(() -> new NotFoundException("report", shown.id()));
        writable(user, report);
        checkVersion(report, version);
        return report;
    }

    Report writable(CurrentUser user, Report report) {
        if (!ReportAccess.canEdit(user, report)) {
            // Someone who may read it learns that it cannot be changed now; anyone else learns nothing.
            queries.visible(user, report.getId());
            if (!report.getStatus().isEditable()) throw new BusinessRuleException("report.notEditable");
            throw new AccessDeniedException("cannot change this report");
        }
        return report;
    }

    static void checkVersion(Report report, long version) {
        if (report.getVersion() != version) {
            throw new ReportConflictException(report.getId(), report.getVersion(), report.getUpdatedBy());
        }
    }

    /** A one-line field (a number, the signer): trimmed and bounded. */
    static String shortText(String s) {
        if (s == null || s.isBlank()) return null;
        String stripped = s.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
    }

    static String required(String reason, String key) {
        String why = text(reason);
        if (why == null) throw BusinessRuleException.onField("reason", key);
        return why;
    }

    void notifyOwner(Report report, Notifications.Kind kind, String key) {
        notifications.send(accounts.contactsOf(List.of(report.getOwnerAgencyId()), Set.of(Role.DRAFTER, Role.REPORTER)),
                kind, key, labels(report), link(report), clock.instant());
    }

    /**
     * The words a notification about this report needs: its title (as a message key with the year, resolved in the
     * reader's language) and the plan's reference.
     */
    List<NoticeArg> labels(Report report) {
        var summary = plans.summaries(List.of(report.getPlanId())).stream().findFirst();
        return List.of(title(report), NoticeArg.text(summary.map(PlanSummary::reference).orElse("")));
    }

    /** The report's title with its year, rendered when the notification is read. */
    static NoticeArg title(Report report) {
        return NoticeArg.message("report.title." + report.getKind().name(), (long) report.getYear());
    }

    static String link(Report report) {
        return "/reports/" + report.getId();
    }
}
