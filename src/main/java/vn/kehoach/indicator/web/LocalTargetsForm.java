package vn.kehoach.indicator.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.kehoach.indicator.domain.LocalTargets;

import java.util.ArrayList;
import java.util.List;

/** A unit's own 2025 and 2030 values for every active target, saved together. */
public class LocalTargetsForm {

    @Size(max = 200)
    private List<@Valid LocalTargetRowForm> rows = new ArrayList<>();

    /** The unit's version when the page was opened. */
    @PositiveOrZero
    private long version;

    static LocalTargetsForm of(LocalTargets.Page page) {
        LocalTargetsForm form = new LocalTargetsForm();
        form.version = page.version();
        page.rows().forEach(r -> form.rows.add(LocalTargetRowForm.of(r)));
        return form;
    }

    List<LocalTargets.Change> toChanges() {
        return rows.stream().map(LocalTargetRowForm::toChange).toList();
    }

    public List<LocalTargetRowForm> getRows() { return rows; }
    public void setRows(List<LocalTargetRowForm> rows) { this.rows = rows; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
