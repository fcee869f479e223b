package vn.kehoach.roster.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.UnitType;
import vn.kehoach.roster.domain.UnitCommand;
import vn.kehoach.shared.text.VietnameseText;

import java.time.LocalDate;

public class UnitForm {

    @NotBlank
    @Pattern(regexp = "\\d{2,5}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @Size(max = 150)
    private String fullName;

    @Size(max = 100)
    private String nameEn;

    @NotNull
    private UnitType type;

    private Long parentId;

    @NotNull
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate validFrom;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate validTo;

    private long version;

    static UnitForm of(UnitRef unit, long version) {
        UnitForm form = new UnitForm();
        form.code = unit.code();
        form.name = unit.name();
        form.fullName = unit.fullName();
        form.type = unit.type();
        form.parentId = unit.parentId();
        form.validFrom = unit.validFrom();
        form.validTo = unit.validTo();
        form.version = version;
        return form;
    }

    @AssertTrue
    public boolean isPeriodValid() { return validFrom == null || validTo == null || !validTo.isBefore(validFrom); }

    @AssertTrue
    public boolean isCodeLengthValid() {
        return code == null || type == null || !code.matches("\\d+") || code.length() == type.level().codeLength();
    }

    UnitCommand toCommand() {
        String cleanName = VietnameseText.clean(name);
        String full = fullName == null
                ? type.label() + " " + cleanName
                : VietnameseText.clean(fullName);
        return new UnitCommand(code.strip(), cleanName, full,
                nameEn,
                type, parentId, validFrom, validTo);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public UnitType getType() { return type; }
    public void setType(UnitType type) { this.type = type; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
