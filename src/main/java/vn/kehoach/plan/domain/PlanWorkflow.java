package vn.kehoach.plan.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.PlanIssued;
import vn.kehoach.plan.PlanReturned;
import vn.kehoach.plan.PlanRevoked;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.plan.PlanSubmitted;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.StoredMessage;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.Problems;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A plan's way to issue and after: submitted by its drafters, recalled, returned or issued by the issuer's leader,
 * revoked. Each step goes into the plan's history and the audit trail, and is announced as an event.
 */
@Service
@Transactional
public class PlanWorkflow {

    private final PlanRepository plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlanSupport support;

    PlanWorkflow(PlanRepository plans, ApplicationEventPublisher events, Clock clock, PlanSupport support) {
        this.plans = plans;
        this.events = events;
        this.clock = clock;
        this.support = support;
    }

    public void submit(CurrentUser user, long planId, long version) {
        Plan plan = support.editable(user, planId, version);
        PlanStatus from = plan.getStatus();
        plan.submit(user.username(), clock.instant());
        support.record(plan, from, PlanTransition.Action.SUBMIT, user, null);
        events.publishEvent(new PlanSubmitted(plan.getId(), plan.getTitle(), plan.getIssuerAgencyId(),
                plan.getDraftingAgencyId(), plan.getAmendsPlanId() != null));
    }

    public void recall(CurrentUser user, long planId) {
        Plan plan = support.visible(user, planId);
        if (!PlanAccess.canRecall(user, plan)) throw new AccessDeniedException("not a drafter of this plan");
        plan.recall(user.username(), clock.instant());
        support.record(plan, PlanStatus.SUBMITTED, PlanTransition.Action.RECALL, user, null);
    }

    public void returnForRevision(CurrentUser user, long planId, String reason) {
        Plan plan = support.visible(user, planId);
        if (!PlanAccess.canDecide(user, plan)) throw new AccessDeniedException("not a leader of this plan's issuer");
        if (reason == null || reason.isBlank())
            throw BusinessRuleException.onField("reason", "plan.return.reasonRequired");
        plan.returnForRevision(user.username(), clock.instant());
        support.record(plan, PlanStatus.SUBMITTED, PlanTransition.Action.RETURN, user, reason.strip());
        events.publishEvent(
                new PlanReturned(plan.getId(), plan.getTitle(), plan.getDraftingAgencyId(), reason.strip()));
    }

    /**
     * Signs and numbers the plan with the number the unit's registry (văn thư) gave it: "15", or "15/KH-UBND" when
     * the leader types the whole reference, whose symbol must then be the plan's.
     */
    public void issue(CurrentUser user, long planId, String number, LocalDate issuedOn, String signerAuthority,
                      String signerTitle, String signerName) {
        Plan plan = support.visible(user, planId);
        if (!PlanAccess.canDecide(user, plan)) throw new AccessDeniedException("not a leader of this plan's issuer");
        Problems problems = issueProblems(plan, number, issuedOn, signerName);
        problems.throwIfAny();
        String cleanNumber = RegistryNumber.parse(number).orElseThrow().number();
        // The authority and title drafted with the plan stand unless the leader words them differently.
        String authority = signerAuthority == null || signerAuthority.isBlank()
                ? plan.getSignerAuthority()
                : signerAuthority.strip();
        String title = signerTitle == null || signerTitle.isBlank() ? plan.getSignerTitle() : signerTitle.strip();
        plan.issue(cleanNumber, issuedOn, authority, title, signerName.strip(), user.username(), clock.instant());
        support.record(plan, PlanStatus.SUBMITTED, PlanTransition.Action.ISSUE, user, null);
        Long replaces = null;
        if (plan.getAmendsPlanId() != null) {
            Plan previous = support.load(plan.getAmendsPlanId());
            if (previous.getStatus() == PlanStatus.ISSUED) {
                previous.supersede(user.username(), clock.instant());
                support.record(previous, PlanStatus.ISSUED, PlanTransition.Action.SUPERSEDE, user,
                        StoredMessage.of("plan.history.supersededBy", cleanNumber, plan.getSymbol()));
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
        Plan plan = support.visible(user, planId);
        if (!PlanAccess.canDecide(user, plan)) throw new AccessDeniedException("not a leader of this plan's issuer");
        return issueProblems(plan, number, issuedOn, signerName).list();
    }

    private Problems issueProblems(Plan plan, String number, LocalDate issuedOn, String signerName) {
        Problems problems = new Problems();
        Optional<RegistryNumber> typed = RegistryNumber.parse(number);
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
        Plan plan = support.visible(user, planId);
        if (!PlanAccess.canRevoke(user, plan)) throw new AccessDeniedException("not a leader of this plan's issuer");
        if (reason == null || reason.isBlank())
            throw BusinessRuleException.onField("reason", "plan.revoke.reasonRequired");
        plan.revoke(user.username(), clock.instant());
        support.record(plan, PlanStatus.ISSUED, PlanTransition.Action.REVOKE, user, reason.strip());
        events.publishEvent(new PlanRevoked(plan.getId()));
    }
}
