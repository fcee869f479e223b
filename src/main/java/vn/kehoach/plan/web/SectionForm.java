package vn.kehoach.plan.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.plan.domain.SectionContent;
import vn.kehoach.plan.domain.TaskContent;
import vn.kehoach.shared.text.VietnameseText;
import vn.kehoach.shared.web.Narrative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A section's text and, for an item of a task part, its assignment. */
public class SectionForm {

    private SectionKind kind;

    private Numbering.Style style;

    @Size(max = 1000)
    private String title;

    /** Sanitised rich text from the editor (or plain text without it). */
    @Size(max = 100_000)
    @Narrative
    private String body;

    private boolean task;

    private Long leadAgencyId;

    private String leadLabel;

    @Size(max = 300)
    private String leadNote;

    private boolean leadRequested;

    private List<Long> coordinatingAgencyIds = new ArrayList<>();

    private List<String> coordinatingLabels = new ArrayList<>();

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate from;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate to;

    @Size(max = 200)
    private String timeNote;

    @Size(max = 1000)
    private String output;

    /** Strategy target codes separated by commas ("1.1, 3.2a"). */
    @Pattern(regexp = "^$|^[0-9A-Za-z.]{1,10}(\\s*,\\s*[0-9A-Za-z.]{1,10})*$")
    private String targets;

    private Long implementsSectionId;

    private Long parentId;

    private Long afterId;

    private long version;

    static SectionForm of(PlanDetails.Section section, PlanDetails.Task task, long version) {
        SectionForm form = new SectionForm();
        form.kind = section.kind();
        form.style = section.style();
        form.title = section.title();
        form.body = section.html();
        form.task = section.task();
        if (task != null) {
            if (task.lead() != null) {
                form.leadAgencyId = task.lead().agencyId();
                form.leadLabel = task.lead().name();
            }
            form.leadNote = task.leadNote();
            form.leadRequested = task.leadRequested();
            task.coordinating().forEach(c -> {
                form.coordinatingAgencyIds.add(c.agencyId());
                form.coordinatingLabels.add(c.name());
            });
            form.from = task.from();
            form.to = task.to();
            form.timeNote = task.timeNote();
            form.output = task.output();
            form.targets = String.join(", ", task.targets());
            form.implementsSectionId = task.implementsSectionId();
        }
        form.version = version;
        return form;
    }

    @AssertTrue
    public boolean isWindowValid() { return from == null || to == null || !to.isBefore(from); }

    @AssertTrue
    public boolean isLeadGiven() { return !task || leadAgencyId != null || leadNote != null; }

    SectionContent toContent() {
        String cleanTitle = title == null ? null : VietnameseText.clean(title);
        return new SectionContent(kind, style, cleanTitle, body);
    }

    /** The task part, or null when the item is not (or no longer) a task. */
    TaskContent toTask() {
        return task ? named() : null;
    }

    /** The task part as the form holds it, a task or not: what it names is checked either way. */
    TaskContent named() {
        List<String> codes = targets == null || targets.isBlank()
                ? List.of()
                : Arrays.stream(targets.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        List<Long> coordinating = coordinatingAgencyIds.stream().filter(Objects::nonNull).distinct().toList();
        return new TaskContent(leadAgencyId, leadNote,
                coordinating, from, to, timeNote,
                output, codes, implementsSectionId, leadRequested);
    }

    public SectionKind getKind() { return kind; }
    public void setKind(SectionKind kind) { this.kind = kind; }
    public Numbering.Style getStyle() { return style; }
    public void setStyle(Numbering.Style style) { this.style = style; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isTask() { return task; }
    public void setTask(boolean task) { this.task = task; }
    public Long getLeadAgencyId() { return leadAgencyId; }
    public void setLeadAgencyId(Long leadAgencyId) { this.leadAgencyId = leadAgencyId; }
    public String getLeadLabel() { return leadLabel; }
    public void setLeadLabel(String leadLabel) { this.leadLabel = leadLabel; }
    public String getLeadNote() { return leadNote; }
    public void setLeadNote(String leadNote) { this.leadNote = leadNote; }
    public boolean isLeadRequested() { return leadRequested; }
    public void setLeadRequested(boolean leadRequested) { this.leadRequested = leadRequested; }
    public List<Long> getCoordinatingAgencyIds() { return coordinatingAgencyIds; }
    public void setCoordinatingAgencyIds(List<Long> ids) {
        this.coordinatingAgencyIds = ids == null ? new ArrayList<>() : ids;
    }
    public List<String> getCoordinatingLabels() { return coordinatingLabels; }
    public void setCoordinatingLabels(List<String> labels) {
        this.coordinatingLabels = labels == null ? new ArrayList<>() : labels;
    }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getTimeNote() { return timeNote; }
    public void setTimeNote(String timeNote) { this.timeNote = timeNote; }
    public String getOutput() { return output; }
    public void setOutput(String output) { this.output = output; }
    public String getTargets() { return targets; }
    public void setTargets(String targets) { this.targets = targets; }
    public Long getImplementsSectionId() { return implementsSectionId; }
    public void setImplementsSectionId(Long implementsSectionId) { this.implementsSectionId = implementsSectionId; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public Long getAfterId() { return afterId; }
    public void setAfterId(Long afterId) { this.afterId = afterId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
