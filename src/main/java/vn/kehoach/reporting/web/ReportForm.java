package vn.kehoach.reporting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.kehoach.reporting.domain.ReportContent;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.shared.web.Narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as its writer edits it: one part per task, the targets, the assessment, the document number. Files come
 * with the same form so that choosing one never loses what was typed.
 */
public class ReportForm {

    private long version;

    @Valid
    private List<EntryForm> entries = new ArrayList<>();

    @Valid
    private List<TargetForm> targets = new ArrayList<>();

    @Size(max = 20_000)
    @Narrative
    private String results;

    @Size(max = 20_000)
    @Narrative
    private String shortcomings;

    @Size(max = 20_000)
    @Narrative
    private String causes;

    @Size(max = 20_000)
    @Narrative
    private String directions;

    @Size(max = 20_000)
    @Narrative
    private String proposals;

    /** The registry number of the report document ("15"), given when it is sent. */
    @Size(max = 20)
    private String number;

    static ReportForm of(ReportView report) {
        ReportForm form = new ReportForm();
        form.version = report.version();
        report.tasks().forEach(t -> form.entries.add(EntryForm.of(t.entry())));
        report.otherEntries().forEach(e -> form.entries.add(EntryForm.of(e)));
        report.targets().forEach(t -> form.targets.add(TargetForm.of(t.value())));
        form.results = report.results();
        form.shortcomings = report.shortcomings();
        form.causes = report.causes();
        form.directions = report.directions();
        form.proposals = report.proposals();
        form.number = report.number();
        return form;
    }

    ReportContent toContent() {
        return new ReportContent(entries.stream().map(EntryForm::toContent).toList(),
                targets.stream().map(TargetForm::toContent).toList(), results, shortcomings, causes, directions,
                proposals);
    }

    /** The index of a task's part in {@link #entries}, for placing an error; -1 if absent. */
    int entryIndex(long sectionId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getSectionId() != null && entries.get(i).getSectionId() == sectionId) return i;
        }
        return -1;
    }

    int targetIndex(String code) {
        for (int i = 0; i < targets.size(); i++) {
            if (code.equals(targets.get(i).getCode())) return i;
        }
        return -1;
    }

    public long getVersion() { return version; }

    public void setVersion(long version) { this.version = version; }

    public List<EntryForm> getEntries() { return entries; }

    public void setEntries(List<EntryForm> entries) { this.entries = entries; }

    public List<TargetForm> getTargets() { return targets; }

    public void setTargets(List<TargetForm> targets) { this.targets = targets; }

    public String getResults() { return results; }

    public void setResults(String results) { this.results = results; }

    public String getShortcomings() { return shortcomings; }

    public void setShortcomings(String shortcomings) { this.shortcomings = shortcomings; }

    public String getCauses() { return causes; }

    public void setCauses(String causes) { this.causes = causes; }

    public String getDirections() { return directions; }

    public void setDirections(String directions) { this.directions = directions; }

    public String getProposals() { return proposals; }

    public void setProposals(String proposals) { this.proposals = proposals; }

    public String getNumber() { return number; }

    public void setNumber(String number) { this.number = number; }
}
