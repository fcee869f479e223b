package vn.kehoach.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * Issuing: the number from the unit's registry, the date, and who signs. The number may be typed with the plan's
 * symbol ("15/KH-UBND"); the plan service reads it and checks the symbol.
 */
public class IssueForm {

    @NotBlank
    @Size(max = 60)
    private String number;

    @NotNull
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate issuedOn;

    @Size(max = 200)
    private String signerAuthority;

    @Size(max = 100)
    private String signerTitle;

    @NotBlank
    @Size(max = 100)
    private String signerName;

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public String getSignerAuthority() { return signerAuthority; }
    public void setSignerAuthority(String signerAuthority) { this.signerAuthority = signerAuthority; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
}
