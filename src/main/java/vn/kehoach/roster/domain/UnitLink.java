package vn.kehoach.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** "Unit A became (part of) unit B on this date". Crosswalk imports create unconfirmed suggestions. */
@Entity
@Table(name = "unit_link")
public class UnitLink {

    public enum Kind { MERGE, SPLIT, RENAME, TRANSFER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long predecessorId;

    @Column(nullable = false)
    private Long successorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    private boolean partial;

    @Column(nullable = false)
    private LocalDate effectiveOn;

    private boolean confirmed;

    @Column(nullable = false)
    private String source;

    private Long reorganisationId;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected UnitLink() {
    }

    public UnitLink(Long predecessorId, Long successorId, Kind kind, boolean partial, LocalDate effectiveOn,
                    boolean confirmed, String source, Long reorganisationId, Instant createdAt) {
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.kind = kind;
        this.partial = partial;
        this.effectiveOn = effectiveOn;
        this.confirmed = confirmed;
        this.source = source;
        this.reorganisationId = reorganisationId;
        this.createdAt = createdAt;
    }

    public void confirm() {
        this.confirmed = true;
    }

    /** Confirmed by a recorded reorganisation, which it then belongs to in the history (a crosswalk's suggestion). */
    public void confirmBy(Long reorganisationId) {
        this.confirmed = true;
        if (this.reorganisationId == null) this.reorganisationId = reorganisationId;
    }

    public Long getId() { return id; }

    public Long getPredecessorId() { return predecessorId; }

    public Long getSuccessorId() { return successorId; }

    public Kind getKind() { return kind; }

    public boolean isPartial() { return partial; }

    public LocalDate getEffectiveOn() { return effectiveOn; }

    public boolean isConfirmed() { return confirmed; }

    public Long getReorganisationId() { return reorganisationId; }

    public String getSource() { return source; }
}
