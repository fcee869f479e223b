package vn.kehoach.plan.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.plan.PlanSummary;
import vn.kehoach.roster.UnitSummary;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an issued plan is carried out below its issuer: which units have a plan implementing it (through any of its
 * revisions) and, per task, how many of them carry the task out. The plan page shows counts; the units behind one
 * task's count have a page of their own, since a province of 168 communes and 40 tasks would otherwise list thousands
 * of names on the plan page.
 */
@Service
@Transactional(readOnly = true)
public class PlanCoverage {

    private final PlanRepository plans;
    private final Units units;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    PlanCoverage(PlanRepository plans, Units units, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record UnitCoverage(long unitId, String unitCode, String unitName, Long planId, PlanStatus status,
                               String reference, LocalDate issuedOn) {

        public boolean implemented() {
            return status != null && status.isIssued();
        }
    }

    /** A task of the plan, with the number of units below whose plans carry it out. */
    public record TaskCoverage(long sectionId, String path, String title, int units) {
    }

    public record Coverage(List<UnitCoverage> units, List<TaskCoverage> tasks) {

        public long implemented() {
            return units.stream().filter(UnitCoverage::implemented).count();
        }

        /** The units without an issued plan implementing this one: what the page lists when there are many. */
        public List<UnitCoverage> notImplemented() {
            return units.stream().filter(u -> !u.implemented()).toList();
        }
    }

    /** A task of a plan below carrying out the task. */
    public record ChildTask(long planId, long unitId, String unitName, PlanStatus status, String title) {
    }

    /** One task: the tasks carrying it out below, and the units that have none. */
    public record TaskDetail(PlanDetails.Task task, List<ChildTask> childTasks, List<UnitCoverage> without) {
    }

    /**
     * The units below and, per task, how many carry it out. The task rows come from an index alone
     * ({@code plan_section_implements_cover_idx}) and each of their plans is looked up once by its key (a few hundred
     * plans for thousands of tasks below; lateral, as the generic plan of a prepared statement otherwise hashes every
     * plan of the country), where looked up per task row each plan was read once per task it carries out.
     */
    public Coverage coverage(PlanDetails plan) {
        List<UnitCoverage> unitRows = unitRows(plan);
        List<Long> taskIds = plan.tasks().stream().map(PlanDetails.Task::sectionId).toList();
        Map<Long, Integer> counts = new HashMap<>();
        if (!taskIds.isEmpty()) {
            jdbc.query(
                    """
                            with s as materialized (
                                select implements_section_id, plan_id from plan_section where implements_section_id in (:tasks)),
                            p as materialized (
                                select p.id, p.issuer_unit_id from (select distinct plan_id from s) d
                                cross join lateral (select p.id, p.issuer_unit_id from plan p
                                                    where p.id = d.plan_id and p.status <> 'REVOKED' offset 0) p)
                            select s.implements_section_id, count(distinct p.issuer_unit_id) as units
                            from s join p on p.id = s.plan_id
                            group by s.implements_section_id""",
                    new MapSqlParameterSource("tasks", taskIds),
                    rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return new Coverage(unitRows, plan.tasks().stream().map(t -> new TaskCoverage(t.sectionId(),
                t.sectionNumber(), t.title(), counts.getOrDefault(t.sectionId(), 0))).toList());
    }

    /** The task {@code sectionId} of the plan (404 for a section that is not one of its tasks). */
    public TaskDetail task(PlanDetails plan, long sectionId) {
        PlanDetails.Task task = plan.tasks().stream().filter(t -> t.sectionId() == sectionId).findFirst()
                .orElseThrow(() -> new NotFoundException("section", sectionId));
        List<ChildTask> childTasks = jdbc
                .query("""
                        select p.id as plan_id, u.id as unit_id, u.full_name, p.status, s.title
                        from plan_section s join plan p on p.id = s.plan_id join administrative_unit u on u.id = p.issuer_unit_id
                        where s.implements_section_id = :task and p.status <> 'REVOKED'
                        order by u.full_name collate "vi-x-icu", p.id, s.position""",
                        new MapSqlParameterSource("task", sectionId),
                        (rs, i) -> new ChildTask(rs.getLong("plan_id"), rs.getLong("unit_id"),
                                rs.getString("full_name"),
                                PlanStatus.valueOf(rs.getString("status")), rs.getString("title")));
        Set<Long> carrying = new HashSet<>();
        childTasks.forEach(c -> carrying.add(c.unitId()));
        List<UnitCoverage> without = unitRows(plan).stream().filter(u -> !carrying.contains(u.unitId())).toList();
        return new TaskDetail(task, childTasks, without);
    }

    /** A unit's plan implementing this one, as a coverage row shows it. */
    private record ChildPlan(long id, PlanStatus status, String reference, LocalDate issuedOn) {
    }

    /** The units below the issuer (as of the plan's issue), each with its plan implementing this one, if any. */
    private List<UnitCoverage> unitRows(PlanDetails plan) {
        LocalDate at = plan.issuedOn() != null ? plan.issuedOn() : LocalDate.now(clock);
        List<UnitSummary> below = units.children(plan.issuer().unitId(), at);
        Set<Long> chain = new HashSet<>();
        chain.add(plan.id());
        if (plan.amendsPlanId() != null) chain.add(plan.amendsPlanId());
        plans.findByAmendsPlanId(plan.id()).forEach(p -> chain.add(p.getId()));
        // Only what a row shows, from the plan alone: the units' names are the roster's, already at hand.
        Map<Long, ChildPlan> childPlans = new HashMap<>();
        jdbc.query("""
                select p.id, p.issuer_unit_id, p.status, p.number, p.symbol, p.issued_on from plan p
                where p.parent_plan_id in (:chain) and p.status <> 'REVOKED' order by p.revision""",
                new MapSqlParameterSource("chain", chain), rs -> {
                    childPlans.put(rs.getLong("issuer_unit_id"), new ChildPlan(rs.getLong("id"),
                            PlanStatus.valueOf(rs.getString("status")),
                            PlanSummary.reference(rs.getString("number"), rs.getString("symbol")),
                            rs.getObject("issued_on", LocalDate.class)));
                });
        List<UnitCoverage> rows = new ArrayList<>();
        for (UnitSummary u : below) {
            ChildPlan p = childPlans.get(u.id());
            rows.add(p == null
                    ? new UnitCoverage(u.id(), u.code(), u.fullName(), null, null, null, null)
                    : new UnitCoverage(u.id(), u.code(), u.fullName(), p.id(), p.status(), p.reference(),
                            p.issuedOn()));
        }
        return rows;
    }
}
