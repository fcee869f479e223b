package vn.kehoach.plan.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.ParentPlanAmended;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.PlanIssued;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.plan.PlanSummary;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.NotFoundException;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plans that implement a plan of the level above which has since been amended. When an amendment is issued, every
 * current plan written against an earlier revision (by its parent link or a legal basis citing it) is flagged; the
 * flag stays until the unit issues a plan that follows (the flagged draft itself, or an amendment of the flagged plan)
 * or its drafters dismiss it. An open amendment draft shows the flag of the plan it amends, so the drafters see the
 * difference while they adapt.
 */
@Service
@Transactional
public class ParentChanges {

    public enum Resolution { ADAPTED, DISMISSED }

    /**
     * An open flag with what changed in the parent: the lines of {@link PlanDiff} that differ.
     *
     * @param planId   the flagged plan (the viewed plan, or the issued plan that the viewed draft amends)
     * @param previous the parent revision the plan was written against
     * @param amendment the issued amendment of the parent
     */
    public record Open(long id, long planId, PlanSummary previous, PlanSummary amendment, Instant flaggedAt,
                       List<PlanDiff.Row> changes) {
    }

    private record Implementing(long id, String title, long draftingAgencyId) {
    }

    private record Flag(long id, long planId, long previousId, long amendmentId, Instant flaggedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final PlanQueries queries;
    private final PlanRepository plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;

    ParentChanges(NamedParameterJdbcTemplate jdbc, PlanQueries queries, PlanRepository plans,
                  ApplicationEventPublisher events, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.queries = queries;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(PlanIssued event) {
        // The issue (status, signer, who) is still in the persistence context; the statements below read the table.
        plans.flush();
        Instant now = clock.instant();
        adapted(event.planId(), now);
        if (event.replacesPlanId() != null) flag(event.planId(), event.replacesPlanId(), now);
    }

    /** Issuing a plan that follows (the flagged draft, or an amendment of the flagged plan) resolves its flag. */
    private void adapted(long issuedPlanId, Instant now) {
        jdbc.update("""
                update plan_parent_change f set resolved_at = :now, resolution = 'ADAPTED', resolved_by = p.updated_by
                from plan p
                where p.id = :issued and f.resolved_at is null and f.plan_id in (p.id, p.amends_plan_id)""",
                new MapSqlParameterSource("issued", issuedPlanId).addValue("now", Timestamp.from(now)));
    }

    /**
     * Flags the current plans written against the replaced revision or an earlier one, except the parent's own
     * revisions and an open amendment draft of a plan that is flagged itself (it shows that plan's flag).
     */
    private void flag(long amendmentId, long replacedId, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("amendment", amendmentId)
                .addValue("replaced", replacedId).addValue("now", Timestamp.from(now));
        List<Implementing> implementing = jdbc.query("""
                with recursive chain(id) as (
                    select cast(:replaced as bigint)
                    union select p.amends_plan_id from plan p join chain c on p.id = c.id
                    where p.amends_plan_id is not null),
                implementing as (
                    select p.id, p.title, p.drafting_agency_id, p.amends_plan_id from plan p
                    where p.status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ISSUED') and p.id <> :amendment
                      and p.id not in (select id from chain)
                      and (p.amends_plan_id is null or p.amends_plan_id not in (select id from chain))
                      and (p.parent_plan_id in (select id from chain)
                           or exists (select 1 from plan_legal_basis b where b.plan_id = p.id
                                      and b.linked_plan_id in (select id from chain))))
                select i.id, i.title, i.drafting_agency_id from implementing i
                where i.amends_plan_id is null or i.amends_plan_id not in (select id from implementing)
                order by i.id""", params,
                (rs, n) -> new Implementing(rs.getLong("id"), rs.getString("title"), rs.getLong("drafting_agency_id")));
        if (implementing.isEmpty()) return;
        jdbc.update("""
                insert into plan_parent_change (plan_id, previous_plan_id, amendment_id, flagged_at)
                select id, :replaced, :amendment, :now from unnest(cast(:ids as bigint[])) as id
                on conflict (plan_id) where resolved_at is null
                do update set amendment_id = excluded.amendment_id, flagged_at = excluded.flagged_at""",
                params.addValue("ids", implementing.stream().map(Implementing::id).toArray(Long[]::new)));
        Plan amendment = plans.findById(amendmentId).orElseThrow();
        String reference = amendment.getNumber() + "/" + amendment.getSymbol();
        for (Implementing p : implementing) {
            events.publishEvent(new ParentPlanAmended(p.id(), p.title(), p.draftingAgencyId(), amendmentId, replacedId,
                    reference));
        }
    }

    /** The open flag shown on a plan: its own, or that of the plan it amends; one statement when there is none. */
    @Transactional(readOnly = true)
    public Optional<Open> openFor(PlanDetails plan) {
        if (plan.status() == PlanStatus.REVOKED || plan.status() == PlanStatus.AMENDED) {
            return Optional.empty();
        }
        return jdbc.query("""
                select id, plan_id, previous_plan_id, amendment_id, flagged_at from plan_parent_change
                where resolved_at is null and plan_id in (:id, :amends) order by id limit 1""",
                new MapSqlParameterSource("id", plan.id()).addValue("amends",
                        plan.amendsPlanId() == null ? -1L : plan.amendsPlanId()),
                (rs, n) -> new Flag(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("previous_plan_id"),
                        rs.getLong("amendment_id"), rs.getObject("flagged_at", OffsetDateTime.class).toInstant()))
                .stream().findFirst().map(this::open);
    }

    private Open open(Flag flag) {
        List<PlanSummary> both = queries.byIds(List.of(flag.previousId(), flag.amendmentId()));
        PlanSummary previous = both.stream().filter(p -> p.id() == flag.previousId()).findFirst().orElseThrow();
        PlanSummary amendment = both.stream().filter(p -> p.id() == flag.amendmentId()).findFirst().orElseThrow();
        Locale locale = LocaleContextHolder.getLocale();
        List<PlanDiff.Row> changes = PlanDiff.between(queries.detailsOf(flag.previousId()),
                queries.detailsOf(flag.amendmentId()), (key, args) -> messages.getMessage(key, args, locale))
                .stream()
                .filter(r -> r.change() != PlanDiff.Change.SAME).toList();
        return new Open(flag.id(), flag.planId(), previous, amendment, flag.flaggedAt(), changes);
    }

    /** The drafters of the plan have seen the change and keep their plan as it is. */
    public void dismiss(CurrentUser user, long planId) {
        Plan plan = queries.visible(user, planId);
        if (!PlanAccess.isDrafter(user, plan)) throw new AccessDeniedException("not a drafter of this plan");
        int n = jdbc.update("""
                update plan_parent_change set resolved_at = :now, resolution = 'DISMISSED', resolved_by = :user
                where resolved_at is null and plan_id in (:id, :amends)""",
                new MapSqlParameterSource("id", planId).addValue("amends",
                        plan.getAmendsPlanId() == null ? -1L : plan.getAmendsPlanId())
                        .addValue("user", user.username()).addValue("now", Timestamp.from(clock.instant())));
        if (n == 0) throw new NotFoundException("parent change", planId);
    }
}
