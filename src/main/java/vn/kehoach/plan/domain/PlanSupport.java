package vn.kehoach.plan.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.officialdoc.OfficialWording;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.text.OfficialText;
import vn.kehoach.shared.text.RichText;
import vn.kehoach.shared.text.VietnameseText;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the plan use cases share: finding a plan the user may see or edit, keeping its derived fields in step,
 * recording its steps, the day its unit's roster is read on. Called only from their transactional entry points.
 */
@Component
class PlanSupport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final PlanRepository plans;
    private final PlanTransitionRepository transitions;
    private final Units units;
    private final Agencies agencies;
    private final Clock clock;
    private final PlanQueries queries;
    private final AuditTrail audit;

    PlanSupport(PlanRepository plans, PlanTransitionRepository transitions, Units units, Agencies agencies,
                Clock clock, PlanQueries queries, AuditTrail audit) {
        this.plans = plans;
        this.transitions = transitions;
        this.units = units;
        this.agencies = agencies;
        this.clock = clock;
        this.queries = queries;
        this.audit = audit;
    }

    /** A plan the user may edit, at the version they started from; 404 when they may not even see it. */
    Plan editable(CurrentUser user, long planId, long version) {
        Plan plan = visible(user, planId);
        if (!PlanAccess.canEdit(user, plan)) {
            if (plan.getStatus().isEditable()) throw new AccessDeniedException("not a drafter of this plan");
            throw new BusinessRuleException("plan.notEditable", plan.getStatus().name());
        }
        if (plan.getVersion() != version) throw new PlanConflictException(planId, plan.getVersion());
        return plan;
    }

    /**
     * The plan if the user may see it, else 404 whatever they meant to do with it: a refusal of an action (403, 409)
     * would tell them that a plan of another unit exists and what state it is in.
     */
    Plan visible(CurrentUser user, long planId) {
        return queries.visible(user, planId);
    }

    Plan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    /** Keeps the search text and generated recipients in step with the content. */
    void afterChange(Plan plan) {
        // New sections get their ids (and cascaded children their parents) before anything reads them back.
        plans.flush();
        StringBuilder text = new StringBuilder(plan.getTitle());
        for (PlanSection s : plan.getSections()) {
            if (s.getTitle() != null) text.append(' ').append(s.getTitle());
            text.append(' ').append(RichText.toPlainText(s.getBodyHtml()).replace('\n', ' '));
            if (s.getLeadNote() != null) text.append(' ').append(s.getLeadNote());
        }
        plan.updateSearchText(VietnameseText.fold(text.toString()));
        plan.refreshGeneratedRecipients(generatedRecipients(plan));
    }

    List<String> generatedRecipients(Plan plan) {
        UnitRef unit = units.get(plan.getIssuerUnitId());
        UnitRef parentUnit = unit.parentId() == null ? null : units.get(unit.parentId());
        // A past year's plan speaks of the map of that year (districts, Sở LĐTBXH before 2025).
        LocalDate at = plan.getYear() < today().getYear() ? LocalDate.of(plan.getYear(), 6, 30) : today();
        AgencyRef parentFocal = parentUnit == null ? null : agencies.focalAt(parentUnit.id(), at).orElse(null);
        Set<Long> assigned = new LinkedHashSet<>();
        for (PlanSection s : plan.getSections()) {
            if (!s.isTask()) continue;
            if (s.getLeadAgencyId() != null) assigned.add(s.getLeadAgencyId());
            assigned.addAll(s.getCoordinatingAgencyIds());
        }
        boolean unitsBelow = plan.getRequirements().stream().anyMatch(r -> r.getReporters().includesUnits());
        AgencyRef drafting = agencies.find(plan.getDraftingAgencyId()).orElseThrow();
        return PlanDefaults.recipients(unit, parentUnit, parentFocal, agencies.findAll(assigned), unitsBelow, drafting,
                at);
    }

    /** Every step goes into the plan's own history and, with the unit that issues the plan, the audit trail. */
    void record(Plan plan, PlanStatus from, PlanTransition.Action action, CurrentUser user, String reason) {
        transitions.save(new PlanTransition(plan.getId(), from, plan.getStatus(), action, user.username(),
                user.displayName(), clock.instant(), reason));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", plan.getStatus().name());
        after.put("title", plan.getTitle());
        audit.record(AuditEntry.of(AuditAction.ofPlanStep(action), user).object(plan.getId())
                .unit(plan.getIssuerUnitId()).summary(reason)
                .before(from == null ? null : Map.of("status", from.name())).after(after));
    }

    static void requireDrafter(CurrentUser user) {
        if (!user.has(Role.DRAFTER) || user.agencyId() == null) throw new AccessDeniedException("drafters only");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The day a unit's roster is read on: today, or its last day when it has ended (a district's 2024 plan is drafted
     * with the agencies it had, not with none).
     */
    LocalDate asOf(UnitRef unit) {
        LocalDate today = today();
        return unit.validTo() != null && unit.validTo().isBefore(today) ? unit.validTo() : today;
    }

    /**
     * "Thực hiện Kế hoạch số 15/KH-UBND ngày 20/3/2026 của … về …, Ủy ban nhân dân … ban hành Kế hoạch triển khai
     * thực hiện trên địa bàn … như sau:", linked to the plan it cites.
     */
    LegalBasis citation(Plan cited, long issuerAgencyId, UnitRef unit) {
        AgencyRef citedIssuer = agencies.find(cited.getIssuerAgencyId()).orElseThrow();
        AgencyRef issuer = agencies.find(issuerAgencyId).orElseThrow();
        String reference = OfficialWording.twoDigits(cited.getNumber()) + "/" + cited.getSymbol();
        String text = OfficialText.of("plan.default.citation", reference, DAY.format(cited.getIssuedOn()),
                citedIssuer.name(), lowerFirst(cited.getTitle()), issuer.name(), unit.inlineName());
        return new LegalBasis(text, reference, cited.getIssuedOn(), citedIssuer.name(), cited.getId());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The agencies a user may issue a plan as: their unit's People's Committee, or their own agency. */
    List<AgencyRef> issuerChoices(CurrentUser user) {
        requireDrafter(user);
        LocalDate today = asOf(units.get(user.unitId()));
        List<AgencyRef> choices = new ArrayList<>();
        agencies.activeOf(user.unitId(), today).stream().filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE)
                .forEach(choices::add);
        agencies.find(user.agencyId()).filter(a -> choices.stream().noneMatch(c -> c.id() == a.id()))
                .ifPresent(choices::add);
        return choices;
    }
}
