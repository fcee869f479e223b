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

/** The record of one change of the map, for the audit trail of the units it touched. */
@Entity
@Table(name = "reorganisation")
public class Reorganisation {

    public enum Kind { MERGE, SPLIT, ABOLISH_DISTRICT, RENAME }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private LocalDate effectiveOn;

    @Column(nullable = false)
    private String subject;

    private String note;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    protected Reorganisation() {
    }

    public Reorganisation(Kind kind, LocalDate effectiveOn, String subject, String note, String createdBy,
                          Instant createdAt) {
        this.kind = kind;
        this.effectiveOn = effectiveOn;
        this.subject = subject;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }

    public Kind getKind() { return kind; }

    public LocalDate getEffectiveOn() { return effectiveOn; }

    public String getSubject() { return subject; }

    public String getNote() { return note; }

    public String getCreatedBy() { return createdBy; }

    public Instant getCreatedAt() { return createdAt; }
}
