package vn.kehoach.reporting.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.DescribedPlan;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.Plans;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.plan.StrategyTargets;
import vn.kehoach.reporting.EntryState;
import vn.kehoach.reporting.ReportRow;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReporterKind;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.NotFoundException;
import vn.kehoach.shared.web.PageResult;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading reports: one report in full, the lists of my reports and of my review inbox. Scope-checked. */
@Service
@Transactional(readOnly = true)
public class ReportQueries {

    static final ZoneId VIETNAM = ZoneId.of(ReportRows.ZONE);

    private final ReportRepository reports;
    private final ReportRows rows;
    private final ReportLog reportLog;
    private final Plans plans;
    private final Units units;
    private final Agencies agencies;
    private final Clock clock;

    private final StrategyTargets catalogue;

    ReportQueries(ReportRepository reports, ReportRows rows, ReportLog reportLog, Plans plans, Units units,
                  Agencies agencies, Clock clock, StrategyTargets catalogue) {
        this.catalogue = catalogue;
        this.reports = reports;
        this.rows = rows;
        this.reportLog = reportLog;
        this.plans = plans;
        this.units = units;
        this.agencies = agencies;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- one report ------------------------------------------------------------------------------------------------

    /** The report if the user may read it; 404 otherwise (its existence is nobody else's business). */
    public Report visible(CurrentUser user, long id) {
        Report report = reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
        UnitRef unit = units.get(report.getReporterUnitId());
        if (!ReportAccess.canRead(user, report, unit.path())) throw new NotFoundException("report", id);
        return report;
    }

    public ReportView view(CurrentUser user, long id) {
        return toView(visible(user, id));
    }

    /** The report as its page shows it, with the entity its permissions are checked on: loaded once. */
    public record Readable(Report report, ReportView view) {
    }

    public Readable readable(CurrentUser user, long id) {
        Report report = visible(user, id);
        return new Readable(report, toView(report));
    }

    ReportView toView(Report r) {
        Map<Long, DescribedPlan> both = plans
                .describedOf(new LinkedHashSet<>(List.of(r.getSubjectPlanId(), r.getPlanId())));
        PlanDetails subject = both.get(r.getSubjectPlanId()).details();
        PlanDetails plan = both.get(r.getPlanId()).details();
        Set<Long> agencyIds = new LinkedHashSet<>(List.of(r.getOwnerAgencyId(), r.getReceiverAgencyId()));
        if (r.getReporterAgencyId() != null) agencyIds.add(r.getReporterAgencyId());
        Map<Long, AgencyRef> byId = agencies.findAll(agencyIds).stream()
                .collect(Collectors.toMap(AgencyRef::id, Function.identity()));
        UnitRef unit = units.get(r.getReporterUnitId());
        AgencyRef owner = byId.get(r.getOwnerAgencyId());
        AgencyRef receiver = byId.get(r.getReceiverAgencyId());
        String reporterName = r.getReporterKind() == ReporterKind.AGENCY
                ? byId.get(r.getReporterAgencyId()).name()
                : unit.fullName();

        // The plan's side first (each task blank, the targets with the catalogue's entries), then what is written.
        ReportContent content = r.content();
        List<ReportView.TaskPart> tasks = new ArrayList<>();
        Set<String> targetCodes = new LinkedHashSet<>();
        for (PlanDetails.Task t : answered(r, subject)) {
            tasks.add(new ReportView.TaskPart(t.sectionId(), t.sectionNumber(), t.title(),
                    t.lead() == null ? t.leadNote() : t.lead().name(),
                    t.coordinating().stream().map(PlanDetails.AgencyName::name).toList(),
                    t.coordinating().stream().map(PlanDetails.AgencyName::agencyId).toList(), t.targets(),
                    t.implementsSectionId(), null));
            targetCodes.addAll(t.targets());
        }
        content.targets().forEach(v -> targetCodes.add(v.targetCode()));
        Map<String, StrategyTarget> known = targetCodes.isEmpty()
                ? Map.of()
                : catalogue.byCode(targetCodes);
        List<ReportView.TargetPart> targets = targetCodes.stream()
                .map(code -> new ReportView.TargetPart(code, TargetValueContent.blank(code), known.get(code)))
                .toList();
        PlanDetails.Requirement requirement = plan.reportingRequirements().stream()
                .filter(q -> q.id() == r.getRequirementId()).findFirst().orElse(null);
        return new ReportView(r.getId(), r.getVersion(), r.getStatus(), r.getRound(), r.getKind(), r.getYear(),
                r.getPeriodFrom(), r.getPeriodTo(), r.getDueDate(), today(), r.getReporterKind(), reporterName,
                unit.id(), unit.code(), unit.fullName(), unit.path(), owner.id(), owner.name(), receiver.id(),
                receiver.name(), receiver.unitName(), both.get(r.getPlanId()).summary(),
                both.get(r.getSubjectPlanId()).summary(), requirement, r.getNumber(), r.getFirstSubmittedAt(),
                r.getLastSubmittedAt(), r.getAcceptedAt(), r.onTime(VIETNAM), r.getSignerAuthority(),
                r.getSignerTitle(), r.getSignerName(), tasks, targets, List.of(), null, null, null, null, null,
                r.getConsolidatedAt(), r.getCancelReason(), r.getUpdatedAt(), r.getUpdatedBy()).withContent(content);
    }

    /** The tasks a report answers: an agency's own tasks in the plan; for a unit, every task of its subject plan. */
    static List<PlanDetails.Task> answered(Report report, PlanDetails subject) {
        if (report.getReporterKind() == ReporterKind.UNIT) return subject.tasks();
        return subject.tasks().stream().filter(t -> t.lead() != null
                && report.getReporterAgencyId().equals(t.lead().agencyId())).toList();
    }

    /**
     * The reports below that a unit's own report is drawn from: those used in the last consolidation with their
     * figures, those not yet accepted (not sent, sent late, waiting for review), and whether newer accepted reports
     * came in since.
     */
    public record Sources(List<Source> used, List<ReportRow> notAccepted, List<ReportRow> late, boolean stale,
                          long expected) {
    }

    public record Source(ReportRow row, Figures totals) {
    }

    public Sources sources(ReportView report) {
        MapSqlParameterSource params = new MapSqlParameterSource("subject", report.subjectPlan().id())
                .addValue("kind", report.kind().name()).addValue("year", report.year()).addValue("self", report.id());
        // The revisions of the subject plan within the statement: one statement less on every report page.
        String where = " where r.plan_id in (" + Plans.revisionChainQuery("subject") + ")"
                + " and r.kind = :kind and r.year = :year and r.id <> :self and r.status <> 'CANCELLED'";
        if (report.kind() != ReportKind.SIX_MONTH && report.kind() != ReportKind.ANNUAL) {
            where += " and r.period_to is not distinct from :periodTo";
            params.addValue("periodTo", report.periodTo());
        }
        List<ReportRow> below = rows.query(where, " order by r.reporter_kind, u.full_name, ra.name, r.id", params,
                today());
        Map<Long, Figures> totals = rows.sourceTotals(report.id());
        Set<Long> used = totals.keySet();
        List<Source> usedRows = below.stream().filter(r -> used.contains(r.id()))
                .map(r -> new Source(r, totals.getOrDefault(r.id(), Figures.NONE))).toList();
        List<ReportRow> notAccepted = below.stream().filter(r -> r.status() != ReportStatus.ACCEPTED).toList();
        List<ReportRow> late = below.stream().filter(ReportRow::late).toList();
        boolean stale = below.stream().anyMatch(r -> r.status() == ReportStatus.ACCEPTED && !used.contains(r.id()));
        return new Sources(usedRows, notAccepted, late, stale, below.size());
    }

    /** Full names of units by id ("Phường Đăk Cấm"), in one statement. */
    public Map<Long, String> unitNames(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        units.getAll(ids).forEach(u -> out.put(u.id(), u.fullName()));
        return out;
    }

    // --- lists -----------------------------------------------------------------------------------------------------

    public record Filter(ReportStatus status, Integer year, ReportKind kind, Long planId, int page,
                         int size) {

        public Filter {
            page = Math.max(0, page);
            size = Math.min(Math.max(size, 1), 100);
        }
    }

    /** Reports the user's agency owes or has sent, most urgent first. */
    public PageResult<ReportRow> mine(CurrentUser user, Filter filter) {
        if (filter.planId() != null) plans.requireVisible(user, filter.planId());
        if (user.agencyId() == null) return new PageResult<>(List.of(), 0, 0, filter.size());
        StringBuilder where = new StringBuilder(" where r.owner_agency_id = :agency");
        MapSqlParameterSource params = new MapSqlParameterSource("agency", user.agencyId());
        return page(where, params, filter, " order by case when r.status in ('NOT_STARTED', 'DRAFT', 'RETURNED',"
                + " 'AWAITING_APPROVAL') then 0 else 1 end, r.due_date, r.id");
    }

    /** Reports sent to the user's agency for review. */
    public PageResult<ReportRow> inbox(CurrentUser user, Filter filter) {
        if (filter.planId() != null) plans.requireVisible(user, filter.planId());
        if (user.agencyId() == null || !user.has(Role.REVIEWER)) {
            return new PageResult<>(List.of(), 0, 0, filter.size());
        }
        StringBuilder where = new StringBuilder(" where r.receiver_agency_id = :agency and r.round > 0");
        MapSqlParameterSource params = new MapSqlParameterSource("agency", user.agencyId());
        return page(where, params, filter, " order by case r.status when 'SUBMITTED' then 0 else 1 end,"
                + " r.last_submitted_at desc nulls last, r.id");
    }

    private PageResult<ReportRow> page(StringBuilder where, MapSqlParameterSource params, Filter filter,
                                       String order) {
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            params.addValue("status", filter.status().name());
        } else {
            where.append(" and r.status <> 'CANCELLED'");
        }
        if (filter.year() != null) {
            where.append(" and r.year = :year");
            params.addValue("year", filter.year());
        }
        if (filter.kind() != null) {
            where.append(" and r.kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        if (filter.planId() != null) {
            where.append(" and r.plan_id = :plan");
            params.addValue("plan", filter.planId());
        }
        ReportRows.Slice slice = rows.pageOfReports(where.toString(), order, filter.size(),
                (long) filter.page() * filter.size(), params, today());
        return new PageResult<>(slice.rows(), slice.total(), filter.page(), filter.size());
    }

    /** How many tasks of each state a report's entries give, for the show page's summary. */
    public static Map<EntryState, Long> stateCounts(ReportView view) {
        // In the states' own order: a hash map would print them in an order that changes from one start to the next.
        return view.tasks().stream().filter(t -> t.entry().state() != null)
                .collect(Collectors.groupingBy(t -> t.entry().state(), () -> new EnumMap<>(EntryState.class),
                        Collectors.counting()));
    }
}
