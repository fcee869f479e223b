package vn.kehoach.roster.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.kehoach.roster.UnitType;
import vn.kehoach.roster.domain.Reorganisation;
import vn.kehoach.roster.domain.ReorganisationCommand;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * "These units became that unit on this date", as an administrator types it: units by their official codes, the
 * successor either an existing unit (e.g. imported from the new list) or a new one described here.
 */
public class ReorganisationForm {

    private static final String CODES = "^\\s*\\d{2,5}(\\s*[,;\\s]\\s*\\d{2,5})*\\s*$";

    @NotNull
    private Reorganisation.Kind kind = Reorganisation.Kind.MERGE;

    @NotNull
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate effectiveOn;

    @NotBlank
    @Pattern(regexp = CODES)
    private String predecessorCodes;

    @Pattern(regexp = "^$|" + CODES)
    private String successorCodes;

    @Pattern(regexp = "^$|\\d{2,5}")
    private String newCode;

    @Size(max = 100)
    private String newName;

    private UnitType newType;

    @Pattern(regexp = "^$|\\d{2,5}|TW")
    private String newParentCode;

    @NotNull
    private ReorganisationCommand.AgencyDisposition agencies = ReorganisationCommand.AgencyDisposition.CLOSE;

    @Size(max = 500)
    private String note;

    static List<String> codes(String text) {
        if (text == null || text.isBlank()) return List.of();
        return Arrays.stream(text.trim().split("[,;\\s]+")).filter(s -> !s.isEmpty()).distinct().toList();
    }

    boolean describesNewUnit() {
        return newCode != null && !newCode.isBlank();
    }

    public Reorganisation.Kind getKind() { return kind; }
    public void setKind(Reorganisation.Kind kind) { this.kind = kind; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    public String getPredecessorCodes() { return predecessorCodes; }
    public void setPredecessorCodes(String predecessorCodes) { this.predecessorCodes = predecessorCodes; }
    public String getSuccessorCodes() { return successorCodes; }
    public void setSuccessorCodes(String successorCodes) { this.successorCodes = successorCodes; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public UnitType getNewType() { return newType; }
    public void setNewType(UnitType newType) { this.newType = newType; }
    public String getNewParentCode() { return newParentCode; }
    public void setNewParentCode(String newParentCode) { this.newParentCode = newParentCode; }
    public ReorganisationCommand.AgencyDisposition getAgencies() { return agencies; }
    public void setAgencies(ReorganisationCommand.AgencyDisposition agencies) { this.agencies = agencies; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
