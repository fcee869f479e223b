package vn.kehoach.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.Sector;

import java.time.Instant;
import java.time.LocalDate;

/** A cơ quan or đơn vị of an administrative unit, active over a period. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    private int sortOrder;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    private Long successorId;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Agency() {
    }

    public Agency(Long unitId, String name, String shortName, AgencyKind kind, Sector sector, int sortOrder,
                  LocalDate validFrom, LocalDate validTo, Instant createdAt) {
        this.unitId = unitId;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.sector = sector;
        this.sortOrder = sortOrder;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = createdAt;
    }

    public void update(String name, String shortName, AgencyKind kind, Sector sector, int sortOrder,
                       LocalDate validFrom, LocalDate validTo) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.sector = sector;
        this.sortOrder = sortOrder;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Closes the agency on the day before {@code effectiveOn}, optionally naming the agency that takes over. */
    public void close(LocalDate effectiveOn, Long successorId) {
        LocalDate lastDay = effectiveOn.minusDays(1);
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("agency cannot end before it starts");
        }
        this.validTo = lastDay;
        this.successorId = successorId;
    }

    /** The agency carries on in the unit that replaced its own (reorganisation "move"), for as long as that unit. */
    public void continueIn(Long newUnitId, LocalDate newUnitValidTo) {
        this.unitId = newUnitId;
        this.validTo = newUnitValidTo;
    }

    public boolean activeAt(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public Long getId() { return id; }

    public Long getUnitId() { return unitId; }

    public String getName() { return name; }

    public String getShortName() { return shortName; }

    public AgencyKind getKind() { return kind; }

    public Sector getSector() { return sector; }

    public int getSortOrder() { return sortOrder; }

    public LocalDate getValidFrom() { return validFrom; }

    public LocalDate getValidTo() { return validTo; }

    public Long getSuccessorId() { return successorId; }

    public long getVersion() { return version; }
}
