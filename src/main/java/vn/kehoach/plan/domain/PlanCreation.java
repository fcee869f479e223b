package vn.kehoach.plan.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.PlanDraft;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.InputText;
import vn.kehoach.shared.text.OfficialText;
import vn.kehoach.shared.text.RichText;
import vn.kehoach.shared.web.BusinessRuleException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Starting a plan: a new draft with the conventional outline of its issuer, or one read from an existing document.
 * The user must be a drafter and may issue only as their unit's People's Committee or their own agency.
 */
@Service
@Transactional
public class PlanCreation {

    private final PlanRepository plans;
    private final Units units;
    private final Agencies agencies;
    private final Clock clock;
    private final PlanSupport support;
    private final PlanChecks checks;

    PlanCreation(PlanRepository plans, Units units, Agencies agencies, Clock clock, PlanSupport support,
                 PlanChecks checks) {
        this.plans = plans;
        this.units = units;
        this.agencies = agencies;
        this.clock = clock;
        this.support = support;
        this.checks = checks;
    }

    /** The agencies a user may issue a plan as: their unit's People's Committee, or their own agency. */
    @Transactional(readOnly = true)
    public List<AgencyRef> issuerChoices(CurrentUser user) {
        return support.issuerChoices(user);
    }

    @Transactional(readOnly = true)
    public Optional<AgencyRef> issuerOf(long planId) {
        return agencies.find(support.load(planId).getIssuerAgencyId());
    }

    /** A new draft with the conventional outline, header, signer and reporting regime of its issuer. */
    public long create(CurrentUser user, int year, long issuerAgencyId, String title) {
        PlanSupport.requireDrafter(user);
        AgencyRef issuer = support.issuerChoices(user).stream().filter(a -> a.id() == issuerAgencyId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("plan.create.issuerNotAllowed"));
        UnitRef unit = units.get(issuer.unitId());
        AgencyRef drafting = agencies.find(user.agencyId()).orElseThrow();
        Instant now = clock.instant();
        PlanHeader header = defaultHeader(year,
                title == null || title.isBlank() ? PlanDefaults.title(year, unit) : title,
                issuer, unit, null);
        Plan plan = Plan.draft(unit.id(), drafting.id(), header, user.username(), now);
        plans.save(plan);
        outline(plan, user, now);
        defaultRequirements(plan, unit, year, user, now);
        support.afterChange(plan);
        support.record(plan, null, PlanTransition.Action.CREATE, user, null);
        return plan.getId();
    }

    private PlanHeader defaultHeader(int year, String title, AgencyRef issuer, UnitRef unit, Long parentPlanId) {
        return new PlanHeader(year, title, issuer.id(), PlanDefaults.parentBodyLine(issuer, unit),
                PlanDefaults.issuerLines(issuer, unit), PlanDefaults.symbol(issuer), PlanDefaults.place(unit),
                parentPlanId, List.of(), false, PlanDefaults.signerAuthority(issuer), PlanDefaults.signerTitle(issuer),
                null, PlanDefaults.closing(issuer, unit));
    }

    private void outline(Plan plan, CurrentUser user, Instant now) {
        String actor = user.username();
        plan.addSection(null, null,
                new SectionContent(SectionKind.PURPOSE, null, OfficialText.of("plan.default.section.purpose"), null),
                actor,
                now);
        plan.addSection(null, null,
                new SectionContent(SectionKind.TASKS, null, OfficialText.of("plan.default.section.tasks"), null), actor,
                now);
        plan.addSection(null, null,
                new SectionContent(SectionKind.FUNDING, null, OfficialText.of("plan.default.section.funding"), null),
                actor,
                now);
        PlanSection implementation = plan.addSection(null, null,
                new SectionContent(SectionKind.IMPLEMENTATION, null,
                        OfficialText.of("plan.default.section.implementation"), null),
                actor, now);
        plans.flush();
        plan.addSection(implementation.getId(), null,
                new SectionContent(SectionKind.REPORTING, null, OfficialText.of("plan.default.section.reporting"),
                        null),
                actor, now);
    }

    /** Decree 09/2019 periods: the 6-month and annual reports, due a few days after each cut-off. */
    private void defaultRequirements(Plan plan, UnitRef unit, int year, CurrentUser user, Instant now) {
        Long focal = agencies.focalAt(unit.id(), support.asOf(unit)).map(AgencyRef::id).orElse(null);
        for (ReportKind kind : List.of(ReportKind.SIX_MONTH, ReportKind.ANNUAL)) {
            LocalDate to = kind.defaultPeriodTo(year);
            plan.addRequirement(new RequirementContent(kind, kind.defaultPeriodFrom(year), to, to.plusDays(5), focal,
                    null, Reporters.BOTH, null), user.username(), now);
        }
    }

