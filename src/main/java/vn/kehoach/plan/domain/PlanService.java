package vn.kehoach.plan.domain;

import vn.kehoach.plan.StrategyTargets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
    private final AuditTrail audit;

    PlanService(PlanRepository plans, PlanTransitionRepository transitions, Units units, Agencies agencies,
                ApplicationEventPublisher events, Clock clock, StrategyTargets targets, AuditTrail audit) {
        this.targets = targets;
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
                blankToNull(draft.signerName()), null);
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
                        t.timeNote(), t.output(), List.of(), null);
                checkAgencies(user, task);
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
        plan.updateHeader(header, user.username(), clock.instant());
        plan.replaceLegalBasis(legalBasis, user.username(), clock.instant());
        afterChange(plan);
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
            checkAgencies(user, task);
            plan.updateSection(section.getId(), section.content(), task, user.username(), clock.instant());
        }
        afterChange(plan);
        return section.getId();
    }

    public void updateSection(CurrentUser user, long planId, long version, long sectionId, SectionContent content,
                              TaskContent task) {
        Plan plan = editable(user, planId, version);
        if (task != null) checkAgencies(user, task);
        plan.updateSection(sectionId, new SectionContent(content.kind(), content.style(), content.title(),
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
     * Writes "Tổ chức thực hiện" from the assignments: one numbered item per agency in the conventional order (the
     * People's Committees and departments first, mass organisations last as "Đề nghị …"), listing what it leads and
     * what it supports. Replaces the items of the implementation part except the reporting regime.
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
        Map<Long, List<String>> leads = new HashMap<>();
        Map<Long, List<String>> supports = new HashMap<>();
        for (SectionTree.Labelled l : SectionTree.flatten(plan.getSections())) {
            PlanSection s = l.section();
            if (!s.isTask()) continue;
            String task = taskName(s, l.path());
            if (s.getLeadAgencyId() != null) leads.computeIfAbsent(s.getLeadAgencyId(), k -> new ArrayList<>()).add(task);
            for (Long c : s.getCoordinatingAgencyIds()) supports.computeIfAbsent(c, k -> new ArrayList<>()).add(task);
        }
        Set<Long> ids = new LinkedHashSet<>(leads.keySet());
        ids.addAll(supports.keySet());
        List<AgencyRef> named = new ArrayList<>(agencies.findAll(ids));
        named.sort(java.util.Comparator.comparing((AgencyRef a) -> a.kind().isRequestedNotAssigned())
                .thenComparingInt(AgencyRef::sortOrder).thenComparing(AgencyRef::name));
        PlanSection reporting = plan.children(implementation).stream().findFirst().orElse(null);
        PlanSection after = null;
        for (AgencyRef agency : named) {
            StringBuilder body = new StringBuilder();
            if (leads.containsKey(agency.id())) {
                body.append("<p>Chủ trì thực hiện:</p><ul>");
                leads.get(agency.id()).forEach(t -> body.append("<li>").append(escape(t)).append("</li>"));
                body.append("</ul>");
            }
            if (supports.containsKey(agency.id())) {
                body.append("<p>Phối hợp thực hiện:</p><ul>");
                supports.get(agency.id()).forEach(t -> body.append("<li>").append(escape(t)).append("</li>"));
                body.append("</ul>");
            }
            String title = (agency.kind().isRequestedNotAssigned() ? "Đề nghị " : "") + agency.name();
            PlanSection item = plan.addSection(implementation.getId(), after == null ? null : after.getId(),
                    new SectionContent(SectionKind.IMPLEMENTATION, null, title, body.toString()), actor, now);
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

    private static String taskName(PlanSection section, String path) {
        String name = section.getTitle() != null && !section.getTitle().isBlank() ? section.getTitle()
                : firstSentence(RichText.toPlainText(section.getBodyHtml()));
        return name + " (mục " + path + ")";
    }

    static String firstSentence(String text) {
        if (text == null) return "";
        String line = text.split("\n")[0].strip();
        int stop = line.indexOf(". ");
        String sentence = stop > 0 ? line.substring(0, stop) : line;
        return sentence.length() > 200 ? sentence.substring(0, 197) + "…" : sentence;
    }

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }

    // --- reporting regime -----------------------------------------------------------------------------------------

    public long addRequirement(CurrentUser user, long planId, long version, RequirementContent content) {
        Plan plan = editable(user, planId, version);
        ReportingRequirement requirement = plan.addRequirement(withDefaults(content, plan.getYear()), user.username(),
                clock.instant());
        afterChange(plan);
        plans.flush();
        return requirement.getId();
    }

    public void updateRequirement(CurrentUser user, long planId, long version, long requirementId,
                                  RequirementContent content) {
        Plan plan = editable(user, planId, version);
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
        Plan plan = load(planId);
        if (!PlanAccess.canRecall(user, plan)) throw new AccessDeniedException("not a drafter of this plan");
        plan.recall(user.username(), clock.instant());
        record(plan, PlanStatus.SUBMITTED, PlanTransition.Action.RECALL, user, null);
    }

    public void returnForRevision(CurrentUser user, long planId, String reason) {
        Plan plan = load(planId);
        if (!PlanAccess.canDecide(user, plan)) throw new AccessDeniedException("not a leader of this plan's issuer");
        if (reason == null || reason.isBlank()) throw new BusinessRuleException("plan.return.reasonRequired");
        plan.returnForRevision(user.username(), clock.instant());
        record(plan, PlanStatus.SUBMITTED, PlanTransition.Action.RETURN, user, reason.strip());
        events.publishEvent(new PlanReturned(plan.getId(), plan.getTitle(), plan.getDraftingAgencyId(), reason.strip()));
    }

    /** Signs and numbers the plan with the number the unit's registry (văn thư) gave it. */
    public void issue(CurrentUser user, long planId, String number, LocalDate issuedOn, String signerAuthority,
                      String signerTitle, String signerName) {
        Plan plan = load(planId);
        if (!PlanAccess.canDecide(user, plan)) throw new AccessDeniedException("not a leader of this plan's issuer");
        String cleanNumber = number == null ? "" : number.strip();
        if (!cleanNumber.matches("\\d{1,5}")) throw new BusinessRuleException("plan.issue.badNumber");
        // Decree 30: numbers below 10 are written with a leading zero.
        if (cleanNumber.length() == 1) cleanNumber = "0" + cleanNumber;
        if (plans.findByNumber(plan.getIssuerAgencyId(), issuedOn.getYear(), cleanNumber, plan.getSymbol())
                .filter(p -> !p.getId().equals(plan.getId())).isPresent()) {
            throw new BusinessRuleException("plan.issue.numberTaken", cleanNumber + "/" + plan.getSymbol());
        }
        if (signerName == null || signerName.isBlank()) throw new BusinessRuleException("plan.issue.signerRequired");
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

    public void revoke(CurrentUser user, long planId, String reason) {
        Plan plan = load(planId);
        if (!PlanAccess.canRevoke(user, plan)) throw new AccessDeniedException("not a leader of this plan's issuer");
        if (reason == null || reason.isBlank()) throw new BusinessRuleException("plan.revoke.reasonRequired");
        plan.revoke(user.username(), clock.instant());
        record(plan, PlanStatus.ISSUED, PlanTransition.Action.REVOKE, user, reason.strip());
        events.publishEvent(new PlanRevoked(plan.getId()));
    }

    /** Starts an amendment ("sửa đổi, bổ sung"): a new draft revision holding the issued text. */
    public long amend(CurrentUser user, long planId) {
        Plan previous = load(planId);
        if (!PlanAccess.canAmend(user, previous)) throw new AccessDeniedException("cannot amend this plan");
        if (plans.existsByAmendsPlanIdAndStatusIn(planId, List.of(PlanStatus.DRAFT, PlanStatus.SUBMITTED,
                PlanStatus.RETURNED))) {
            throw new BusinessRuleException("plan.amend.alreadyOpen");
        }
        PlanHeader header = previous.header();
        Plan amendment = Plan.draft(previous.getIssuerUnitId(), previous.getDraftingAgencyId(),
                new PlanHeader(header.year(), header.title(), header.issuerAgencyId(), header.parentBodyLine(),
                        header.issuerLines(), header.symbol(), header.place(), header.parentPlanId(),
                        header.recipients(), header.recipientsCustomized(), header.signerAuthority(),
                        header.signerTitle(), null, header.closing()), user.username(), clock.instant());
        amendment.becomeAmendmentOf(previous);
        plans.save(amendment);
        copyContent(previous, amendment, 0, user);
        afterChange(amendment);
        record(amendment, null, PlanTransition.Action.AMEND, user, null);
        return amendment.getId();
    }

    /** "Create next year's plan from this one": sections and tasks carried over, dates a year later. */
    public long copyForward(CurrentUser user, long planId) {
        Plan source = load(planId);
        if (!PlanAccess.canCopyForward(user, source)) throw new AccessDeniedException("cannot copy this plan");
        int year = source.getYear() + 1;
        PlanHeader h = source.header();
        String title = h.title().replace(String.valueOf(source.getYear()), String.valueOf(year));
        Plan copy = Plan.draft(source.getIssuerUnitId(), source.getDraftingAgencyId(),
                new PlanHeader(year, title, h.issuerAgencyId(), h.parentBodyLine(), h.issuerLines(), h.symbol(),
                        h.place(), null, h.recipients(), h.recipientsCustomized(), h.signerAuthority(),
                        h.signerTitle(), null, h.closing()), user.username(), clock.instant());
        plans.save(copy);
        copy.replaceLegalBasis(source.getLegalBasis().stream().filter(l -> l.getLinkedPlanId() == null).toList(),
                user.username(), clock.instant());
        copyContent(source, copy, 1, user);
        afterChange(copy);
        record(copy, null, PlanTransition.Action.COPY_FORWARD, user, "Sao từ kế hoạch năm " + source.getYear());
        return copy.getId();
    }

    /** Copies the section tree, tasks and reporting regime; dates move by {@code years}. */
    private void copyContent(Plan from, Plan to, int years, CurrentUser user) {
        Instant now = clock.instant();
        Map<PlanSection, PlanSection> copies = new HashMap<>();
        for (SectionTree.Labelled l : SectionTree.flatten(from.getSections())) {
            PlanSection s = l.section();
            PlanSection parent = s.getParent() == null ? null : copies.get(s.getParent());
            PlanSection copy = to.addSection(parent == null ? null : parent.getId(), null, s.content(),
                    user.username(), now);
            plans.flush();
            if (s.isTask()) {
                TaskContent t = s.taskContent();
                to.updateSection(copy.getId(), copy.content(), new TaskContent(t.leadAgencyId(), t.leadNote(),
                        t.coordinatingAgencyIds(), plusYears(t.from(), years), plusYears(t.to(), years), t.timeNote(),
                        t.output(), t.targetCodes(), years == 0 ? t.implementsSectionId() : null), user.username(), now);
            }
            copies.put(s, copy);
        }
        for (ReportingRequirement r : from.getRequirements()) {
            to.addRequirement(r.content().plusYears(years), user.username(), now);
        }
    }

    private static LocalDate plusYears(LocalDate date, int years) {
        return date == null ? null : date.plusYears(years);
    }

    // --- shared -------------------------------------------------------------------------------------------------

    /** A plan the user may edit, at the version they started from. */
    Plan editable(CurrentUser user, long planId, long version) {
        Plan plan = load(planId);
        if (!PlanAccess.canEdit(user, plan)) {
            if (plan.getStatus().isEditable()) throw new AccessDeniedException("not a drafter of this plan");
            throw new BusinessRuleException("plan.notEditable", plan.getStatus().name());
        }
        if (plan.getVersion() != version) throw new PlanConflictException(planId, plan.getVersion());
        return plan;
    }

    Plan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    /** Agencies named in a task must exist and be active; the roster decides their names. */
    private void checkAgencies(CurrentUser user, TaskContent task) {
        Set<Long> ids = new HashSet<>(task.coordinatingAgencyIds());
        if (task.leadAgencyId() != null) ids.add(task.leadAgencyId());
        if (task.leadAgencyId() != null && task.coordinatingAgencyIds().contains(task.leadAgencyId())) {
            throw new BusinessRuleException("plan.task.leadAlsoCoordinating");
        }
        if (agencies.findAll(ids).size() != ids.size()) throw new BusinessRuleException("plan.task.unknownAgency");
        if (task.from() != null && task.to() != null && task.to().isBefore(task.from())) {
            throw new BusinessRuleException("plan.task.window");
        }
        if (!task.targetCodes().isEmpty()) {
            Set<String> known = targets.byCode(task.targetCodes()).keySet();
            List<String> unknown = task.targetCodes().stream().filter(c -> !known.contains(c)).toList();
            if (!unknown.isEmpty()) throw new BusinessRuleException("plan.task.unknownTarget", String.join(", ", unknown));
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
