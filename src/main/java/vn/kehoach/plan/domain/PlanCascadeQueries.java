package vn.kehoach.plan.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.PlanSummary;
import vn.kehoach.plan.PlanWaiting;
import vn.kehoach.plan.Plans;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.UnitSummary;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.text.RichText;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reading the cascade: the plans a unit has to implement or adapt, what waits for a user, which units below have
 * implemented a plan and how its tasks were carried out, and the tasks an agency coordinates.
 */
@Service
@Transactional(readOnly = true)
public class PlanCascadeQueries {

    private static final String SELECT = PlanQueries.SELECT;
    private static final RowMapper<PlanSummary> SUMMARY = PlanQueries.SUMMARY;

    private final PlanRepository plans;
    private final PlanQueries queries;
    private final Units units;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    PlanCascadeQueries(PlanRepository plans, PlanQueries queries, Units units, NamedParameterJdbcTemplate jdbc,
                       Clock clock) {
        this.plans = plans;
        this.queries = queries;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issued plans of the level above that the user's unit has not yet implemented with a plan of its own. */
    public List<PlanSummary> toImplement(CurrentUser user) {
        if (user.unitId() == null) return List.of();
        UnitRef unit = units.get(user.unitId());
        if (unit.parentId() == null) return List.of();
        return jdbc.query(SELECT + " where p.status = 'ISSUED' and p.issuer_unit_id = :parent and not "
                + STARTED_BY_UNIT + " order by p.issued_on desc",
                new MapSqlParameterSource("parent", unit.parentId()).addValue("unit", unit.id()), SUMMARY);
    }

    /**
     * Whether the unit {@code :unit} has started a plan implementing {@code p} or a revision {@code p} replaced: a
     * unit that implemented a plan does not implement its amendment again (it adapts its own plan instead).
     */
    private static final String STARTED_BY_UNIT = """
            exists (select 1 from plan c where c.issuer_unit_id = :unit and c.status <> 'REVOKED'
                    and c.parent_plan_id in (with recursive chain(id) as (
                            select p.id
                            union select q.amends_plan_id from plan q join chain on q.id = chain.id
                            where q.amends_plan_id is not null)
                        select id from chain))""";

    private static final String VIETNAM_DAY = " at time zone 'Asia/Ho_Chi_Minh' as date)";

    /**
     * The plans waiting for the user to act, in one statement: to sign (leaders of the issuing agency), returned to
     * their drafting agency, to implement (drafters of a unit below an issued plan), to adapt to an amended plan of
     * the level above (drafters of the flagged plan). The due date of a plan implementing another is the next date
     * the units must report on the plan above — the cascade has to be in place by then.
     */
    public List<PlanWaiting> waitingFor(CurrentUser user) {
        if (user.agencyId() == null) return List.of();
        List<String> branches = new ArrayList<>();
        if (user.has(Role.LEADER)) {
            branches.add("select 'TO_APPROVE' as kind, p.id, p.title, p.number, p.symbol, p.issuer_unit_id,"
                    + " p.parent_plan_id as due_of, cast(p.updated_at" + VIETNAM_DAY + " as since"
                    + " from plan p where p.status = 'SUBMITTED' and p.issuer_agency_id = :agency");
        }
        if (user.has(Role.DRAFTER)) {
            branches.add("select 'RETURNED' as kind, p.id, p.title, p.number, p.symbol, p.issuer_unit_id,"
                    + " p.parent_plan_id as due_of, cast(p.updated_at" + VIETNAM_DAY + " as since from plan p"
                    + " where p.status = 'RETURNED' and p.drafting_agency_id = :agency");
            if (user.unitId() != null) {
                branches.add("select 'TO_IMPLEMENT' as kind, p.id, p.title, p.number, p.symbol, p.issuer_unit_id,"
                        + " p.id as due_of, p.issued_on as since from plan p where p.status = 'ISSUED'"
                        + " and p.issuer_unit_id = (select parent_id from administrative_unit where id = :unit)"
                        + " and not " + STARTED_BY_UNIT);
            }
            branches.add("select 'PARENT_AMENDED' as kind, p.id, p.title, p.number, p.symbol, p.issuer_unit_id,"
                    + " cast(null as bigint) as due_of, a.issued_on as since"
                    + " from plan_parent_change f join plan p on p.id = f.plan_id join plan a on a.id = f.amendment_id"
                    + " where f.resolved_at is null and p.drafting_agency_id = :agency"
                    + " and p.status not in ('AMENDED', 'REVOKED')");
        }
        if (branches.isEmpty()) return List.of();
        return jdbc.query("select w.kind, w.id, w.title, w.number, w.symbol, w.since, u.full_name,"
                + " (select coalesce(min(q.due_date) filter (where q.due_date >= :today), max(q.due_date))"
                + " from plan_reporting_requirement q where q.plan_id = w.due_of"
                + " and q.reporters <> 'ASSIGNED_AGENCIES') as due"
                + " from (" + String.join(" union all ", branches) + ") w"
                + " join administrative_unit u on u.id = w.issuer_unit_id order by w.since, w.id",
                new MapSqlParameterSource("agency", user.agencyId())
                        .addValue("unit", user.unitId() == null ? -1L : user.unitId()).addValue("today", today()),
                (rs, n) -> {
                    String number = rs.getString("number");
                    return new PlanWaiting(PlanWaiting.Kind.valueOf(rs.getString("kind")), rs.getLong("id"),
                            rs.getString("title"), number == null ? null : number + "/" + rs.getString("symbol"),
                            rs.getString("full_name"), rs.getObject("due", LocalDate.class),
                            rs.getObject("since", LocalDate.class));
                });
    }

    /**
     * The units directly below an issued plan's issuer today that have not started a plan implementing it (or a
     * revision it replaced): who the cascade expects to implement it.
     */
    public List<Long> unitsToImplement(long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        List<UnitSummary> below = units.children(plan.getIssuerUnitId(), today());
        if (below.isEmpty()) return List.of();
        Set<Long> started = new HashSet<>(jdbc.queryForList("""
                select distinct issuer_unit_id from plan where status <> 'REVOKED' and parent_plan_id in (:chain)""",
                new MapSqlParameterSource("chain", queries.revisionChain(planId)), Long.class));
        return below.stream().map(UnitSummary::id).filter(id -> !started.contains(id)).toList();
    }

    /** A unit's issued plan implementing the given plan or one of its revisions, the latest revision first. */
    public Optional<Long> issuedImplementationOf(long parentPlanId, long unitId) {
        return jdbc.query("""
                select id from plan where parent_plan_id in (:chain) and issuer_unit_id = :unit and status = 'ISSUED'
                order by revision desc, id desc limit 1""",
                new MapSqlParameterSource("chain", queries.revisionChain(parentPlanId)).addValue("unit", unitId),
                (rs, n) -> rs.getLong("id")).stream().findFirst();
    }

    /** The user's unit's own plan implementing a given plan, if one was started. */
    public Optional<Long> implementingPlanOf(CurrentUser user, long parentPlanId) {
        if (user.unitId() == null) return Optional.empty();
        return jdbc.query("""
                select id from plan where parent_plan_id = :parent and issuer_unit_id = :unit and status <> 'REVOKED'
                order by revision desc limit 1""",
                new MapSqlParameterSource("parent", parentPlanId).addValue("unit", user.unitId()),
                (rs, n) -> rs.getLong("id")).stream().findFirst();
    }

    public List<Plans.CoordinatedTask> coordinatedBy(long agencyId) {
        return jdbc.query(
                """
                        select s.plan_id, s.id, s.title, s.body_html, s.lead_agency_id
                        from plan_section_coordinator c join plan_section s on s.id = c.section_id join plan p on p.id = s.plan_id
                        where c.agency_id = :agency and s.is_task and p.status = 'ISSUED'
                        order by p.issued_on desc, s.plan_id, s.id""",
                new MapSqlParameterSource("agency", agencyId),
                (rs, n) -> {
                    String title = rs.getString("title");
                    if (title == null || title.isBlank()) {
                        title = SectionTree.firstSentence(RichText.toPlainText(rs.getString("body_html")));
                    }
                    return new Plans.CoordinatedTask(rs.getLong("plan_id"), rs.getLong("id"), title,
                            (Long) rs.getObject("lead_agency_id"));
                });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
