package vn.kehoach.plan.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.ImplementationDuties;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.RichText;
import vn.kehoach.shared.web.BusinessRuleException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writing a draft: its header and legal basis, the section tree with its tasks, the implementation part and the
 * reporting regime. Each command checks that the user may edit the plan at the version they started from.
 */
@Service
@Transactional
public class PlanDrafting {

    private final PlanRepository plans;
    private final Clock clock;
    private final PlanQueries queries;
    private final PlanSupport support;
    private final PlanChecks checks;

    PlanDrafting(PlanRepository plans, Clock clock, PlanQueries queries, PlanSupport support, PlanChecks checks) {
        this.plans = plans;
        this.clock = clock;
        this.queries = queries;
        this.support = support;
        this.checks = checks;
    }

    // --- header and legal basis -----------------------------------------------------------------------------------

    public void updateHeader(CurrentUser user, long planId, long version, PlanHeader header,
                             List<LegalBasis> legalBasis) {
        Plan plan = support.editable(user, planId, version);
        if (header.issuerAgencyId() == null) throw new BusinessRuleException("plan.create.issuerNotAllowed");
        if (!header.issuerAgencyId().equals(plan.getIssuerAgencyId())
                && support.issuerChoices(user).stream().noneMatch(a -> a.id() == header.issuerAgencyId())) {
            throw new BusinessRuleException("plan.create.issuerNotAllowed");
        }
        checks.checkLinkedPlans(user, plan, legalBasis.stream().map(LegalBasis::getLinkedPlanId).toList());
        plan.updateHeader(header, user.username(), clock.instant());
        plan.replaceLegalBasis(legalBasis, user.username(), clock.instant());
        support.afterChange(plan);
    }

    // --- sections -------------------------------------------------------------------------------------------------

    public long addSection(CurrentUser user, long planId, long version, Long parentId, Long afterId,
                           SectionContent content, TaskContent task) {
        Plan plan = support.editable(user, planId, version);
        SectionKind kind = content.kind() != null
                ? content.kind()
                : parentId == null ? SectionKind.OTHER : plan.section(parentId).getKind();
        PlanSection section = plan.addSection(parentId, afterId,
                new SectionContent(kind, content.style(), content.title(), RichText.sanitize(content.bodyHtml())),
                user.username(), clock.instant());
        plans.flush();
        if (task != null) {
            checks.checkAgencies(user, task, null);
            checks.checkImplements(plan, task, null);
            plan.updateSection(section.getId(), section.content(), task, user.username(), clock.instant());
        }
        support.afterChange(plan);
        return section.getId();
    }

    /**
     * The agencies and the task carried out that a form named for a part that is no task: they are not kept, but an id
     * out of the user's scope is refused all the same (checked before the part is saved).
     */
    @Transactional(readOnly = true)
    public void checkUnkeptTask(CurrentUser user, long planId, Long sectionId, TaskContent named) {
        Plan plan = support.visible(user, planId);
        PlanSection current = sectionId == null ? null : plan.section(sectionId);
        // Only the ids: dates or targets left in the hidden task fields are no reason to refuse the part.
        TaskContent ids = new TaskContent(named.leadAgencyId(), null, named.coordinatingAgencyIds().stream()
                .filter(a -> !a.equals(named.leadAgencyId())).toList(), null, null, null, null, List.of(),
                named.implementsSectionId(), false);
        checks.checkAgencies(user, ids, current);
        checks.checkImplements(plan, ids, current);
    }

    public void updateSection(CurrentUser user, long planId, long version, long sectionId, SectionContent content,
                              TaskContent task) {
        Plan plan = support.editable(user, planId, version);
        PlanSection current = plan.section(sectionId);
        if (task != null) {
            checks.checkAgencies(user, task, current);
            checks.checkImplements(plan, task, current);
        }
        // A part keeps its kind unless the form names another (the field is left out when it cannot change).
        SectionKind kind = content.kind() != null ? content.kind() : current.getKind();
        plan.updateSection(sectionId, new SectionContent(kind, content.style(), content.title(),
                RichText.sanitize(content.bodyHtml())), task, user.username(), clock.instant());
        support.afterChange(plan);
    }

