package vn.kehoach.plan.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.plan.Reporters;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.Sector;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.OfficialText;
import vn.kehoach.shared.text.StoredMessage;
import vn.kehoach.shared.web.BusinessRuleException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cascade: a unit below an issued plan starts its own implementing plan, prefilled from the parent — legal basis
 * citing it, its tasks as a starting point with agencies carried down to the unit's own by sector, the reporting
 * regime due before the parent's deadlines.
 */
@Service
@Transactional
public class ImplementationService {

    /** Days by which the unit's own deadlines come before the level above's, so that it can compile in time. */
    static final int DAYS_BEFORE_PARENT_DEADLINE = 5;

    private final PlanCreation creation;
    private final PlanSupport support;
    private final PlanQueries queries;
    private final PlanCascadeQueries cascade;
    private final PlanRepository plans;
    private final Units units;
    private final Agencies agencies;
    private final Clock clock;

    ImplementationService(PlanCreation creation, PlanSupport support, PlanQueries queries, PlanCascadeQueries cascade,
                          PlanRepository plans,
                          Units units, Agencies agencies, Clock clock) {
        this.creation = creation;
        this.support = support;
        this.queries = queries;
        this.cascade = cascade;
        this.plans = plans;
        this.units = units;
        this.agencies = agencies;
        this.clock = clock;
    }

    public long createImplementing(CurrentUser user, long parentPlanId) {
        Plan parent = queries.visible(user, parentPlanId);
        UnitRef parentUnit = units.get(parent.getIssuerUnitId());
        if (!PlanAccess.canImplement(user, parent, parentUnit.path())) {
            throw new AccessDeniedException("cannot implement this plan");
        }
        Optional<Long> existing = cascade.implementingPlanOf(user, parentPlanId);
        if (existing.isPresent()) throw new BusinessRuleException("plan.implement.exists", existing.get());

        UnitRef unit = units.get(user.unitId());
        LocalDate today = support.asOf(unit);
        List<AgencyRef> local = agencies.activeOf(unit.id(), today);
        AgencyRef committee = local.stream().filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE).findFirst()
                .orElseThrow(() -> new BusinessRuleException("plan.implement.noCommittee", unit.fullName()));
        long id = creation.create(user, parent.getYear(), committee.id(),
                OfficialText.of("plan.default.implementingTitle", parent.getYear(), unit.inlineName()));
        Plan plan = support.load(id);
        Instant now = clock.instant();
        String actor = user.username();

