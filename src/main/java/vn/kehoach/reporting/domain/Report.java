package vn.kehoach.reporting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReporterKind;
import vn.kehoach.shared.web.BusinessRuleException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report owed under one requirement of an issued plan, and what its reporter wrote. Each transition is a method
 * that checks the current status; the version moves with any change so that two people never overwrite each other.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long planId;

    @Column(nullable = false)
    private Long requirementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportKind kind;

    private int year;

    private LocalDate periodFrom;

    private LocalDate periodTo;

    @Column(nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReporterKind reporterKind;

    private Long reporterAgencyId;

    @Column(nullable = false)
    private Long reporterUnitId;

    @Column(nullable = false)
    private Long ownerAgencyId;

    @Column(nullable = false)
    private Long receiverAgencyId;

    @Column(nullable = false)
    private Long subjectPlanId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Embedded
    private ReportSending sending = new ReportSending();

    private String results;

    private String shortcomings;

    private String causes;

    private String directions;

    private String proposals;

    private Instant consolidatedAt;

    private String cancelReason;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "report_entry", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("position")
    private List<ReportEntry> entries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "report_target_value", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("targetCode")
    private List<TargetValue> targets = new ArrayList<>();

    protected Report() {
    }

    /** The obligation as the plan's requirement creates it: nothing written yet. */
    public static Report obligation(Obligation o, String actor, Instant now) {
        Report report = new Report();
        report.planId = o.planId();
        report.requirementId = o.requirementId();
        report.kind = o.kind();
        report.year = o.year();
        report.periodFrom = o.periodFrom();
        report.periodTo = o.periodTo();
        report.dueDate = o.dueDate();
        report.reporterKind = o.reporterKind();
        report.reporterAgencyId = o.reporterAgencyId();
        report.reporterUnitId = o.reporterUnitId();
        report.ownerAgencyId = o.ownerAgencyId();
        report.receiverAgencyId = o.receiverAgencyId();
        report.subjectPlanId = o.subjectPlanId();
        report.status = ReportStatus.NOT_STARTED;
        report.createdAt = now;
        report.touch(actor, now);
        return report;
    }

    // --- content ---------------------------------------------------------------------------------------------------

    public void saveContent(ReportContent content, String actor, Instant now) {
        requireEditable();
        // New lists rather than cleared ones: Hibernate deletes the old rows in one statement without reading them
        // first, which clearing a loaded-on-demand list would.
        List<ReportEntry> newEntries = new ArrayList<>();
        int position = 0;
        for (EntryContent entry : content.entries()) {
            if (!entry.isBlank()) newEntries.add(new ReportEntry(entry, position++));
        }
        entries = newEntries;
        List<TargetValue> newTargets = new ArrayList<>();
        for (TargetValueContent target : content.targets()) {
            if (!target.isBlank()) newTargets.add(new TargetValue(target));
        }
        targets = newTargets;
        results = content.results();
        shortcomings = content.shortcomings();
        causes = content.causes();
        directions = content.directions();
        proposals = content.proposals();
        if (status == ReportStatus.NOT_STARTED) status = ReportStatus.DRAFT;
        touch(actor, now);
    }

    public ReportContent content() {
        return new ReportContent(entries.stream().map(ReportEntry::content).toList(),
                targets.stream().map(TargetValue::content).toList(), results, shortcomings, causes, directions,
                proposals);
    }

    /** Marks the content as drafted from the accepted reports below (the sources are kept beside it). */
    public void consolidated(ReportContent content, String actor, Instant now) {
        saveContent(content, actor, now);
        consolidatedAt = now;
    }

    // --- workflow --------------------------------------------------------------------------------------------------

    /** A unit's report goes to the unit's leader before it is sent. */
    public ReportStatus requestApproval(String actor, Instant now) {
        if (reporterKind != ReporterKind.UNIT) throw new BusinessRuleException("report.approval.notForAgency");
        requireEditable();
        return move(ReportStatus.AWAITING_APPROVAL, actor, now);
    }

    /** The leader sends the draft back to the drafter without sending it upward. */
    public ReportStatus sendBack(String actor, Instant now) {
        requireStatus(ReportStatus.AWAITING_APPROVAL);
        return move(ReportStatus.DRAFT, actor, now);
    }

    /**
     * Sends the report to the receiving agency: a new round. An agency sends its own report; a unit's report is sent
     * by the leader who approves it.
     */
    public ReportStatus submit(String number, String signerAuthority, String signerTitle, String signerName,
                               String actor, Instant now) {
        if (reporterKind == ReporterKind.UNIT) {
            requireStatus(ReportStatus.AWAITING_APPROVAL);
        } else if (!status.isEditable() || status == ReportStatus.NOT_STARTED) {
            throw new BusinessRuleException("report.submit.notAllowed");
        }
        sending.sent(number, signerAuthority, signerTitle, signerName, now);
        return move(ReportStatus.SUBMITTED, actor, now);
    }

    public ReportStatus accept(String actor, Instant now) {
        requireStatus(ReportStatus.SUBMITTED);
        sending.accepted(actor, now);
        return move(ReportStatus.ACCEPTED, actor, now);
    }

    public ReportStatus returnForRevision(String actor, Instant now) {
        requireStatus(ReportStatus.SUBMITTED);
        return move(ReportStatus.RETURNED, actor, now);
    }

    /** Only the reviewer reopens an accepted report, and it must then be sent again. */
    public ReportStatus unlock(String actor, Instant now) {
        requireStatus(ReportStatus.ACCEPTED);
        sending.reopened();
        return move(ReportStatus.RETURNED, actor, now);
    }

    /** No longer owed; what was written stays. */
    public ReportStatus cancel(String reason, String actor, Instant now) {
        if (!status.isOpen()) throw new BusinessRuleException("report.cancel.notOpen");
        cancelReason = reason;
        return move(ReportStatus.CANCELLED, actor, now);
    }

    // --- changes of the plan or the roster ------------------------------------------------------------------------

    /** An amendment replaced the plan: the report now answers the amended plan's matching requirement. */
    public void moveTo(long planId, long requirementId, LocalDate periodFrom, LocalDate periodTo, LocalDate dueDate,
                       long receiverAgencyId, String actor, Instant now) {
        this.planId = planId;
        this.requirementId = requirementId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        if (status.isOpen()) {
            this.dueDate = dueDate;
            this.receiverAgencyId = receiverAgencyId;
        }
        touch(actor, now);
    }

    /** The unit issued its implementing plan: a report not yet begun answers that plan's tasks instead. */
    public boolean answerPlan(long subjectPlanId, String actor, Instant now) {
        if (status != ReportStatus.NOT_STARTED || this.subjectPlanId == subjectPlanId) return false;
        this.subjectPlanId = subjectPlanId;
        touch(actor, now);
        return true;
    }

    /**
     * The plan it answers was amended: what was written for each task now belongs to the same task of the new
     * revision ({@code taskOf} maps old to new task ids; a task the amendment dropped keeps its entry as it was).
     */
    public void followAmendment(long amendedPlanId, Map<Long, PlanDetails.Task> taskOf,
                                String actor, Instant now) {
        List<ReportEntry> moved = new ArrayList<>();
        for (ReportEntry entry : entries) {
            EntryContent c = entry.content();
            PlanDetails.Task task = taskOf.get(c.sectionId());
            moved.add(task == null
                    ? entry
                    : new ReportEntry(new EntryContent(task.sectionId(),
                            task.implementsSectionId(), task.sectionNumber(), task.title(), c.state(), c.narrative(),
                            c.figures()), entry.getPosition()));
        }
        entries.clear();
        entries.addAll(moved);
        this.subjectPlanId = amendedPlanId;
        touch(actor, now);
    }

    /** The unit ended and the unit formed from it owes the report in its place. */
    public void moveToUnit(long unitId) {
        if (reporterKind != ReporterKind.UNIT) throw new IllegalStateException("not a unit's report");
        this.reporterUnitId = unitId;
    }

    public void reassignOwner(long agencyId, String actor, Instant now) {
        this.ownerAgencyId = agencyId;
        touch(actor, now);
    }

    public void reassignReceiver(long agencyId, String actor, Instant now) {
        this.receiverAgencyId = agencyId;
        touch(actor, now);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private ReportStatus move(ReportStatus to, String actor, Instant now) {
        ReportStatus from = status;
        status = to;
        touch(actor, now);
        return from;
    }

    private void requireEditable() {
        if (!status.isEditable()) throw new BusinessRuleException("report.notEditable");
    }

    private void requireStatus(ReportStatus expected) {
        if (status != expected) throw new BusinessRuleException("report.wrongStatus");
    }

    private void touch(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
    }

    /** Whether the first sending came after the due date (in Vietnam's time zone), or null if never sent. */
    public Boolean onTime(ZoneId zone) {
        return sending.onTime(dueDate, zone);
    }

    // Plain accessors, one a line as in the form objects: they hold no rule, the methods above hold them all.

    public Long getId() { return id; }

    public Long getPlanId() { return planId; }

    public Long getRequirementId() { return requirementId; }

    public ReportKind getKind() { return kind; }

    public int getYear() { return year; }

    public LocalDate getPeriodFrom() { return periodFrom; }

    public LocalDate getPeriodTo() { return periodTo; }

    public LocalDate getDueDate() { return dueDate; }

    public ReporterKind getReporterKind() { return reporterKind; }

    public Long getReporterAgencyId() { return reporterAgencyId; }

    public Long getReporterUnitId() { return reporterUnitId; }

    public Long getOwnerAgencyId() { return ownerAgencyId; }

    public Long getReceiverAgencyId() { return receiverAgencyId; }

    public Long getSubjectPlanId() { return subjectPlanId; }

    public ReportStatus getStatus() { return status; }

    public int getRound() { return sending.round(); }

    public String getNumber() { return sending.number(); }

    public Instant getFirstSubmittedAt() { return sending.firstSubmittedAt(); }

    public Instant getLastSubmittedAt() { return sending.lastSubmittedAt(); }

    public List<TargetValue> getTargets() { return List.copyOf(targets); }

    public Instant getAcceptedAt() { return sending.acceptedAt(); }

    public String getSignerAuthority() { return sending.signerAuthority(); }

    public String getSignerTitle() { return sending.signerTitle(); }

    public String getSignerName() { return sending.signerName(); }

    public Instant getConsolidatedAt() { return consolidatedAt; }

    public String getCancelReason() { return cancelReason; }

    public Instant getUpdatedAt() { return updatedAt; }

    public String getUpdatedBy() { return updatedBy; }

    public long getVersion() { return version; }
}
