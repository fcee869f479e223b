package vn.kehoach.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.Sector;
import vn.kehoach.roster.UnitLevel;

import java.time.LocalDate;

/** One of the usual agencies of a level in a period; reference data kept by migration. */
@Entity
@Table(name = "agency_template")
public class AgencyTemplate {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private UnitLevel level;

    private String name;

    private String shortName;

    @Enumerated(EnumType.STRING)
    private AgencyKind kind;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    private LocalDate focalFrom;

    private LocalDate focalTo;

    private int sortOrder;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    protected AgencyTemplate() {
    }

    /** The agency name for a unit, e.g. "Công an {unit}" → "Công an phường Đăk Cấm". */
    public String nameFor(String unitInlineName) {
        return name.replace("{unit}", unitInlineName);
    }

    public boolean appliesAt(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public Long getId() { return id; }

    public UnitLevel getLevel() { return level; }

    public String getName() { return name; }

    public String getShortName() { return shortName; }

    public AgencyKind getKind() { return kind; }

    public Sector getSector() { return sector; }

    public LocalDate getFocalFrom() { return focalFrom; }

    public LocalDate getFocalTo() { return focalTo; }

    /** Whether this template's agency is the unit's focal agency on the date. */
    public boolean focalAt(LocalDate date) {
        return focalFrom != null && !focalFrom.isAfter(date) && (focalTo == null || !focalTo.isBefore(date));
    }

    public int getSortOrder() { return sortOrder; }

    public LocalDate getValidFrom() { return validFrom; }

    public LocalDate getValidTo() { return validTo; }
}