        AgencyRef parentIssuer = agencies.find(parent.getIssuerAgencyId()).orElseThrow();
        citeParent(plan, parent, committee, unit, actor, now);
        copySections(plan, parent, local, actor, now);
        addImplementationPart(plan, actor, now);
        Long focal = agencies.focalAt(unit.id(), today).map(AgencyRef::id).orElse(null);
        copyRequirements(plan, parent, parentIssuer, focal, actor, now);
        support.afterChange(plan);
        support.record(plan, PlanStatus.DRAFT, PlanTransition.Action.IMPLEMENT, user,
                StoredMessage.of("plan.history.implements", parent.getNumber(), parent.getSymbol()));
        return id;
    }

    /** The header names the parent plan, and the legal basis cites it. */
    private void citeParent(Plan plan, Plan parent, AgencyRef committee, UnitRef unit, String actor, Instant now) {
        PlanHeader header = plan.header();
        plan.updateHeader(new PlanHeader(header.year(), header.title(), header.issuerAgencyId(),
                header.parentBodyLine(),
                header.issuerLines(), header.symbol(), header.place(), parent.getId(), header.recipients(), false,
                header.signerAuthority(), header.signerTitle(), null, header.closing()), actor, now);
        plan.replaceLegalBasis(List.of(support.citation(parent, committee.id(), unit)), actor, now);
    }

    /**
     * The parent's text replaces the empty outline; its implementation part (duties of the parent's own agencies) and
     * reporting regime are the unit's own to write, so they are not copied. Tasks get the unit's agencies.
     */
    private void copySections(Plan plan, Plan parent, List<AgencyRef> local, String actor, Instant now) {
        for (PlanSection top : plan.children(null)) plan.deleteSection(top.getId(), actor, now);
        plans.flush();
        Set<Long> upperIds = new HashSet<>();
        parent.getSections().forEach(sec -> {
            if (sec.getLeadAgencyId() != null) upperIds.add(sec.getLeadAgencyId());
            upperIds.addAll(sec.getCoordinatingAgencyIds());
        });
        Map<Long, AgencyRef> upperById = new HashMap<>();
        agencies.findAll(upperIds).forEach(a -> upperById.put(a.id(), a));
        AgencyMapper mapper = new AgencyMapper(local, upperById);
        Map<PlanSection, PlanSection> copies = new HashMap<>();
        for (SectionTree.Labelled l : SectionTree.flatten(parent.getSections())) {
            PlanSection s = l.section();
            boolean top = s.getParent() == null;
            if (s.getKind() == SectionKind.IMPLEMENTATION || s.getKind() == SectionKind.REPORTING) continue;
            if (!top && !copies.containsKey(s.getParent())) continue;
            PlanSection parentCopy = top ? null : copies.get(s.getParent());
            PlanSection copy = plan.addSection(parentCopy == null ? null : parentCopy.getId(), null, s.content(),
                    actor, now);
            plans.flush();
            if (s.isTask()) plan.updateSection(copy.getId(), copy.content(), mapper.carryDown(s), actor, now);
            copies.put(s, copy);
        }
    }

    /** An empty implementation part with its reporting regime, for the unit to write. */
    private void addImplementationPart(Plan plan, String actor, Instant now) {
        PlanSection implementation = plan.addSection(null, null, new SectionContent(SectionKind.IMPLEMENTATION, null,
                OfficialText.of("plan.default.section.implementation"), null), actor, now);
        plans.flush();
        plan.addSection(implementation.getId(), null, new SectionContent(SectionKind.REPORTING, null,
                OfficialText.of("plan.default.section.reporting"), null), actor, now);
    }

    /** The parent's requirements on units: deadlines before the parent's, reports to the unit's own focal agency. */
    private void copyRequirements(Plan plan, Plan parent, AgencyRef parentIssuer, Long focal, String actor,
                                  Instant now) {
        for (ReportingRequirement r : List.copyOf(plan.getRequirements())) {
            plan.removeRequirement(r.getId(), actor, now);
        }
        for (ReportingRequirement r : parent.getRequirements()) {
            if (!r.getReporters().includesUnits()) continue;
            plan.addRequirement(new RequirementContent(r.getKind(), r.getPeriodFrom(), r.getPeriodTo(),
                    earlierDeadline(r.getDueDate(), r.getPeriodTo()), focal, null, Reporters.ASSIGNED_AGENCIES,
                    OfficialText.of("plan.default.requirementNote", parentIssuer.name())),
                    actor, now);
        }
    }

    /**
     * The unit's own deadline: some days before the level above's, but not before the data period has ended (an
     * annual cut-off of 14/12 with a provincial deadline of 18/12 leaves the communes 15/12).
     */
    static LocalDate earlierDeadline(LocalDate parentDue, LocalDate periodTo) {
        LocalDate due = parentDue.minusDays(DAYS_BEFORE_PARENT_DEADLINE);
        if (periodTo != null && !due.isAfter(periodTo)) {
            LocalDate dayAfter = periodTo.plusDays(1);
            due = dayAfter.isBefore(parentDue) ? dayAfter : parentDue;
        }
        return due;
    }

    /**
     * Carries an agency of the level above to the unit's agency of the same sector — after 2025 a commune's
     * Phòng Văn hóa - Xã hội covers the social departments, its Phòng Kinh tế the economic ones, its Ủy ban MTTQ the
     * mass organisations. What has no counterpart is kept as a note for the drafter to map by hand.
     */
    static final class AgencyMapper {

        private final Map<Sector, AgencyRef> bySector = new HashMap<>();
        private final AgencyRef committee;
        private final Map<Long, AgencyRef> upper;

        AgencyMapper(List<AgencyRef> local, Map<Long, AgencyRef> upper) {
            local.forEach(a -> bySector.putIfAbsent(a.sector(), a));
            this.committee = local.stream().filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE).findFirst()
                    .orElse(null);
            this.upper = upper;
        }

        Optional<AgencyRef> map(AgencyRef agency) {
            if (agency.kind() == AgencyKind.PEOPLES_COMMITTEE) return Optional.ofNullable(committee);
            AgencyRef same = bySector.get(agency.sector());
            if (same != null) return Optional.of(same);
            Sector fallback = agency.sector().communeFallback();
            return fallback == null ? Optional.empty() : Optional.ofNullable(bySector.get(fallback));
        }

        /** The parent's task as a task of the unit: agencies carried down, deadline a few days earlier. */
        TaskContent carryDown(PlanSection task) {
            Long lead = null;
            String note = task.getLeadNote();
            if (task.getLeadAgencyId() != null) {
                AgencyRef upperLead = upper.get(task.getLeadAgencyId());
                Optional<AgencyRef> mapped = upperLead == null ? Optional.empty() : map(upperLead);
                if (mapped.isPresent()) {
                    lead = mapped.get().id();
                } else {
                    note = upperLead == null ? null : upperLead.name();
                }
            }
            List<Long> coordinating = new ArrayList<>();
            for (Long id : task.getCoordinatingAgencyIds()) {
                AgencyRef agency = upper.get(id);
                Long mapped = agency == null ? null : map(agency).map(AgencyRef::id).orElse(null);
                if (mapped != null && !mapped.equals(lead) && !coordinating.contains(mapped)) coordinating.add(mapped);
            }
            LocalDate to = task.getTaskTo();
            if (to != null) {
                LocalDate earlier = to.minusDays(DAYS_BEFORE_PARENT_DEADLINE);
                if (task.getTaskFrom() == null || !earlier.isBefore(task.getTaskFrom())) to = earlier;
            }
            return new TaskContent(lead, note, coordinating, task.getTaskFrom(), to, task.getTimeNote(),
                    task.getOutput(), task.getTargetCodes(), task.getId());
        }
    }
}