    public void deleteSection(CurrentUser user, long planId, long version, long sectionId) {
        Plan plan = support.editable(user, planId, version);
        plan.deleteSection(sectionId, user.username(), clock.instant());
        support.afterChange(plan);
    }

    public enum Move { UP, DOWN, INDENT, OUTDENT }

    public void moveSection(CurrentUser user, long planId, long version, long sectionId, Move move) {
        Plan plan = support.editable(user, planId, version);
        Instant now = clock.instant();
        switch (move) {
            case UP -> plan.moveUp(sectionId, user.username(), now);
            case DOWN -> plan.moveDown(sectionId, user.username(), now);
            case INDENT -> plan.indent(sectionId, user.username(), now);
            case OUTDENT -> plan.outdent(sectionId, user.username(), now);
        }
        support.afterChange(plan);
    }

    /**
     * Writes "Tổ chức thực hiện" from the assignments, as officials write it (see {@link ImplementationDuties}): one
     * numbered item per agency, its duties in sentences, each task named once. Replaces the items of the
     * implementation part except the reporting regime, which stays last.
     */
    public void generateImplementation(CurrentUser user, long planId, long version) {
        Plan plan = support.editable(user, planId, version);
        PlanSection implementation = plan.getSections().stream()
                .filter(s -> s.getParent() == null && s.getKind() == SectionKind.IMPLEMENTATION).findFirst()
                .orElseThrow(() -> new BusinessRuleException("plan.implementation.missing"));
        Instant now = clock.instant();
        String actor = user.username();
        for (PlanSection child : plan.children(implementation)) {
            if (child.getKind() != SectionKind.REPORTING) plan.deleteSection(child.getId(), actor, now);
        }
        plans.flush();
        PlanSection reporting = plan.children(implementation).stream().findFirst().orElse(null);
        PlanSection after = null;
        for (ImplementationDuties.Duty duty : ImplementationDuties.of(queries.toDetails(plan))) {
            PlanSection item = plan.addSection(implementation.getId(), after == null ? null : after.getId(),
                    new SectionContent(SectionKind.IMPLEMENTATION, null, duty.title(), duty.html()), actor, now);
            plans.flush();
            after = item;
        }
        if (reporting != null && after != null) {
            // Keep the reporting regime as the last item, where plans put it.
            while (plan.children(implementation).indexOf(reporting) < plan.children(implementation).size() - 1) {
                plan.moveDown(reporting.getId(), actor, now);
            }
        }
        support.afterChange(plan);
    }

    // --- reporting regime -----------------------------------------------------------------------------------------

    public long addRequirement(CurrentUser user, long planId, long version, RequirementContent content) {
        Plan plan = support.editable(user, planId, version);
        checks.checkReceiver(user, content.receiverAgencyId(), null);
        ReportingRequirement requirement = plan.addRequirement(content.withDefaultPeriod(plan.getYear()),
                user.username(), clock.instant());
        support.afterChange(plan);
        plans.flush();
        return requirement.getId();
    }

    public void updateRequirement(CurrentUser user, long planId, long version, long requirementId,
                                  RequirementContent content) {
        Plan plan = support.editable(user, planId, version);
        checks.checkReceiver(user, content.receiverAgencyId(), plan.requirement(requirementId).getReceiverAgencyId());
        plan.updateRequirement(requirementId, content.withDefaultPeriod(plan.getYear()), user.username(),
                clock.instant());
        support.afterChange(plan);
    }

    public void removeRequirement(CurrentUser user, long planId, long version, long requirementId) {
        Plan plan = support.editable(user, planId, version);
        plan.removeRequirement(requirementId, user.username(), clock.instant());
        support.afterChange(plan);
    }

    @Transactional(readOnly = true)
    public List<String> generatedRecipientsOf(long planId) {
        return support.generatedRecipients(support.load(planId));
    }
}
