package vn.kehoach.reporting.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.account.Accounts;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.Plans;
import vn.kehoach.reporting.NoticeArg;
import vn.kehoach.reporting.ReportRow;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Coordination: an agency named "phối hợp" on a task writes what it did and sends it to the lead agency's open
 * report on that task; the lead reads the contributions beside its own form and takes them over.
 */
@Service
@Transactional
public class ContributionService {

    private final ContributionRepository contributions;
    private final ReportRepository reports;
    private final ReportRows rows;
    private final ReportQueries queries;
    private final Plans plans;
    private final Agencies agencies;
    private final Accounts accounts;
    private final Notifications notifications;
    private final Clock clock;

    ContributionService(ContributionRepository contributions, ReportRepository reports, ReportRows rows,
                        ReportQueries queries, Plans plans, Agencies agencies, Accounts accounts,
                        Notifications notifications, Clock clock) {
        this.contributions = contributions;
        this.reports = reports;
        this.rows = rows;
        this.queries = queries;
        this.plans = plans;
        this.agencies = agencies;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A task the user's agency is asked to contribute to, in a lead agency's open report, and what it sent. */
    public record Request(ReportRow report, long sectionId, String taskTitle, String leadName,
                          Contribution.Status status, Instant sentAt) {
    }

    /** What the user's agency can contribute to now, in three statements whatever the number of plans. */
    @Transactional(readOnly = true)
    public List<Request> requests(CurrentUser user) {
        if (user.agencyId() == null) return List.of();
        List<Plans.CoordinatedTask> tasks = plans.coordinatedBy(user.agencyId());
        if (tasks.isEmpty()) return List.of();
        Set<Long> planIds = tasks.stream().map(Plans.CoordinatedTask::planId).collect(Collectors.toSet());
        MapSqlParameterSource params = new MapSqlParameterSource("plans", planIds)
                .addValue("open", ReportStatus.OPEN.stream().map(Enum::name).toList());
        List<ReportRow> open = rows.query(" where r.subject_plan_id in (:plans) and r.status in (:open)",
                " order by r.due_date, r.id", params, queries.today());
        Map<Long, Report> owners = new HashMap<>();
        reports.findAllById(open.stream().map(ReportRow::id).toList()).forEach(r -> owners.put(r.getId(), r));
        Map<String, Contribution> mine = new HashMap<>();
        contributions.findByReportIdInAndContributorAgencyId(owners.keySet(), user.agencyId())
                .forEach(c -> mine.put(c.getReportId() + "/" + c.getSectionId(), c));
        List<Request> out = new ArrayList<>();
        for (ReportRow row : open) {
            Report report = owners.get(row.id());
            for (Plans.CoordinatedTask task : tasks) {
                if (!leads(report, task)) continue;
                Contribution c = mine.get(row.id() + "/" + task.sectionId());
                out.add(new Request(row, task.sectionId(), task.title(), row.ownerAgencyName(),
                        c == null ? null : c.getStatus(), c == null ? null : c.getSentAt()));
            }
        }
        return out;
    }

    /** The report answers the task's plan and is written by the task's lead agency. */
    private static boolean leads(Report report, Plans.CoordinatedTask task) {
        return report.getSubjectPlanId() == task.planId() && task.leadAgencyId() != null
                && (task.leadAgencyId().equals(report.getReporterAgencyId())
                        || task.leadAgencyId().equals(report.getOwnerAgencyId()));
    }

    /** The task as the contributor sees it, with its own contribution so far; 404 when not asked of them. */
    public record Form(ReportRow report, PlanDetails.Task task, Contribution contribution) {
    }

    @Transactional(readOnly = true)
    public Form form(CurrentUser user, long reportId, long sectionId) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        PlanDetails.Task task = askedOf(user, report, sectionId);
        ReportRow row = rows.query(" where r.id = :id", "", new MapSqlParameterSource("id", reportId), queries.today())
                .get(0);
        Contribution c = contributions.findByReportIdAndSectionIdAndContributorAgencyId(reportId, sectionId,
                user.agencyId()).orElse(null);
        return new Form(row, task, c);
    }

