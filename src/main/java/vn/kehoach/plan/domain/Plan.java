package vn.kehoach.plan.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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

    private String parentBodyLine;

    @Column(nullable = false)
    private String issuerLines;

    private String number;

    @Column(nullable = false)
    private String symbol;

    @Column(nullable = false)
    private String place;

    private LocalDate issuedOn;

    @Column(nullable = false)
    private String title;

    private String closing;

    private Long parentPlanId;

    private Long amendsPlanId;

    private int revision = 1;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> recipients = new ArrayList<>();

    private boolean recipientsCustomized;

    private String signerAuthority;

    private String signerTitle;

    private String signerName;

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
        this.title = header.title();
        this.issuerAgencyId = header.issuerAgencyId();
        this.parentBodyLine = header.parentBodyLine();
        this.issuerLines = String.join("\n", header.issuerLines());
        this.symbol = header.symbol();
        this.place = header.place();
        this.parentPlanId = header.parentPlanId();
        this.recipients = new ArrayList<>(header.recipients());
        this.recipientsCustomized = header.recipientsCustomized();
        this.signerAuthority = header.signerAuthority();
        this.signerTitle = header.signerTitle();
        this.signerName = header.signerName();
        this.closing = header.closing();
    }

    public PlanHeader header() {
        return new PlanHeader(year, title, issuerAgencyId, parentBodyLine, issuerLineList(), symbol, place,
                parentPlanId, List.copyOf(recipients), recipientsCustomized, signerAuthority, signerTitle, signerName,
                closing);
    }

    public void replaceLegalBasis(List<LegalBasis> entries, String actor, Instant now) {
        requireEditable();
        legalBasis.clear();
        legalBasis.addAll(entries);
        touch(actor, now);
    }

    /** Generated recipients follow the assignments until a drafter edits them by hand. */
    public void refreshGeneratedRecipients(List<String> generated) {
        if (!recipientsCustomized && status.isEditable()) {
            this.recipients = new ArrayList<>(generated);
        }
    }

    public void updateSearchText(String folded) {
        this.searchText = folded;
    }

    // --- sections -------------------------------------------------------------------------------------------------

    /** Adds a section under {@code parentId} (null: top level), after {@code afterId} (null: at the end). */
    public PlanSection addSection(Long parentId, Long afterId, SectionContent content, String actor, Instant now) {
        requireEditable();
        PlanSection parent = parentId == null ? null : section(parentId);
        List<PlanSection> siblings = children(parent);
        int index = siblings.size();
        if (afterId != null) {
            PlanSection after = section(afterId);
            if (!Objects.equals(after.getParentId(), parentId)) throw new BusinessRuleException("plan.section.badPlace");
            index = siblings.indexOf(after) + 1;
        }
        PlanSection created = new PlanSection(this, parent, index, content);
        siblings.add(index, created);
        sections.add(created);
        renumber(siblings);
        touch(actor, now);
        return created;
    }

    public void updateSection(long sectionId, SectionContent content, TaskContent task, String actor, Instant now) {
        requireEditable();
        PlanSection section = section(sectionId);
        section.apply(content);
        if (task == null) {
            section.clearTask();
        } else {
            section.makeTask(task);
        }
        touch(actor, now);
    }

    /** Removes a section with everything under it. */
    public void deleteSection(long sectionId, String actor, Instant now) {
        requireEditable();
        PlanSection section = section(sectionId);
        List<PlanSection> removed = new ArrayList<>();
        collect(section, removed);
        // Children first, so that no removed row still points at a parent being deleted.
        removed.sort(Comparator.comparingInt(this::depthOf).reversed());
        sections.removeAll(removed);
        renumber(children(section.getParent()));
        touch(actor, now);
    }

    public void moveUp(long sectionId, String actor, Instant now) {
        move(sectionId, -1, actor, now);
    }

    public void moveDown(long sectionId, String actor, Instant now) {
        move(sectionId, +1, actor, now);
    }

    private void move(long sectionId, int delta, String actor, Instant now) {
        requireEditable();
        PlanSection section = section(sectionId);
        List<PlanSection> siblings = children(section.getParent());
        int index = siblings.indexOf(section);
        int target = index + delta;
        if (target < 0 || target >= siblings.size()) return;
        siblings.remove(index);
        siblings.add(target, section);
        renumber(siblings);
        touch(actor, now);
    }

    /** Makes the section the last child of the sibling above it (1. → a) under the previous item). */
    public void indent(long sectionId, String actor, Instant now) {
        requireEditable();
        PlanSection section = section(sectionId);
        List<PlanSection> siblings = children(section.getParent());
        int index = siblings.indexOf(section);
        if (index == 0) throw new BusinessRuleException("plan.section.cannotIndent");
        PlanSection newParent = siblings.get(index - 1);
        siblings.remove(section);
        renumber(siblings);
        List<PlanSection> newSiblings = children(newParent);
        section.placeUnder(newParent, newSiblings.size());
        resetStyleIfDefault(section);
        touch(actor, now);
    }

    /** Makes the section the next sibling of its parent. */
    public void outdent(long sectionId, String actor, Instant now) {
        requireEditable();
        PlanSection section = section(sectionId);
        PlanSection parent = section.getParent();
        if (parent == null) throw new BusinessRuleException("plan.section.cannotOutdent");
        List<PlanSection> oldSiblings = children(parent);
        oldSiblings.remove(section);
        renumber(oldSiblings);
        List<PlanSection> newSiblings = children(parent.getParent());
        newSiblings.add(newSiblings.indexOf(parent) + 1, section);
        section.placeUnder(parent.getParent(), 0);
        renumber(newSiblings);
        resetStyleIfDefault(section);
        touch(actor, now);
    }

    /** A section moved to another depth takes that depth's numbering unless it had a decimal style. */
    private void resetStyleIfDefault(PlanSection section) {
        SectionContent content = section.content();
        if (content.style() != null && content.style() != vn.kehoach.officialdoc.Numbering.Style.DECIMAL) {
            section.apply(new SectionContent(content.kind(), null, content.title(), content.bodyHtml()));
        }
    }

    /** The sections directly under {@code parent} (null: top level), in order; a new list each call. */
    public List<PlanSection> children(PlanSection parent) {
        List<PlanSection> out = new ArrayList<>();
        // Entities are unique per persistence context, so identity is the right comparison (new ones have no id yet).
        for (PlanSection s : sections) {
            if (s.getParent() == parent) out.add(s);
        }
        out.sort(Comparator.comparingInt(PlanSection::getPosition));
        return out;
    }

    private static void renumber(List<PlanSection> siblings) {
        for (int i = 0; i < siblings.size(); i++) siblings.get(i).setPosition(i);
    }

    private void collect(PlanSection section, List<PlanSection> into) {
        into.add(section);
        for (PlanSection child : children(section)) collect(child, into);
    }

    private int depthOf(PlanSection section) {
        int depth = 0;
        for (PlanSection p = section.getParent(); p != null; p = p.getParent()) depth++;
        return depth;
    }

    public PlanSection section(long sectionId) {
        return sections.stream().filter(s -> s.getId() != null && s.getId() == sectionId).findFirst()
                .orElseThrow(() -> new NotFoundException("section", sectionId));
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
        requireStatus(PlanStatus.SUBMITTED);
        status = PlanStatus.DRAFT;
        touch(actor, now);
    }

    public void returnForRevision(String actor, Instant now) {
        requireStatus(PlanStatus.SUBMITTED);
        status = PlanStatus.RETURNED;
        touch(actor, now);
    }

    /** Signs and numbers the plan; from now on nothing in it changes. */
    public void issue(String number, LocalDate issuedOn, String signerAuthority, String signerTitle, String signerName,
                      String actor, Instant now) {
        requireStatus(PlanStatus.SUBMITTED);
        this.number = number;
        this.issuedOn = issuedOn;
        this.signerAuthority = signerAuthority;
        this.signerTitle = signerTitle;
        this.signerName = signerName;
        status = PlanStatus.ISSUED;
        touch(actor, now);
    }

    public void revoke(String actor, Instant now) {
        requireStatus(PlanStatus.ISSUED);
        status = PlanStatus.REVOKED;
        touch(actor, now);
    }

    /** An amendment of this plan was issued: this version stays readable but is no longer in force. */
    public void supersede(String actor, Instant now) {
        requireStatus(PlanStatus.ISSUED);
        status = PlanStatus.AMENDED;
        touch(actor, now);
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

    private void requireStatus(PlanStatus expected) {
        if (status != expected) throw new BusinessRuleException("plan.wrongStatus", status.name());
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    // --- reading --------------------------------------------------------------------------------------------------

    public List<String> issuerLineList() {
        return issuerLines == null || issuerLines.isBlank() ? List.of() : List.of(issuerLines.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public int getYear() {
        return year;
    }

    public Long getIssuerUnitId() {
        return issuerUnitId;
    }

    public Long getIssuerAgencyId() {
        return issuerAgencyId;
    }

    public Long getDraftingAgencyId() {
        return draftingAgencyId;
    }

    public String getParentBodyLine() {
        return parentBodyLine;
    }

    public String getNumber() {
        return number;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getTitle() {
        return title;
    }

    public String getClosing() {
        return closing;
    }

    public Long getParentPlanId() {
        return parentPlanId;
    }

    public Long getAmendsPlanId() {
        return amendsPlanId;
    }

    public int getRevision() {
        return revision;
    }

    public List<String> getRecipients() {
        return List.copyOf(recipients);
    }

    public boolean isRecipientsCustomized() {
        return recipientsCustomized;
    }

    public String getSignerAuthority() {
        return signerAuthority;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<LegalBasis> getLegalBasis() {
        return List.copyOf(legalBasis);
    }

    public List<PlanSection> getSections() {
        return List.copyOf(sections);
    }

    public List<ReportingRequirement> getRequirements() {
        return List.copyOf(requirements);
    }
}
