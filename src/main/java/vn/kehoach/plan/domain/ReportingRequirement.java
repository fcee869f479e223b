package vn.kehoach.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;

import java.time.LocalDate;

/** One report the plan requires: kind, data period, deadline, receiving agency, who reports. */
@Entity
@Table(name = "plan_reporting_requirement")
public class ReportingRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportKind kind;

    private LocalDate periodFrom;

    private LocalDate periodTo;

    @Column(nullable = false)
    private LocalDate dueDate;

    private Long receiverAgencyId;

    private String receiverText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reporters reporters;

    private String text;

    protected ReportingRequirement() {
    }

    ReportingRequirement(Plan plan, int position, RequirementContent content) {
        this.plan = plan;
        this.position = position;
        apply(content);
    }

    void apply(RequirementContent content) {
        this.kind = content.kind();
        this.periodFrom = content.periodFrom();
        this.periodTo = content.periodTo();
        this.dueDate = content.dueDate();
        this.receiverAgencyId = content.receiverAgencyId();
        this.receiverText = content.receiverText();
        this.reporters = content.reporters();
        this.text = content.text();
    }

    RequirementContent content() {
        return new RequirementContent(kind, periodFrom, periodTo, dueDate, receiverAgencyId, receiverText, reporters,
                text);
    }

    void setPosition(int position) { this.position = position; }

    public Long getId() { return id; }

    public int getPosition() { return position; }

    public ReportKind getKind() { return kind; }

    public LocalDate getPeriodFrom() { return periodFrom; }

    public LocalDate getPeriodTo() { return periodTo; }

    public LocalDate getDueDate() { return dueDate; }

    public Long getReceiverAgencyId() { return receiverAgencyId; }

    public String getReceiverText() { return receiverText; }

    public Reporters getReporters() { return reporters; }

    public String getText() { return text; }
}