    /** Saves the contribution, and sends it to the lead when asked to. */
    public void write(CurrentUser user, long reportId, long sectionId, Long version, String narrative, Figures figures,
                      boolean send) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        askedOf(user, report, sectionId);
        if (!user.hasAny(Role.DRAFTER, Role.REPORTER)) throw new AccessDeniedException("cannot write for the agency");
        if (!report.getStatus().isEditable()) throw new BusinessRuleException("report.contribution.closed");
        Contribution c = contributions.findByReportIdAndSectionIdAndContributorAgencyId(reportId, sectionId,
                user.agencyId()).orElseGet(() -> Contribution.start(reportId, sectionId, user.agencyId()));
        if (c.getId() != null && version != null && c.getVersion() != version) {
            throw new ReportConflictException(reportId, c.getVersion(), c.getUpdatedBy());
        }
        String text = ReportSupport.text(narrative);
        if (send && text == null) throw new BusinessRuleException("report.contribution.narrativeRequired");
        c.write(text, figures, send, user.displayName(), clock.instant());
        contributions.save(c);
        if (send) {
            notifications.send(accounts.contactsOf(List.of(report.getOwnerAgencyId()), Set.of(Role.DRAFTER,
                    Role.REPORTER)), Notifications.Kind.CONTRIBUTION, "notification.report.contribution",
                    List.of(NoticeArg.text(user.agencyName()), ReportSupport.title(report)),
                    "/reports/" + reportId + "/edit", clock.instant());
        }
    }

    private PlanDetails.Task askedOf(CurrentUser user, Report report, long sectionId) {
        if (user.agencyId() == null) throw new NotFoundException("task", sectionId);
        PlanDetails plan = plans.detailsOf(report.getSubjectPlanId());
        return plan.tasks().stream().filter(t -> t.sectionId() == sectionId)
                .filter(t -> t.coordinating().stream().anyMatch(c -> user.agencyId().equals(c.agencyId())))
                .filter(t -> leads(report, new Plans.CoordinatedTask(plan.id(), t.sectionId(), t.title(),
                        t.lead() == null ? null : t.lead().agencyId())))
                .findFirst().orElseThrow(() -> new NotFoundException("task", sectionId));
    }

    /** A sent contribution as the lead agency reads it. */
    public record Received(long id, long sectionId, String agencyName, String narrative, Figures figures,
                           Instant sentAt, String sentBy, Instant takenOverAt) {
    }

    /** The contributions sent to a report, for its writers and readers (drafts stay with their authors). */
    @Transactional(readOnly = true)
    public Map<Long, List<Received>> received(long reportId) {
        List<Contribution> sent = contributions.findByReportIdOrderBySectionIdAscIdAsc(reportId).stream()
                .filter(c -> c.getStatus() == Contribution.Status.SENT).toList();
        Map<Long, String> names = agencies.findAll(sent.stream().map(Contribution::getContributorAgencyId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(AgencyRef::id, AgencyRef::name));
        Map<Long, List<Received>> out = new HashMap<>();
        for (Contribution c : sent) {
            out.computeIfAbsent(c.getSectionId(), k -> new ArrayList<>()).add(new Received(c.getId(), c.getSectionId(),
                    names.get(c.getContributorAgencyId()), c.getNarrative(), c.figures(), c.getSentAt(),
                    c.getSentBy(), c.getTakenOverAt()));
        }
        return out;
    }

    /** 404 unless the contribution was sent to this report: checked before the lead's form is saved. */
    @Transactional(readOnly = true)
    public void requireSent(CurrentUser user, long reportId, long contributionId) {
        queries.visible(user, reportId);
        contributions.findById(contributionId)
                .filter(x -> x.getReportId().equals(reportId) && x.getStatus() == Contribution.Status.SENT)
                .orElseThrow(() -> new NotFoundException("contribution", contributionId));
    }

    /**
     * Takes a contribution into the lead's entry: its text appended under the contributor's name, its figures added.
     * Called right after the lead's own form was saved, so nothing typed is lost.
     */
    public void takeOver(CurrentUser user, long reportId, long contributionId) {
        Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        if (!ReportAccess.canEdit(user, report)) throw new AccessDeniedException("cannot change this report");
        Contribution c = contributions.findById(contributionId)
                .filter(x -> x.getReportId().equals(reportId) && x.getStatus() == Contribution.Status.SENT)
                .orElseThrow(() -> new NotFoundException("contribution", contributionId));
        String agency = agencies.find(c.getContributorAgencyId()).map(AgencyRef::name).orElse("");
        ReportContent content = report.content();
        List<EntryContent> entries = new ArrayList<>();
        boolean found = false;
        for (EntryContent e : content.entries()) {
            if (e.sectionId() == c.getSectionId()) {
                entries.add(merged(e, agency, c));
                found = true;
            } else {
                entries.add(e);
            }
        }
        if (!found) {
            ReportView view = queries.toView(report);
            ReportView.TaskPart task = view.tasks().stream().filter(t -> t.sectionId() == c.getSectionId())
                    .findFirst().orElseThrow(() -> new NotFoundException("task", c.getSectionId()));
            entries.add(merged(task.entry(), agency, c));
        }
        report.saveContent(new ReportContent(entries, content.targets(), content.results(), content.shortcomings(),
                content.causes(), content.directions(), content.proposals()), user.username(), clock.instant());
        c.takenOver(user.displayName(), clock.instant());
    }

    private static EntryContent merged(EntryContent e, String agency, Contribution c) {
        String addition = "- " + agency + ": " + c.getNarrative();
        String narrative = e.narrative() == null || e.narrative().isBlank()
                ? addition
                : e.narrative() + "\n" + addition;
        return new EntryContent(e.sectionId(), e.implementsSectionId(), e.taskPath(), e.taskTitle(), e.state(),
                narrative, e.figures().plus(c.figures()));
    }
}
