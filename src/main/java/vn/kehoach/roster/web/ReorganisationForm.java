package vn.kehoach.roster.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.kehoach.roster.UnitType;
import vn.kehoach.roster.domain.Reorganisation;
import vn.kehoach.roster.domain.ReorganisationCommand;
import vn.kehoach.shared.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * "These units became that unit on this date", as an administrator picks it: the units that end, the successor
 * either existing units (e.g. imported from the new official list) or new ones described here. The same fields travel
 * as hidden inputs from the preview to the confirmation, with the digest of the preview that was shown.
 */
public class ReorganisationForm {

    @NotNull
    private Reorganisation.Kind kind = Reorganisation.Kind.MERGE;

    @NotNull
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate effectiveOn;

    /** A province that ends with its 168 communes is one unit here; hundreds are named only in a crosswalk import. */
    @Size(max = 300)
    private List<Long> predecessorIds = new ArrayList<>();

    @Size(max = 50)
    private List<Long> successorIds = new ArrayList<>();

    @Valid
    @Size(max = 20)
    private List<NewUnitRow> newUnits = new ArrayList<>();

    private boolean transferChildren;

    @NotNull
    private ReorganisationCommand.AgencyDisposition agencies = ReorganisationCommand.AgencyDisposition.CLOSE;

    @Size(max = 500)
    private String note;

    /** The digest of the preview being confirmed. */
    @Size(max = 64)
    private String digest;

    /** A successor to create. A row left empty is ignored. */
    public static class NewUnitRow {

        @Pattern(regexp = "^$|\\d{2,5}")
        private String code;

        @Size(max = 100)
        private String name;

        private UnitType type;

        private Long parentId;

        public boolean isBlank() {
            return (code == null || code.isBlank()) && (name == null || name.isBlank()) && type == null
                    && parentId == null;
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public UnitType getType() { return type; }
        public void setType(UnitType type) { this.type = type; }
        public Long getParentId() { return parentId; }
        public void setParentId(Long parentId) { this.parentId = parentId; }
    }

    /** The rows the administrator filled in, by their position on the form (a removed row leaves a gap). */
    List<Integer> describedRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < newUnits.size(); i++) {
            if (newUnits.get(i) != null && !newUnits.get(i).isBlank()) rows.add(i);
        }
        return rows;
    }

    ReorganisationCommand toCommand() {
        List<ReorganisationCommand.NewUnit> specs = describedRows().stream().map(newUnits::get)
                .map(row -> new ReorganisationCommand.NewUnit(row.code == null ? null : row.code.strip(),
                        VietnameseText.clean(row.name), null, null, row.type, row.parentId))
                .toList();
        return new ReorganisationCommand(kind, effectiveOn, distinct(predecessorIds), specs, distinct(successorIds),
                agencies, note, transferChildren);
    }

    /** Every unit id the form names, to show each pick by its name. */
    List<Long> pickedIds() {
        List<Long> ids = new ArrayList<>(distinct(predecessorIds));
        ids.addAll(distinct(successorIds));
        newUnits.stream().filter(Objects::nonNull).map(NewUnitRow::getParentId).filter(Objects::nonNull)
                .forEach(ids::add);
        return ids;
    }

    /**
     * An empty row to describe a new unit when the form has none. Rows keep their positions (a removed row leaves a
     * gap), so that each error stays beside its field.
     */
    void ensureOneRow() {
        if (newUnits == null) newUnits = new ArrayList<>();
        if (newUnits.stream().allMatch(Objects::isNull)) newUnits.add(new NewUnitRow());
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(ids.stream().filter(Objects::nonNull).toList()));
    }

    public Reorganisation.Kind getKind() { return kind; }
    public void setKind(Reorganisation.Kind kind) { this.kind = kind; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    public List<Long> getPredecessorIds() { return predecessorIds; }
    public void setPredecessorIds(List<Long> predecessorIds) { this.predecessorIds = predecessorIds; }
    public List<Long> getSuccessorIds() { return successorIds; }
    public void setSuccessorIds(List<Long> successorIds) { this.successorIds = successorIds; }
    public List<NewUnitRow> getNewUnits() { return newUnits; }
    public void setNewUnits(List<NewUnitRow> newUnits) { this.newUnits = newUnits; }
    public boolean isTransferChildren() { return transferChildren; }
    public void setTransferChildren(boolean transferChildren) { this.transferChildren = transferChildren; }
    public ReorganisationCommand.AgencyDisposition getAgencies() { return agencies; }
    public void setAgencies(ReorganisationCommand.AgencyDisposition agencies) { this.agencies = agencies; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getDigest() { return digest; }
    public void setDigest(String digest) { this.digest = digest; }
}
