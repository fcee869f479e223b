package vn.kehoach.plan.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.plan.SectionKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One numbered part of a plan: mục, khoản, điểm or bullet; an item of a task part may be a task. */
@Entity
@Table(name = "plan_section")
public class PlanSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private PlanSection parent;

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SectionKind kind;

    @Enumerated(EnumType.STRING)
    private Numbering.Style style;

    private String title;

    private String bodyHtml;

    @Column(name = "is_task")
    private boolean task;

    private Long leadAgencyId;

    private String leadNote;

    private boolean leadRequested;

    private LocalDate taskFrom;

    private LocalDate taskTo;

    private String timeNote;

    private String output;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> targetCodes = new ArrayList<>();

    private Long implementsSectionId;

    // Loaded for all the sections of a plan in one statement, however many there are (batches of 64 would grow).
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "plan_section_coordinator", joinColumns = @JoinColumn(name = "section_id"))
    @OrderColumn(name = "position")
    @Column(name = "agency_id")
    private List<Long> coordinatingAgencyIds = new ArrayList<>();

    protected PlanSection() {
    }

    PlanSection(Plan plan, PlanSection parent, int position, SectionContent content) {
        this.plan = plan;
        this.parent = parent;
        this.position = position;
        apply(content);
    }

    void apply(SectionContent content) {
        this.kind = content.kind();
        this.style = content.style();
        this.title = content.title();
        this.bodyHtml = content.bodyHtml();
    }

    SectionContent content() {
        return new SectionContent(kind, style, title, bodyHtml);
    }

    void makeTask(TaskContent content) {
        this.task = true;
        this.leadAgencyId = content.leadAgencyId();
        this.leadNote = content.leadAgencyId() == null ? content.leadNote() : null;
        this.leadRequested = content.leadRequested();
        this.coordinatingAgencyIds = new ArrayList<>(content.coordinatingAgencyIds());
        this.taskFrom = content.from();
        this.taskTo = content.to();
        this.timeNote = content.timeNote();
        this.output = content.output();
        this.targetCodes = new ArrayList<>(content.targetCodes());
        this.implementsSectionId = content.implementsSectionId();
    }

    void clearTask() {
        this.task = false;
        this.leadAgencyId = null;
        this.leadNote = null;
        this.leadRequested = false;
        this.coordinatingAgencyIds = new ArrayList<>();
        this.taskFrom = null;
        this.taskTo = null;
        this.timeNote = null;
        this.output = null;
        this.targetCodes = new ArrayList<>();
        this.implementsSectionId = null;
    }

    TaskContent taskContent() {
        return new TaskContent(leadAgencyId, leadNote, coordinatingAgencyIds, taskFrom, taskTo, timeNote, output,
                targetCodes, implementsSectionId, leadRequested);
    }

    void placeUnder(PlanSection newParent, int newPosition) {
        this.parent = newParent;
        this.position = newPosition;
    }

    void setPosition(int position) { this.position = position; }

    void shiftTaskDates(int years) {
        if (taskFrom != null) taskFrom = taskFrom.plusYears(years);
        if (taskTo != null) taskTo = taskTo.plusYears(years);
    }

    public Long getId() { return id; }

    public Plan getPlan() { return plan; }

    public PlanSection getParent() { return parent; }

    public Long getParentId() { return parent == null ? null : parent.getId(); }

    public int getPosition() { return position; }

    public SectionKind getKind() { return kind; }

    public Numbering.Style getStyle() { return style; }

    public String getTitle() { return title; }

    public String getBodyHtml() { return bodyHtml; }

    public boolean isTask() { return task; }

    public Long getLeadAgencyId() { return leadAgencyId; }

    public String getLeadNote() { return leadNote; }

    /** The lead is requested ("Đề nghị …"), not assigned: a body outside the issuer's authority. */
    public boolean isLeadRequested() {
        return leadRequested;
    }

    public LocalDate getTaskFrom() { return taskFrom; }

    public LocalDate getTaskTo() { return taskTo; }

    public String getTimeNote() { return timeNote; }

    public String getOutput() { return output; }

    public List<String> getTargetCodes() { return List.copyOf(targetCodes); }

    public Long getImplementsSectionId() { return implementsSectionId; }

    public List<Long> getCoordinatingAgencyIds() { return List.copyOf(coordinatingAgencyIds); }
}