    /**
     * Saves a plan read from an existing document as a draft of the user's agency: header, legal basis, the section
     * tree with its tasks, reporting regime, recipients and signer, all as the user checked them in the preview.
     */
    public long createFromDraft(CurrentUser user, PlanDraft draft) {
        PlanSupport.requireDrafter(user);
        AgencyRef issuer = support.issuerChoices(user).stream().filter(a -> a.id() == draft.issuerAgencyId())
                .findFirst().orElseThrow(() -> new BusinessRuleException("plan.create.issuerNotAllowed"));
        UnitRef unit = units.get(issuer.unitId());
        AgencyRef drafting = agencies.find(user.agencyId()).orElseThrow();
        Instant now = clock.instant();
        String actor = user.username();
        PlanHeader defaults = defaultHeader(draft.year(), draft.title(), issuer, unit, null);
        Long parentPlanId = draft.legalBasis().stream().map(PlanDraft.LegalBasisEntry::planId)
                .filter(Objects::nonNull).findFirst().orElse(null);
        PlanHeader header = new PlanHeader(draft.year(), draft.title(), issuer.id(),
                orDefault(draft.parentBodyLine(), defaults.parentBodyLine()),
                draft.issuerLines().isEmpty() ? defaults.issuerLines() : draft.issuerLines(),
                orDefault(draft.symbol(), defaults.symbol()), orDefault(draft.place(), defaults.place()), parentPlanId,
                draft.recipients(), !draft.recipients().isEmpty(), orDefault(draft.signerAuthority(),
                        defaults.signerAuthority()),
                orDefault(draft.signerTitle(), defaults.signerTitle()),
                InputText.blankToNull(draft.signerName()), InputText.blankToNull(draft.closing()));
        checks.checkLinkedPlans(user, null, draft.legalBasis().stream()
                .map(PlanDraft.LegalBasisEntry::planId).toList());
        for (PlanDraft.Requirement r : draft.requirements()) {
            checks.checkReceiver(user, r.receiverAgencyId(), null);
        }
        Plan plan = Plan.draft(unit.id(), drafting.id(), header, actor, now);
        plans.save(plan);
        plan.replaceLegalBasis(draft.legalBasis().stream().map(b -> new LegalBasis(b.text(), b.documentNumber(),
                b.date(), b.issuer(), b.planId())).toList(), actor, now);
        addDraftSections(plan, null, draft.sections(), user, now);
        Long focal = agencies.focalAt(unit.id(), support.asOf(unit)).map(AgencyRef::id).orElse(null);
        for (PlanDraft.Requirement r : draft.requirements()) {
            if (r.dueDate() == null) continue;
            plan.addRequirement(new RequirementContent(r.kind(), r.periodFrom(), r.periodTo(), r.dueDate(),
                    r.receiverAgencyId() != null ? r.receiverAgencyId() : focal, r.receiverText(), Reporters.BOTH,
                    r.text()).withDefaultPeriod(draft.year()), actor, now);
        }
        support.afterChange(plan);
        support.record(plan, null, PlanTransition.Action.IMPORT, user, null);
        return plan.getId();
    }

    private void addDraftSections(Plan plan, PlanSection parent, List<PlanDraft.Section> sections,
                                  CurrentUser user, Instant now) {
        for (PlanDraft.Section s : sections) {
            SectionKind kind = s.kind() != null ? s.kind() : parent == null ? SectionKind.OTHER : parent.getKind();
            PlanSection section = plan.addSection(parent == null ? null : parent.getId(), null,
                    new SectionContent(kind, s.style(), InputText.blankToNull(s.title()),
                            RichText.sanitize(s.html())),
                    user.username(), now);
            plans.flush();
            if (s.task() != null) {
                PlanDraft.Task t = s.task();
                TaskContent task = new TaskContent(t.leadAgencyId(), t.leadAgencyId() == null ? t.leadNote() : null,
                        t.coordinatingAgencyIds().stream().filter(c -> !c.equals(t.leadAgencyId())).distinct().toList(),
                        t.from(), t.to() != null && t.from() != null && t.to().isBefore(t.from()) ? null : t.to(),
                        t.timeNote(), t.output(), List.of(), null, t.leadRequested());
                checks.checkAgencies(user, task, null);
                plan.updateSection(section.getId(), section.content(), task, user.username(), now);
            }
            addDraftSections(plan, section, s.children(), user, now);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
