package vn.kehoach.plan.domain;

import vn.kehoach.plan.StrategyTargets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.officialdoc.OfficialWording;
import vn.kehoach.plan.PlanIssued;
import vn.kehoach.plan.PlanReturned;
import vn.kehoach.plan.PlanRevoked;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.plan.PlanSubmitted;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.plan.ImplementationDuties;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.text.RichText;
import vn.kehoach.shared.text.VietnameseText;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;
import vn.kehoach.shared.web.Problems;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every change to a plan: drafting, the section tree and tasks, the reporting regime, the workflow, amendments,
 * copying forward and implementing a plan of the level above. Each command checks the user's right and the version
 * the user started from.
 */
@Service
@Transactional
public class PlanService {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final PlanRepository plans;
    private final PlanTransitionRepository transitions;
    private final Units units;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StrategyTargets targets;
    private final PlanQueries queries;
    private final AuditTrail audit;

    PlanService(PlanRepository plans, PlanTransitionRepository transitions, Units units, Agencies agencies,
                ApplicationEventPublisher events, Clock clock, StrategyTargets targets, PlanQueries queries,
                AuditTrail audit) {
        this.targets = targets;
        this.queries = queries;
        this.audit = audit;
        this.plans = plans;
        this.transitions = transitions;
        this.units = units;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    // --- creating -------------------------------------------------------------------------------------------------

    /** The agencies a user may issue a plan as: their unit's People's Committee, or their own agency. */
    @Transactional(readOnly = true)
    public List<AgencyRef> issuerChoices(CurrentUser user) {
        requireDrafter(user);
        LocalDate today = asOf(units.get(user.unitId()));
        List<AgencyRef> choices = new ArrayList<>();
        agencies.activeOf(user.unitId(), today).stream().filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE)
                .forEach(choices::add);
        agencies.find(user.agencyId()).filter(a -> choices.stream().noneMatch(c -> c.id() == a.id()))
                .ifPresent(choices::add);
        return choices;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AgencyRef> issuerOf(long planId) {
        return agencies.find(load(planId).getIssuerAgencyId());
    }

    /** A new draft with the conventional outline, header, signer and reporting regime of its issuer. */
    public long create(CurrentUser user, int year, long issuerAgencyId, String title) {
        requireDrafter(user);
        AgencyRef issuer = issuerChoices(user).stream().filter(a -> a.id() == issuerAgencyId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("plan.create.issuerNotAllowed"));
        UnitRef unit = units.get(issuer.unitId());
        AgencyRef drafting = agencies.find(user.agencyId()).orElseThrow();
        Instant now = clock.instant();
        PlanHeader header = defaultHeader(year, title == null || title.isBlank() ? PlanDefaults.title(year, unit) : title,
                issuer, unit, null);
        Plan plan = Plan.draft(unit.id(), drafting.id(), header, user.username(), now);
        plans.save(plan);
        outline(plan, user, now);
        defaultRequirements(plan, unit, year, user, now);
        afterChange(plan);
        record(plan, null, PlanTransition.Action.CREATE, user, null);
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
        plan.addSection(null, null, new SectionContent(SectionKind.PURPOSE, null, "MỤC ĐÍCH, YÊU CẦU", null), actor, now);
        plan.addSection(null, null, new SectionContent(SectionKind.TASKS, null, "NHIỆM VỤ, GIẢI PHÁP", null), actor, now);
        plan.addSection(null, null, new SectionContent(SectionKind.FUNDING, null, "KINH PHÍ THỰC HIỆN", null), actor, now);
        PlanSection implementation = plan.addSection(null, null,
                new SectionContent(SectionKind.IMPLEMENTATION, null, "TỔ CHỨC THỰC HIỆN", null), actor, now);
        plans.flush();
        plan.addSection(implementation.getId(), null,
                new SectionContent(SectionKind.REPORTING, null, "Chế độ báo cáo", null), actor, now);
    }

    /** Decree 09/2019 periods: the 6-month and annual reports, due a few days after each cut-off. */
    private void defaultRequirements(Plan plan, UnitRef unit, int year, CurrentUser user, Instant now) {
        Long focal = agencies.focalAt(unit.id(), asOf(unit)).map(AgencyRef::id).orElse(null);
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
    public long createFromDraft(CurrentUser user, vn.kehoach.plan.PlanDraft draft) {
        requireDrafter(user);
        AgencyRef issuer = issuerChoices(user).stream().filter(a -> a.id() == draft.issuerAgencyId()).findFirst()
                .orElseThrow(() -> new BusinessRuleException("plan.create.issuerNotAllowed"));
        UnitRef unit = units.get(issuer.unitId());
        AgencyRef drafting = agencies.find(user.agencyId()).orElseThrow();
        Instant now = clock.instant();
        String actor = user.username();
        PlanHeader defaults = defaultHeader(draft.year(), draft.title(), issuer, unit, null);
        Long parentPlanId = draft.legalBasis().stream().map(vn.kehoach.plan.PlanDraft.LegalBasisEntry::planId)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        PlanHeader header = new PlanHeader(draft.year(), draft.title(), issuer.id(),
                orDefault(draft.parentBodyLine(), defaults.parentBodyLine()),
                draft.issuerLines().isEmpty() ? defaults.issuerLines() : draft.issuerLines(),
                orDefault(draft.symbol(), defaults.symbol()), orDefault(draft.place(), defaults.place()), parentPlanId,
                draft.recipients(), !draft.recipients().isEmpty(), orDefault(draft.signerAuthority(),
                defaults.signerAuthority()), orDefault(draft.signerTitle(), defaults.signerTitle()),
                blankToNull(draft.signerName()), blankToNull(draft.closing()));
        checkLinkedPlans(user, null, draft.legalBasis().stream()
                .map(vn.kehoach.plan.PlanDraft.LegalBasisEntry::planId).toList());
        for (vn.kehoach.plan.PlanDraft.Requirement r : draft.requirements()) checkReceiver(user, r.receiverAgencyId(), null);
        Plan plan = Plan.draft(unit.id(), drafting.id(), header, actor, now);
        plans.save(plan);
        plan.replaceLegalBasis(draft.legalBasis().stream().map(b -> new LegalBasis(b.text(), b.documentNumber(),
                b.date(), b.issuer(), b.planId())).toList(), actor, now);
        addDraftSections(plan, null, draft.sections(), user, now);
        Long focal = agencies.focalAt(unit.id(), asOf(unit)).map(AgencyRef::id).orElse(null);
        for (vn.kehoach.plan.PlanDraft.Requirement r : draft.requirements()) {
            if (r.dueDate() == null) continue;
            plan.addRequirement(withDefaults(new RequirementContent(r.kind(), r.periodFrom(), r.periodTo(),
                    r.dueDate(), r.receiverAgencyId() != null ? r.receiverAgencyId() : focal, r.receiverText(),
                    Reporters.BOTH, r.text()), draft.year()), actor, now);
        }
        afterChange(plan);
        record(plan, null, PlanTransition.Action.IMPORT, user, null);
        return plan.getId();
    }

    private void addDraftSections(Plan plan, PlanSection parent, List<vn.kehoach.plan.PlanDraft.Section> sections,
                                  CurrentUser user, Instant now) {
        for (vn.kehoach.plan.PlanDraft.Section s : sections) {
            SectionKind kind = s.kind() != null ? s.kind() : parent == null ? SectionKind.OTHER : parent.getKind();
            PlanSection section = plan.addSection(parent == null ? null : parent.getId(), null,
                    new SectionContent(kind, s.style(), blankToNull(s.title()), RichText.sanitize(s.html())),
                    user.username(), now);
            plans.flush();
            if (s.task() != null) {
                vn.kehoach.plan.PlanDraft.Task t = s.task();
                TaskContent task = new TaskContent(t.leadAgencyId(), t.leadAgencyId() == null ? t.leadNote() : null,
                        t.coordinatingAgencyIds().stream().filter(c -> !c.equals(t.leadAgencyId())).distinct().toList(),
                        t.from(), t.to() != null && t.from() != null && t.to().isBefore(t.from()) ? null : t.to(),
                        t.timeNote(), t.output(), List.of(), null, t.leadRequested());
                checkAgencies(user, task, null);
                plan.updateSection(section.getId(), section.content(), task, user.username(), now);
            }
            addDraftSections(plan, section, s.children(), user, now);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    // --- header and legal basis -----------------------------------------------------------------------------------

    public void updateHeader(CurrentUser user, long planId, long version, PlanHeader header,
                             List<LegalBasis> legalBasis) {
        Plan plan = editable(user, planId, version);
        if (header.issuerAgencyId() == null) throw new BusinessRuleException("plan.create.issuerNotAllowed");
        if (!header.issuerAgencyId().equals(plan.getIssuerAgencyId())
                && issuerChoices(user).stream().noneMatch(a -> a.id() == header.issuerAgencyId())) {
            throw new BusinessRuleException("plan.create.issuerNotAllowed");
        }
        checkLinkedPlans(user, plan, legalBasis.stream().map(LegalBasis::getLinkedPlanId).toList());
        plan.updateHeader(header, user.username(), clock.instant());
        plan.replaceLegalBasis(legalBasis, user.username(), clock.instant());
        afterChange(plan);
    }

    /**
     * A citation links only to a plan the user may read: another province's draft linked by id would otherwise be
     * named (and opened) from this plan. Links the plan already had stay, whatever became of their plan since.
     */
    private void checkLinkedPlans(CurrentUser user, Plan plan, List<Long> linked) {
        Set<Long> kept = new HashSet<>();
        if (plan != null) plan.getLegalBasis().forEach(b -> kept.add(b.getLinkedPlanId()));
        for (Long id : linked) {
            if (id == null || kept.contains(id) || (plan != null && id.equals(plan.getId()))) continue;
            Plan cited = plans.findById(id).orElse(null);
            if (cited == null || !PlanAccess.canView(user, cited, units.get(cited.getIssuerUnitId()).path(),
                    () -> PlanQueries.assigns(cited, user.agencyId()))) {
                throw new BusinessRuleException("plan.legalBasis.unknownPlan");
            }
        }
    }

    // --- sections -------------------------------------------------------------------------------------------------

    public long addSection(CurrentUser user, long planId, long version, Long parentId, Long afterId,
                           SectionContent content, TaskContent task) {
        Plan plan = editable(user, planId, version);
        SectionKind kind = content.kind() != null ? content.kind()
                : parentId == null ? SectionKind.OTHER : plan.section(parentId).getKind();
        PlanSection section = plan.addSection(parentId, afterId,
                new SectionContent(kind, content.style(), content.title(), RichText.sanitize(content.bodyHtml())),
                user.username(), clock.instant());
        plans.flush();
        if (task != null) {
            checkAgencies(user, task, null);
            checkImplements(plan, task, null);
            plan.updateSection(section.getId(), section.content(), task, user.username(), clock.instant());
        }
        afterChange(plan);
        return section.getId();
    }

    /**
     * The agencies and the task carried out that a form named for a part that is no task: they are not kept, but an id
     * out of the user's scope is refused all the same (checked before the part is saved).
     */
    @Transactional(readOnly = true)
    public void checkUnkeptTask(CurrentUser user, long planId, Long sectionId, TaskContent named) {
        Plan plan = visible(user, planId);
        PlanSection current = sectionId == null ? null : plan.section(sectionId);
        // Only the ids: dates or targets left in the hidden task fields are no reason to refuse the part.
        TaskContent ids = new TaskContent(named.leadAgencyId(), null, named.coordinatingAgencyIds().stream()
                .filter(a -> !a.equals(named.leadAgencyId())).toList(), null, null, null, null, List.of(),
                named.implementsSectionId(), false);
        checkAgencies(user, ids, current);
        checkImplements(plan, ids, current);
    }

    public void updateSection(CurrentUser user, long planId, long version, long sectionId, SectionContent content,
                              TaskContent task) {
        Plan plan = editable(user, planId, version);
        PlanSection current = plan.section(sectionId);
        if (task != null) {
            checkAgencies(user, task, current);
            checkImplements(plan, task, current);
        }
        // A part keeps its kind unless the form names another (the field is left out when it cannot change).
        SectionKind kind = content.kind() != null ? content.kind() : current.getKind();
        plan.updateSection(sectionId, new SectionContent(kind, content.style(), content.title(),
                RichText.sanitize(content.bodyHtml())), task, user.username(), clock.instant());
        afterChange(plan);
    }

    public void deleteSection(CurrentUser user, long planId, long version, long sectionId) {
        Plan plan = editable(user, planId, version);
        plan.deleteSection(sectionId, user.username(), clock.instant());
        afterChange(plan);
    }

    public enum Move { UP, DOWN, INDENT, OUTDENT }

    public void moveSection(CurrentUser user, long planId, long version, long sectionId, Move move) {
        Plan plan = editable(user, planId, version);
        Instant now = clock.instant();
        switch (move) {
            case UP -> plan.moveUp(sectionId, user.username(), now);
            case DOWN -> plan.moveDown(sectionId, user.username(), now);
            case INDENT -> plan.indent(sectionId, user.username(), now);
            case OUTDENT -> plan.outdent(sectionId, user.username(), now);
        }
        afterChange(plan);
    }

    /**
     * Writes "Tổ chức thực hiện" from the assignments, as officials write it (see {@link ImplementationDuties}): one
     * numbered item per agency, its duties in sentences, each task named once. Replaces the items of the
     * implementation part except the reporting regime, which stays last.
     */
    public void generateImplementation(CurrentUser user, long planId, long version) {
        Plan plan = editable(user, planId, version);
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
        afterChange(plan);
    }

    static String firstSentence(String text) {
        if (text == null) return "";
        String line = text.split("\n")[0].strip();
        int stop = line.indexOf(". ");
        String sentence = stop > 0 ? line.substring(0, stop) : line;
        return sentence.length() > 200 ? sentence.substring(0, 197) + "…" : sentence;
    }

    // --- reporting regime -----------------------------------------------------------------------------------------

    public long addRequirement(CurrentUser user, long planId, long version, RequirementContent content) {
        Plan plan = editable(user, planId, version);
        checkReceiver(user, content.receiverAgencyId(), null);
        ReportingRequirement requirement = plan.addRequirement(withDefaults(content, plan.getYear()), user.username(),
                clock.instant());
        afterChange(plan);
        plans.flush();
        return requirement.getId();
    }

    public void updateRequirement(CurrentUser user, long planId, long version, long requirementId,
                                  RequirementContent content) {
        Plan plan = editable(user, planId, version);
        checkReceiver(user, content.receiverAgencyId(), plan.requirement(requirementId).getReceiverAgencyId());
        plan.updateRequirement(requirementId, withDefaults(content, plan.getYear()), user.username(), clock.instant());
        afterChange(plan);
    }

    public void removeRequirement(CurrentUser user, long planId, long version, long requirementId) {
        Plan plan = editable(user, planId, version);
        plan.removeRequirement(requirementId, user.username(), clock.instant());
        afterChange(plan);
    }

    /** An empty period takes the Decree 09 period of its kind. */
    private static RequirementContent withDefaults(RequirementContent c, int year) {
        LocalDate from = c.periodFrom() != null ? c.periodFrom() : c.kind().defaultPeriodFrom(year);
        LocalDate to = c.periodTo() != null ? c.periodTo() : c.kind().defaultPeriodTo(year);
        return new RequirementContent(c.kind(), from, to, c.dueDate(), c.receiverAgencyId(), c.receiverText(),
                c.reporters(), c.text());
    }

    // --- workflow -------------------------------------------------------------------------------------------------

    public void submit(CurrentUser user, long planId, long version) {
        Plan plan = editable(user, planId, version);
        PlanStatus from = plan.getStatus();
        plan.submit(user.username(), clock.instant());
        record(plan, from, PlanTransition.Action.SUBMIT, user, null);
        events.publishEvent(new PlanSubmitted(plan.getId(), plan.getTitle(), plan.getIssuerAgencyId(),
                plan.getDraftingAgencyId(), plan.getAmendsPlanId() != null));
    }

    public void recall(CurrentUser user, long planId) {
        Plan plan = visible(user, planId);
        if (!PlanAccess.canRecall(user, plan)) throw new AccessDeniedException("not a drafter of this plan");
        plan.recall(user.username(), clock.instant());
        record(plan, PlanStatus.SUBMITTED, PlanTransition.Action.RECALL, user, null);
    }

    public void returnForRevision(CurrentUser user, long planId, String reason) {
        Plan plan = visible(user, planId);
        if (!PlanAccess.canDecide(user, plan)) throw new AccessDeniedException("not a leader of this plan's issuer");
        if (reason == null || reason.isBlank()) throw BusinessRuleException.onField("reason", "plan.return.reasonRequired");
        plan.returnForRevision(user.username(), clock.instant());
        record(plan, PlanStatus.SUBMITTED, PlanTransition.Action.RETURN, user, reason.strip());
        events.publishEvent(new PlanReturned(plan.getId(), plan.getTitle(), plan.getDraftingAgencyId(), reason.strip()));
    }

    /**
     * Signs and numbers the plan with the number the unit's registry (văn thư) gave it: "15", or "15/KH-UBND" when
     * the leader types the whole reference, whose symbol must then be the plan's.
     */
    public void issue(CurrentUser user, long planId, String number, LocalDate issuedOn, String signerAuthority,
                      String signerTitle, String signerName) {
        Plan plan = visible(user, planId);
        if (!PlanAccess.canDecide(user, plan)) throw new AccessDeniedException("not a leader of this plan's issuer");
        Problems problems = issueProblems(plan, number, issuedOn, signerName);
        problems.throwIfAny();
        String cleanNumber = RegistryNumber.parse(number).orElseThrow().number();
        // The authority and title drafted with the plan stand unless the leader words them differently.
        String authority = signerAuthority == null || signerAuthority.isBlank() ? plan.getSignerAuthority()
                : signerAuthority.strip();
        String title = signerTitle == null || signerTitle.isBlank() ? plan.getSignerTitle() : signerTitle.strip();
        plan.issue(cleanNumber, issuedOn, authority, title, signerName.strip(), user.username(), clock.instant());
        record(plan, PlanStatus.SUBMITTED, PlanTransition.Action.ISSUE, user, null);
        Long replaces = null;
        if (plan.getAmendsPlanId() != null) {
            Plan previous = load(plan.getAmendsPlanId());
            if (previous.getStatus() == PlanStatus.ISSUED) {
                previous.supersede(user.username(), clock.instant());
                record(previous, PlanStatus.ISSUED, PlanTransition.Action.SUPERSEDE, user,
                        "Kế hoạch sửa đổi, bổ sung số " + cleanNumber + "/" + plan.getSymbol());
                replaces = previous.getId();
            }
        }
        events.publishEvent(new PlanIssued(plan.getId(), replaces, plan.getIssuerUnitId(), plan.getYear()));
    }

    /**
     * What stands in the way of issuing the plan with these inputs, all of it: for the form, which shows these beside
     * the fields its own checks passed.
     */
    @Transactional(readOnly = true)
    public List<BusinessRuleException> checkIssue(CurrentUser user, long planId, String number, LocalDate issuedOn,
                                                  String signerName) {
        Plan plan = visible(user, planId);
        if (!PlanAccess.canDecide(user, plan)) throw new AccessDeniedException("not a leader of this plan's issuer");
        return issueProblems(plan, number, issuedOn, signerName).list();
    }

    private Problems issueProblems(Plan plan, String number, LocalDate issuedOn, String signerName) {
        Problems problems = new Problems();
        java.util.Optional<RegistryNumber> typed = RegistryNumber.parse(number);
        if (typed.isEmpty()) {
            problems.add("number", "plan.issue.badNumber", plan.getSymbol());
        } else if (!typed.get().fits(plan.getSymbol())) {
            problems.add("number", "plan.issue.symbolMismatch", typed.get().symbol(), plan.getSymbol());
        } else if (issuedOn != null && plans.findByNumber(plan.getIssuerAgencyId(), issuedOn.getYear(),
                typed.get().number(), plan.getSymbol()).filter(p -> !p.getId().equals(plan.getId())).isPresent()) {
            problems.add("number", "plan.issue.numberTaken", typed.get().number() + "/" + plan.getSymbol());
        }
        if (issuedOn == null) problems.add("issuedOn", "plan.issue.dateRequired");
        if (signerName == null || signerName.isBlank()) problems.add("signerName", "plan.issue.signerRequired");
        return problems;
    }

    public void revoke(CurrentUser user, long planId, String reason) {
        Plan plan = visible(user, planId);
        if (!PlanAccess.canRevoke(user, plan)) throw new AccessDeniedException("not a leader of this plan's issuer");
        if (reason == null || reason.isBlank()) throw BusinessRuleException.onField("reason", "plan.revoke.reasonRequired");
        plan.revoke(user.username(), clock.instant());
        record(plan, PlanStatus.ISSUED, PlanTransition.Action.REVOKE, user, reason.strip());
        events.publishEvent(new PlanRevoked(plan.getId()));
    }

    /**
     * Starts an amendment ("sửa đổi, bổ sung"): a new draft revision that is the issued plan exactly — header, legal
     * basis, sections, tasks with their agencies, reporting regime, recipients, closing and signer — so that its
     * comparison with the issued plan shows only what the drafters then change.
     */
    public long amend(CurrentUser user, long planId) {
        Plan previous = visible(user, planId);
        if (!PlanAccess.canAmend(user, previous)) throw new AccessDeniedException("cannot amend this plan");
        if (plans.existsByAmendsPlanIdAndStatusIn(planId, List.of(PlanStatus.DRAFT, PlanStatus.SUBMITTED,
                PlanStatus.RETURNED))) {
            throw new BusinessRuleException("plan.amend.alreadyOpen");
        }
        Instant now = clock.instant();
        Plan amendment = Plan.draft(previous.getIssuerUnitId(), previous.getDraftingAgencyId(), previous.header(),
                user.username(), now);
        amendment.becomeAmendmentOf(previous);
        plans.save(amendment);
        amendment.replaceLegalBasis(previous.getLegalBasis().stream().map(LegalBasis::copy).toList(),
                user.username(), now);
        copyContent(previous, amendment, null, user);
        keepIssuedRecipients(previous, amendment, user);
        afterChange(amendment);
        record(amendment, null, PlanTransition.Action.AMEND, user, null);
        return amendment.getId();
    }

    /**
     * The recipients printed on the issued plan stay; where the list generated today from the same assignments
     * differs (the roster moved on), the issued list is kept as the drafters' own until they change it.
     */
    private void keepIssuedRecipients(Plan previous, Plan amendment, CurrentUser user) {
        plans.flush();
        if (previous.isRecipientsCustomized() || generatedRecipients(amendment).equals(previous.getRecipients())) return;
        PlanHeader h = amendment.header();
        amendment.updateHeader(new PlanHeader(h.year(), h.title(), h.issuerAgencyId(), h.parentBodyLine(),
                h.issuerLines(), h.symbol(), h.place(), h.parentPlanId(), previous.getRecipients(), true,
                h.signerAuthority(), h.signerTitle(), h.signerName(), h.closing()), user.username(), clock.instant());
    }

    /**
     * "Create next year's plan from this one": sections, tasks and reporting regime carried over with the plan's
     * years moved in their dates and text ({@link YearShift}); the legal basis cites next year's plan of the level
     * above when one is held here. Refused when the issuer already has a plan for that year.
     */
    public long copyForward(CurrentUser user, long planId) {
        Plan source = visible(user, planId);
        if (!PlanAccess.canCopyForward(user, source)) throw new AccessDeniedException("cannot copy this plan");
        int year = source.getYear() + 1;
        List<Plan> existing = plans.findOfYear(source.getIssuerUnitId(), source.getIssuerAgencyId(), year);
        if (!existing.isEmpty()) {
            Plan other = existing.get(0);
            if (other.getNumber() == null) {
                throw new NextYearPlanExistsException("plan.copyForward.existsDraft", other.getId(), year);
            }
            throw new NextYearPlanExistsException("plan.copyForward.exists", other.getId(), year,
                    OfficialWording.twoDigits(other.getNumber()) + "/" + other.getSymbol());
        }
        Plan oldParent = source.getParentPlanId() == null ? null : plans.findById(source.getParentPlanId()).orElse(null);
        Plan guidance = nextYearGuidance(source, oldParent, year);
        YearShift shift = YearShift.from(source.getYear());
        Instant now = clock.instant();
        PlanHeader h = source.header();
        Plan copy = Plan.draft(source.getIssuerUnitId(), source.getDraftingAgencyId(),
                new PlanHeader(year, shift.title(h.title()), h.issuerAgencyId(), h.parentBodyLine(), h.issuerLines(),
                        h.symbol(), h.place(), guidance == null ? null : guidance.getId(), h.recipients(),
                        h.recipientsCustomized(), h.signerAuthority(), h.signerTitle(), null, shift.text(h.closing())),
                user.username(), now);
        plans.save(copy);
        copy.replaceLegalBasis(nextYearBasis(source, oldParent, guidance), user.username(), now);
        copyContent(source, copy, shift, user);
        afterChange(copy);
        record(copy, null, PlanTransition.Action.COPY_FORWARD, user, "Sao từ kế hoạch năm " + source.getYear());
        return copy.getId();
    }

    /** The issued plan of the level above for the year: of the unit that issued the source's parent, else the unit above. */
    private Plan nextYearGuidance(Plan source, Plan oldParent, int year) {
        Long above = oldParent != null ? oldParent.getIssuerUnitId() : units.get(source.getIssuerUnitId()).parentId();
        if (above == null) return null;
        return plans.findIssuedOfYear(above, year, oldParent == null ? null : oldParent.getIssuerAgencyId()).stream()
                .findFirst().orElse(null);
    }

    /**
     * The source's legal basis without the citation of its own year's guidance, which next year's plan does not
     * implement; next year's guidance, when held here, is cited in its place (or last).
     */
    private List<LegalBasis> nextYearBasis(Plan source, Plan oldParent, Plan guidance) {
        LegalBasis cited = guidance == null ? null : citation(guidance, source.getIssuerAgencyId(),
                units.get(source.getIssuerUnitId()));
        List<LegalBasis> basis = new ArrayList<>();
        for (LegalBasis b : source.getLegalBasis()) {
            if (!b.cites(oldParent)) {
                basis.add(b.copy());
            } else if (cited != null) {
                basis.add(cited);
                cited = null;
            }
        }
        if (cited != null) basis.add(cited);
        return basis;
    }

    /**
     * "Thực hiện Kế hoạch số 15/KH-UBND ngày 20/3/2026 của … về …, Ủy ban nhân dân … ban hành Kế hoạch triển khai
     * thực hiện trên địa bàn … như sau:", linked to the plan it cites.
     */
    LegalBasis citation(Plan cited, long issuerAgencyId, UnitRef unit) {
        AgencyRef citedIssuer = agencies.find(cited.getIssuerAgencyId()).orElseThrow();
        AgencyRef issuer = agencies.find(issuerAgencyId).orElseThrow();
        String reference = OfficialWording.twoDigits(cited.getNumber()) + "/" + cited.getSymbol();
        String text = "Thực hiện Kế hoạch số " + reference + " ngày " + DAY.format(cited.getIssuedOn()) + " của "
                + citedIssuer.name() + " về " + lowerFirst(cited.getTitle()) + ", " + issuer.name()
                + " ban hành Kế hoạch triển khai thực hiện trên địa bàn " + unit.inlineName() + " như sau:";
        return new LegalBasis(text, reference, cited.getIssuedOn(), citedIssuer.name(), cited.getId());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Copies the section tree, tasks and reporting regime. Without a {@code shift} the copy is exact (an amendment);
     * with one, dates move a year, the years in the text move with them and tasks no longer carry out the tasks of
     * last year's plan above.
     */
    private void copyContent(Plan from, Plan to, YearShift shift, CurrentUser user) {
        Instant now = clock.instant();
        Map<PlanSection, PlanSection> copies = new HashMap<>();
        for (SectionTree.Labelled l : SectionTree.flatten(from.getSections())) {
            PlanSection s = l.section();
            PlanSection parent = s.getParent() == null ? null : copies.get(s.getParent());
            SectionContent content = shift == null ? s.content() : new SectionContent(s.getKind(), s.getStyle(),
                    shift.text(s.getTitle()), shift.html(s.getBodyHtml()));
            PlanSection copy = to.addSection(parent == null ? null : parent.getId(), null, content, user.username(), now);
            plans.flush();
            if (s.isTask()) {
                TaskContent t = s.taskContent();
                TaskContent task = shift == null ? t : new TaskContent(t.leadAgencyId(), t.leadNote(),
                        t.coordinatingAgencyIds(), plusYear(t.from()), plusYear(t.to()), shift.text(t.timeNote()),
                        shift.text(t.output()), t.targetCodes(), null);
                to.updateSection(copy.getId(), copy.content(), task, user.username(), now);
            }
            copies.put(s, copy);
        }
        for (ReportingRequirement r : from.getRequirements()) {
            to.addRequirement(shift == null ? r.content() : r.content().nextYear(shift), user.username(), now);
        }
    }

    private static LocalDate plusYear(LocalDate date) {
        return date == null ? null : date.plusYears(1);
    }

    // --- shared -------------------------------------------------------------------------------------------------

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

    /**
     * Agencies named in a task must exist, be active (the roster decides their names) and be of the user's units —
     * their own, those below it and those it was formed from: an agency of another province named by id would be
     * given the task and its reports. An agency the task already names stays (a reorganisation may have moved it).
     * Its window runs forwards and its targets are the Strategy's: every broken rule is reported, each on the input
     * it concerns.
     */
    private void checkAgencies(CurrentUser user, TaskContent task, PlanSection current) {
        Problems problems = new Problems();
        Set<Long> ids = new HashSet<>(task.coordinatingAgencyIds());
        if (task.leadAgencyId() != null) ids.add(task.leadAgencyId());
        if (task.leadAgencyId() != null && task.coordinatingAgencyIds().contains(task.leadAgencyId())) {
            problems.add("leadAgencyId", "plan.task.leadAlsoCoordinating");
        }
        Set<Long> named = new HashSet<>();
        if (current != null) {
            if (current.getLeadAgencyId() != null) named.add(current.getLeadAgencyId());
            named.addAll(current.getCoordinatingAgencyIds());
        }
        List<AgencyRef> found = agencies.findAll(ids);
        if (found.size() != ids.size()
                || found.stream().anyMatch(a -> !named.contains(a.id()) && !user.covers(a.unitPath()))) {
            problems.addGeneral("plan.task.unknownAgency");
        }
        if (task.from() != null && task.to() != null && task.to().isBefore(task.from())) {
            problems.add("to", "plan.task.window");
        }
        if (!task.targetCodes().isEmpty()) {
            Set<String> known = targets.byCode(task.targetCodes()).keySet();
            List<String> unknown = task.targetCodes().stream().filter(c -> !known.contains(c)).toList();
            if (!unknown.isEmpty()) problems.add("targets", "plan.task.unknownTarget", String.join(", ", unknown));
        }
        problems.throwIfAny();
    }

    /** A task carries out a task of the plan this plan implements, or none. */
    private void checkImplements(Plan plan, TaskContent task, PlanSection current) {
        Long implemented = task.implementsSectionId();
        if (implemented == null || current != null && implemented.equals(current.getImplementsSectionId())) return;
        Plan parent = plan.getParentPlanId() == null ? null : plans.findById(plan.getParentPlanId()).orElse(null);
        if (parent == null || parent.getSections().stream().noneMatch(s -> s.getId().equals(implemented))) {
            throw new BusinessRuleException("plan.task.unknownParentTask");
        }
    }

    /**
     * Reports go to an agency of the user's units (the focal agency, as a rule): one of another province named by id
     * would receive, read and review this unit's reports. The receiver a requirement already has stays.
     */
    private void checkReceiver(CurrentUser user, Long receiverAgencyId, Long current) {
        if (receiverAgencyId == null || receiverAgencyId.equals(current)) return;
        AgencyRef receiver = agencies.find(receiverAgencyId).orElse(null);
        if (receiver == null || !user.covers(receiver.unitPath())) {
            throw BusinessRuleException.onField("receiverAgencyId", "plan.requirement.unknownReceiver");
        }
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

    @Transactional(readOnly = true)
    public List<String> generatedRecipientsOf(long planId) {
        return generatedRecipients(load(planId));
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
        return PlanDefaults.recipients(unit, parentUnit, parentFocal, agencies.findAll(assigned), unitsBelow, drafting, at);
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

    private static void requireDrafter(CurrentUser user) {
        if (!user.has(Role.DRAFTER) || user.agencyId() == null) throw new AccessDeniedException("drafters only");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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
}
