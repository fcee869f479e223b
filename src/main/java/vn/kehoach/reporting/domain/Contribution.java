package vn.kehoach.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A coordinating agency's part in a task (phối hợp): what it did, sent to the lead agency, which reads it beside its
 * own report and may take it over into the report.
 */
@Entity
@Table(name = "report_contribution")
public class Contribution {

    public enum Status { DRAFT, SENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private Long sectionId;

    @Column(nullable = false)
    private Long contributorAgencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String narrative;

    private Integer activities;

    private Integer participantsMale;

    private Integer participantsFemale;

    private Integer products;

    private BigDecimal spent;

    private Instant sentAt;

    private String sentBy;

    private Instant takenOverAt;

    private String takenOverBy;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected Contribution() {
    }

    public static Contribution start(long reportId, long sectionId, long agencyId) {
        Contribution c = new Contribution();
        c.reportId = reportId;
        c.sectionId = sectionId;
        c.contributorAgencyId = agencyId;
        c.status = Status.DRAFT;
        return c;
    }

    /** Writing again after sending is allowed while the lead's report is open: the lead sees the latest text. */
    public void write(String narrative, Figures figures, boolean send, String actor, Instant now) {
        this.narrative = narrative;
        this.activities = figures.activities();
        this.participantsMale = figures.participantsMale();
        this.participantsFemale = figures.participantsFemale();
        this.products = figures.products();
        this.spent = figures.spent();
        if (send) {
            status = Status.SENT;
            sentAt = now;
            sentBy = actor;
            takenOverAt = null;
            takenOverBy = null;
        }
        updatedAt = now;
        updatedBy = actor;
    }

    public void takenOver(String actor, Instant now) {
        takenOverAt = now;
        takenOverBy = actor;
    }

    public Figures figures() {
        return new Figures(activities, participantsMale, participantsFemale, products, spent);
    }

    public Long getId() { return id; }

    public Long getReportId() { return reportId; }

    public Long getSectionId() { return sectionId; }

    public Long getContributorAgencyId() { return contributorAgencyId; }

    public Status getStatus() { return status; }

    public String getNarrative() { return narrative; }

    public Instant getSentAt() { return sentAt; }

    public String getSentBy() { return sentBy; }

    public Instant getTakenOverAt() { return takenOverAt; }

    public Instant getUpdatedAt() { return updatedAt; }

    public String getUpdatedBy() { return updatedBy; }

    public long getVersion() { return version; }
}
