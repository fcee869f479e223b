package vn.kehoach.reporting.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.Plans;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.ReportRow;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.NotFoundException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completeness and timeliness of the reports a plan asks for: per requirement, how many are expected, sent,
 * accepted, returned, late and missing, with the list behind each count, and each reporter's on-time rate. Seen by
 * the issuing unit and the levels above it (a province its communes, the ministry the provinces).
 */
@Service
@Transactional(readOnly = true)
public class CompletenessQueries {

    public record RequirementStatus(long requirementId, ReportKind kind, LocalDate periodFrom, LocalDate periodTo,
                                    LocalDate dueDate, String receiver, List<ReportRow> entries) {

        public long expected() {
            return entries.size();
        }

        public long submitted() {
            return entries.stream().filter(e -> e.firstSubmittedAt() != null).count();
        }

        public long accepted() {
            return entries.stream().filter(e -> e.status() == ReportStatus.ACCEPTED).count();
        }

        public long returned() {
            return entries.stream().filter(e -> e.status() == ReportStatus.RETURNED).count();
        }

        public long late() {
            return entries.stream().filter(ReportRow::late).count();
        }

        public long missing() {
            return entries.stream().filter(ReportRow::missing).count();
        }

        /** Sent and waiting for review. */
        public long waiting() {
            return entries.stream().filter(e -> e.status() == ReportStatus.SUBMITTED).count();
        }

        /** Sent once, now back with the reporter (returned, unlocked, or being approved again). */
        public long inRevision() {
            return entries.stream().filter(e -> e.firstSubmittedAt() != null && e.status() != ReportStatus.SUBMITTED
                    && e.status() != ReportStatus.ACCEPTED).count();
        }

        /**
         * The reports someone has to act on: overdue and not sent, or sent and not accepted (waiting for review, or
         * back with their reporter). A report accepted, late or not, is done. A province's requirement has hundreds of
         * reports; the page lists these and the rest on request.
         */
        public List<ReportRow> needingAttention() {
            return entries.stream().filter(e -> e.missing()
                    || e.firstSubmittedAt() != null && e.status() != ReportStatus.ACCEPTED).toList();
        }

        /** Never sent, and the due date has not passed yet. */
        public long notYetDue() {
            return entries.stream().filter(e -> e.firstSubmittedAt() == null && !e.missing()).count();
        }

        /** Share of the reports sent on time among those due, in percent; null before anything is due. */
        public Double onTimeRate() {
            long due = entries.stream().filter(e -> e.firstSubmittedAt() != null || e.missing()).count();
            if (due == 0) return null;
            long onTime = entries.stream().filter(e -> Boolean.TRUE.equals(e.onTime())).count();
            return Math.round(onTime * 1000.0 / due) / 10.0;
        }
    }

    /** One reporter's record over the plan's requirements. */
    public record Timeliness(String reporterName, String unitCode, long due, long onTime, long late, long missing) {

        public Double rate() {
            return due == 0 ? null : Math.round(onTime * 1000.0 / due) / 10.0;
        }
    }

    public record PlanStatus(PlanDetails plan, List<RequirementStatus> requirements, List<Timeliness> reporters) {

        /** The reporters with a report sent late or missing: those the page lists when there are many. */
        public List<Timeliness> reportersBehind() {
            return reporters.stream().filter(t -> t.late() > 0 || t.missing() > 0).toList();
        }
    }

    private final ReportRows rows;
    private final ReportQueries queries;
    private final Plans plans;

    CompletenessQueries(ReportRows rows, ReportQueries queries, Plans plans) {
        this.rows = rows;
        this.queries = queries;
        this.plans = plans;
    }

    /** 404 unless the user may see the plan and sits in its issuing unit or above. */
    public PlanStatus status(CurrentUser user, long planId) {
        PlanDetails plan = plans.details(user, planId);
        if (!user.isSystemAdmin() && !user.covers(plan.issuer().unitPath()))
            throw new NotFoundException("plan", planId);
        List<ReportRow> all = rows.query(" where r.plan_id = :plan and r.status <> 'CANCELLED'",
                " order by r.requirement_id, r.reporter_kind, u.full_name, ra.name, r.id",
                new MapSqlParameterSource("plan", planId), queries.today());
        Map<Long, List<ReportRow>> byRequirement = new LinkedHashMap<>();
        plan.reportingRequirements().forEach(r -> byRequirement.put(r.id(), new ArrayList<>()));
        all.forEach(r -> byRequirement.computeIfAbsent(r.requirementId(), k -> new ArrayList<>()).add(r));
        List<RequirementStatus> requirements = new ArrayList<>();
        for (PlanDetails.Requirement r : plan.reportingRequirements()) {
            requirements.add(new RequirementStatus(r.id(), r.kind(), r.periodFrom(), r.periodTo(), r.dueDate(),
                    r.receiver(), byRequirement.get(r.id())));
        }
        Map<String, List<ReportRow>> byReporter = new LinkedHashMap<>();
        all.forEach(r -> byReporter.computeIfAbsent(r.reporterKind() + "/" + r.reporterName(), k -> new ArrayList<>())
                .add(r));
        List<Timeliness> reporters = byReporter.values().stream().map(list -> new Timeliness(
                list.get(0).reporterName(), list.get(0).unitCode(),
                list.stream().filter(e -> e.firstSubmittedAt() != null || e.missing()).count(),
                list.stream().filter(e -> Boolean.TRUE.equals(e.onTime())).count(),
                list.stream().filter(ReportRow::late).count(),
                list.stream().filter(ReportRow::missing).count())).toList();
        return new PlanStatus(plan, requirements, reporters);
    }
}
