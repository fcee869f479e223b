package vn.kehoach.plan.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The plan aggregate: header, legal basis, section tree with tasks, reporting regime. Every change goes through a
 * method here that checks the state and stamps the plan, so that the plan's version moves with any change inside it
 * (two people editing the same plan never overwrite each other).
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    private int year;

    @Column(nullable = false)
    private Long issuerUnitId;

    @Column(nullable = false)
    private Long issuerAgencyId;

    @Column(nullable = false)
    private Long draftingAgencyId;

    private String number;

    @Column(nullable = false)
    private String symbol;

    private LocalDate issuedOn;

    private Long parentPlanId;

    private Long amendsPlanId;

    private int revision = 1;

    @Embedded
    private PlanWording wording;

    @Column(nullable = false)
    private String searchText = "";

    @Column(nullable = false, updatable = false)
    private String createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String updatedBy;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "plan_legal_basis", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<LegalBasis> legalBasis = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportingRequirement> requirements = new ArrayList<>();

    protected Plan() {
    }

    public static Plan draft(long issuerUnitId, long draftingAgencyId, PlanHeader header, String actor, Instant now) {
        Plan plan = new Plan();
        plan.status = PlanStatus.DRAFT;
        plan.issuerUnitId = issuerUnitId;
        plan.draftingAgencyId = draftingAgencyId;
        plan.createdBy = actor;
        plan.createdAt = now;
        plan.applyHeader(header);
        plan.touch(actor, now);
        return plan;
    }

    // --- header ---------------------------------------------------------------------------------------------------

    public void updateHeader(PlanHeader header, String actor, Instant now) {
        requireEditable();
        applyHeader(header);
        touch(actor, now);
    }

    private void applyHeader(PlanHeader header) {
        this.year = header.year();
        this.issuerAgencyId = header.issuerAgencyId();
        this.symbol = header.symbol();
        this.parentPlanId = header.parentPlanId();
        this.wording = PlanWording.of(header);
    }

    public PlanHeader header() {
        return wording.header(year, issuerAgencyId, symbol, parentPlanId);
    }

    public void replaceLegalBasis(List<LegalBasis> entries, String actor, Instant now) {
        requireEditable();
        legalBasis.clear();
        legalBasis.addAll(entries);
        touch(actor, now);
    }

    /** Generated recipients follow the assignments until a drafter edits them by hand. */
    public void refreshGeneratedRecipients(List<String> generated) {
        if (!wording.recipientsCustomized() && status.isEditable()) wording.replaceRecipients(generated);
    }

    public void updateSearchText(String folded) {
        this.searchText = folded;
    }

    // --- sections -------------------------------------------------------------------------------------------------

    /** Adds a section under {@code parentId} (null: top level), after {@code afterId} (null: at the end). */
    public PlanSection addSection(Long parentId, Long afterId, SectionContent content, String actor, Instant now) {
        requireEditable();
        PlanSection created = editor().add(parentId, afterId, content);
        touch(actor, now);
        return created;
    }

    public void updateSection(long sectionId, SectionContent content, TaskContent task, String actor, Instant now) {
        changeSections(tree -> tree.update(sectionId, content, task), actor, now);
    }

    /** Removes a section with everything under it. */
    public void deleteSection(long sectionId, String actor, Instant now) {
        changeSections(tree -> tree.delete(sectionId), actor, now);
    }

    public void moveUp(long sectionId, String actor, Instant now) {
        move(sectionId, -1, actor, now);
    }

    public void moveDown(long sectionId, String actor, Instant now) {
        move(sectionId, +1, actor, now);
    }

    /** A move past either end changes nothing, so it leaves the plan (and its version) as it was. */
    private void move(long sectionId, int delta, String actor, Instant now) {
        requireEditable();
        if (editor().move(sectionId, delta)) touch(actor, now);
    }

    /** Makes the section the last child of the sibling above it (1. → a) under the previous item). */
    public void indent(long sectionId, String actor, Instant now) {
        changeSections(tree -> tree.indent(sectionId), actor, now);
    }

    /** Makes the section the next sibling of its parent. */
    public void outdent(long sectionId, String actor, Instant now) {
        changeSections(tree -> tree.outdent(sectionId), actor, now);
    }

    private void changeSections(Consumer<SectionEditor> change, String actor, Instant now) {
        requireEditable();
        change.accept(editor());
        touch(actor, now);
    }

    private SectionEditor editor() {
        return new SectionEditor(this, sections);
    }

    /** The sections directly under {@code parent} (null: top level), in order; a new list each call. */
    public List<PlanSection> children(PlanSection parent) {
        return editor().children(parent);
    }

    public PlanSection section(long sectionId) {
        return editor().section(sectionId);
    }

    // --- reporting regime -----------------------------------------------------------------------------------------

    public ReportingRequirement addRequirement(RequirementContent content, String actor, Instant now) {
        requireEditable();
        ReportingRequirement requirement = new ReportingRequirement(this, requirements.size(), content);
        requirements.add(requirement);
        touch(actor, now);
        return requirement;
    }

    public void updateRequirement(long requirementId, RequirementContent content, String actor, Instant now) {
        requireEditable();
        requirement(requirementId).apply(content);
        touch(actor, now);
    }

    public void removeRequirement(long requirementId, String actor, Instant now) {
        requireEditable();
        requirements.remove(requirement(requirementId));
        for (int i = 0; i < requirements.size(); i++) requirements.get(i).setPosition(i);
        touch(actor, now);
    }

    public ReportingRequirement requirement(long requirementId) {
        return requirements.stream().filter(r -> r.getId() != null && r.getId() == requirementId).findFirst()
                .orElseThrow(() -> new NotFoundException("requirement", requirementId));
    }

    // --- workflow -------------------------------------------------------------------------------------------------

    public void submit(String actor, Instant now) {
        requireEditable();
        if (sections.isEmpty()) throw new BusinessRuleException("plan.submit.empty");
        status = PlanStatus.SUBMITTED;
        touch(actor, now);
    }

    /** The drafters take a submitted plan back before the leader has decided. */
    public void recall(String actor, Instant now) {
        transition(PlanStatus.SUBMITTED, PlanStatus.DRAFT, actor, now);
    }

    public void returnForRevision(String actor, Instant now) {
        transition(PlanStatus.SUBMITTED, PlanStatus.RETURNED, actor, now);
    }

    /** Signs and numbers the plan; from now on nothing in it changes. */
    public void issue(String number, LocalDate issuedOn, String signerAuthority, String signerTitle, String signerName,
                      String actor, Instant now) {
        requireStatus(PlanStatus.SUBMITTED);
        this.number = number;
        this.issuedOn = issuedOn;
        wording.sign(signerAuthority, signerTitle, signerName);
        status = PlanStatus.ISSUED;
        touch(actor, now);
    }

    public void revoke(String actor, Instant now) {
        transition(PlanStatus.ISSUED, PlanStatus.REVOKED, actor, now);
    }

    /** An amendment of this plan was issued: this version stays readable but is no longer in force. */
    public void supersede(String actor, Instant now) {
        transition(PlanStatus.ISSUED, PlanStatus.AMENDED, actor, now);
    }

    /** Marks this draft as the next revision of an issued plan. */
    public void becomeAmendmentOf(Plan previous) {
        this.amendsPlanId = previous.getId();
        this.revision = previous.getRevision() + 1;
        this.parentPlanId = previous.getParentPlanId();
    }

    private void requireEditable() {
        if (!status.isEditable()) throw new BusinessRuleException("plan.notEditable", status.name());
    }

    private void transition(PlanStatus from, PlanStatus to, String actor, Instant now) {
        requireStatus(from);
        status = to;
        touch(actor, now);
    }

    private void requireStatus(PlanStatus expected) {
        if (status != expected) throw new BusinessRuleException("plan.wrongStatus", status.name());
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    // --- reading ----------------------------------------------------------------------------------------------
    // Plain accessors, one a line as in the form objects: they hold no rule, the methods above hold them all.

    public List<String> issuerLineList() { return wording.issuerLineList(); }

    public Long getId() { return id; }

    public PlanStatus getStatus() { return status; }

    public int getYear() { return year; }

    public Long getIssuerUnitId() { return issuerUnitId; }

    public Long getIssuerAgencyId() { return issuerAgencyId; }

    public Long getDraftingAgencyId() { return draftingAgencyId; }

    public String getParentBodyLine() { return wording.parentBodyLine(); }

    public String getNumber() { return number; }

    public String getSymbol() { return symbol; }

    public String getPlace() { return wording.place(); }

    public LocalDate getIssuedOn() { return issuedOn; }

    public String getTitle() { return wording.title(); }

    public String getClosing() { return wording.closing(); }

    public Long getParentPlanId() { return parentPlanId; }

    public Long getAmendsPlanId() { return amendsPlanId; }

    public int getRevision() { return revision; }

    public List<String> getRecipients() { return wording.recipients(); }

    public boolean isRecipientsCustomized() { return wording.recipientsCustomized(); }

    public String getSignerAuthority() { return wording.signerAuthority(); }

    public String getSignerTitle() { return wording.signerTitle(); }

    public String getSignerName() { return wording.signerName(); }

    public String getCreatedBy() { return createdBy; }

    public Instant getCreatedAt() { return createdAt; }

    public String getUpdatedBy() { return updatedBy; }

    public Instant getUpdatedAt() { return updatedAt; }

    public long getVersion() { return version; }

    public List<LegalBasis> getLegalBasis() { return List.copyOf(legalBasis); }

    public List<PlanSection> getSections() { return List.copyOf(sections); }

    public List<ReportingRequirement> getRequirements() { return List.copyOf(requirements); }
}
