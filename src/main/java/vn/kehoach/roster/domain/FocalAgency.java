package vn.kehoach.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Which agency of a unit is the gender-equality focal agency (cơ quan thường trực) over a period. */
@Entity
@Table(name = "focal_agency")
public class FocalAgency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private Long agencyId;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    protected FocalAgency() {
    }

    public FocalAgency(Long unitId, Long agencyId, LocalDate validFrom) {
        this(unitId, agencyId, validFrom, null);
    }

    public FocalAgency(Long unitId, Long agencyId, LocalDate validFrom, LocalDate validTo) {
        this.unitId = unitId;
        this.agencyId = agencyId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !validFrom.isAfter(to == null ? LocalDate.MAX : to) && (validTo == null || !validTo.isBefore(from));
    }

    public void endBefore(LocalDate date) {
        this.validTo = date.minusDays(1);
    }

    public Long getId() { return id; }

    public Long getUnitId() { return unitId; }

    public Long getAgencyId() { return agencyId; }

    public LocalDate getValidFrom() { return validFrom; }

    public LocalDate getValidTo() { return validTo; }
}
