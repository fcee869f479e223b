package vn.kehoach.indicator.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.kehoach.indicator.domain.LocalTargets;
import vn.kehoach.shared.text.VietnameseText;

/** One target's line of the local targets form; an empty value removes the unit's own target for that horizon. */
public class LocalTargetRowForm {

    @NotNull
    private Long targetId;

    @Pattern(regexp = TargetForm.DECIMAL)
    private String value2025;

    @Pattern(regexp = TargetForm.DECIMAL)
    private String value2030;

    @Size(max = 1000)
    private String note;

    static LocalTargetRowForm of(LocalTargets.Row row) {
        LocalTargetRowForm form = new LocalTargetRowForm();
        form.targetId = row.entry().id();
        form.value2025 = TargetForm.text(row.local2025());
        form.value2030 = TargetForm.text(row.local2030());
        form.note = row.note();
        return form;
    }

    LocalTargets.Change toChange() {
        String clean = VietnameseText.clean(note);
        return new LocalTargets.Change(targetId, TargetForm.decimal(value2025), TargetForm.decimal(value2030),
                clean == null || clean.isEmpty() ? null : clean);
    }

    public Long getTargetId() { return targetId; }
    public void setTargetId(Long targetId) { this.targetId = targetId; }
    public String getValue2025() { return value2025; }
    public void setValue2025(String value2025) { this.value2025 = value2025; }
    public String getValue2030() { return value2030; }
    public void setValue2030(String value2030) { this.value2030 = value2030; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
