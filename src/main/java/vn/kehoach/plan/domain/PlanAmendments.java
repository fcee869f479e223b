package vn.kehoach.plan.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.officialdoc.OfficialWording;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.StoredMessage;
import vn.kehoach.shared.web.BusinessRuleException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * New revisions of a plan: an amendment of the issued plan ("sửa đổi, bổ sung") and next year's plan copied from this
 * year's. Both start as drafts that copy the plan's content; issuing an amendment supersedes the plan it amends
 * ({@link PlanWorkflow#issue}).
 */
@Service
@Transactional
public class PlanAmendments {

    private final PlanRepository plans;
    private final Units units;
    private final Clock clock;
    private final PlanSupport support;

    PlanAmendments(PlanRepository plans, Units units, Clock clock, PlanSupport support) {
        this.plans = plans;
        this.units = units;
        this.clock = clock;
        this.support = support;
    }

    /**
     * Starts an amendment ("sửa đổi, bổ sung"): a new draft revision that is the issued plan exactly — header, legal
     * basis, sections, tasks with their agencies, reporting regime, recipients, closing and signer — so that its
     * comparison with the issued plan shows only what the drafters then change.
     */
    public long amend(CurrentUser user, long planId) {
        Plan previous = support.visible(user, planId);
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
        support.afterChange(amendment);
        support.record(amendment, null, PlanTransition.Action.AMEND, user, null);
        return amendment.getId();
    }

    /**
     * The recipients printed on the issued plan stay; where the list generated today from the same assignments
     * differs (the roster moved on), the issued list is kept as the drafters' own until they change it.
     */
    private void keepIssuedRecipients(Plan previous, Plan amendment, CurrentUser user) {
        plans.flush();
        if (previous.isRecipientsCustomized()
                || support.generatedRecipients(amendment).equals(previous.getRecipients())) {
            return;
        }
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
        Plan source = support.visible(user, planId);
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
        Plan oldParent = source.getParentPlanId() == null
                ? null
                : plans.findById(source.getParentPlanId()).orElse(null);
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
        support.afterChange(copy);
        support.record(copy, null, PlanTransition.Action.COPY_FORWARD, user,
                StoredMessage.of("plan.history.copiedFrom", source.getYear()));
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
        LegalBasis cited = guidance == null
                ? null
                : support.citation(guidance, source.getIssuerAgencyId(),
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
            SectionContent content = shift == null
                    ? s.content()
                    : new SectionContent(s.getKind(), s.getStyle(),
                            shift.text(s.getTitle()), shift.html(s.getBodyHtml()));
            PlanSection copy = to.addSection(parent == null ? null : parent.getId(), null, content, user.username(),
                    now);
            plans.flush();
            if (s.isTask()) {
                TaskContent t = s.taskContent();
                TaskContent task = shift == null
                        ? t
                        : new TaskContent(t.leadAgencyId(), t.leadNote(),
                                t.coordinatingAgencyIds(), plusYear(t.from()), plusYear(t.to()),
                                shift.text(t.timeNote()),
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
}
