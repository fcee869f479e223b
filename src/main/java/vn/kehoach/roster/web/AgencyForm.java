package vn.kehoach.roster.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.Sector;
import vn.kehoach.roster.domain.AgencyCommand;
import vn.kehoach.roster.domain.AgencySummary;
import vn.kehoach.shared.text.VietnameseText;

import java.time.LocalDate;

public class AgencyForm {

    @NotNull
    private Long unitId;

    @NotBlank
    @Size(max = 200)
    private String name;

    /** Upper-case abbreviation used in document symbols, e.g. SNV in "KH-SNV". */
    @NotBlank
    @Pattern(regexp = "[A-ZĐ0-9&]{1,20}")
    private String shortName;

    @NotNull
    private AgencyKind kind = AgencyKind.DEPARTMENT;

    @NotNull
    private Sector sector = Sector.OTHER;

    @Min(0)
    @Max(9999)
    private int sortOrder = 100;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate validFrom;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate validTo;

    private long version;

    static AgencyForm of(AgencySummary agency, long version) {
        AgencyForm form = new AgencyForm();
        form.unitId = agency.unitId();
        form.name = agency.name();
        form.shortName = agency.shortName();
        form.kind = agency.kind();
        form.sector = agency.sector();
        form.sortOrder = agency.sortOrder();
        form.validFrom = agency.validFrom();
        form.validTo = agency.validTo();
        form.version = version;
        return form;
    }

    @AssertTrue
    public boolean isPeriodValid() { return validFrom == null || validTo == null || !validTo.isBefore(validFrom); }

    AgencyCommand toCommand() {
        return new AgencyCommand(unitId, VietnameseText.clean(name), shortName.strip(), kind, sector, sortOrder,
                validFrom, validTo);
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) {
        this.shortName = shortName == null ? null : shortName.toUpperCase(VietnameseText.VIETNAMESE);
    }
    public AgencyKind getKind() { return kind; }
    public void setKind(AgencyKind kind) { this.kind = kind; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
