package vn.kehoach.document.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.kehoach.document.importing.PlanImports;
import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.plan.PlanDraft;
import vn.kehoach.plan.PlanHeaderFields;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.shared.web.Narrative;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The preview of an imported plan, every part editable before it is saved: the form carries the whole draft, so
 * nothing is stored until the user confirms.
 */
public class ImportForm extends PlanHeaderFields {

    @Valid
    private List<BasisRow> legalBasis = new ArrayList<>();

    @Valid
    private List<SectionRow> sections = new ArrayList<>();

    @Valid
    private List<RequirementRow> requirements = new ArrayList<>();

    @Valid
    private List<AssignmentRow> assignments = new ArrayList<>();

    private List<String> warnings = new ArrayList<>();

    private String sourceName;

    public static class BasisRow {
        private boolean include = true;
        @Size(max = 2000)
        private String text;
        @Size(max = 100)
        private String documentNumber;
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate date;
        @Size(max = 300)
        private String issuer;
        private Long planId;

        public boolean isInclude() { return include; }
        public void setInclude(boolean include) { this.include = include; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getDocumentNumber() { return documentNumber; }
        public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public String getIssuer() { return issuer; }
        public void setIssuer(String issuer) { this.issuer = issuer; }
        public Long getPlanId() { return planId; }
        public void setPlanId(Long planId) { this.planId = planId; }
    }

    /** A section flattened with its depth; the tree is rebuilt from the depths when saved. */
    public static class SectionRow {
        private boolean include = true;
        private int depth;
        private String label;
        private Numbering.Style style;
        private SectionKind kind;
        @Size(max = 1000)
        private String title;
        @Size(max = 50_000)
        @Narrative
        private String text;
        private boolean task;
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate from;
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate to;
        @Size(max = 1000)
        private String output;
        @Size(max = 200)
        private String timeNote;
        /** The task as the preview names it, when that is not the title ("Sở Tài chính: tham mưu …"). */
        @Size(max = 1000)
        private String taskTitle;

        public boolean isInclude() { return include; }
        public void setInclude(boolean include) { this.include = include; }
        public int getDepth() { return depth; }
        public void setDepth(int depth) { this.depth = depth; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public Numbering.Style getStyle() { return style; }
        public void setStyle(Numbering.Style style) { this.style = style; }
        public SectionKind getKind() { return kind; }
        public void setKind(SectionKind kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public boolean isTask() { return task; }
        public void setTask(boolean task) { this.task = task; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate to) { this.to = to; }
        public String getOutput() { return output; }
        public void setOutput(String output) { this.output = output; }
        public String getTimeNote() { return timeNote; }
        public void setTimeNote(String timeNote) { this.timeNote = timeNote; }
        public String getTaskTitle() { return taskTitle; }
        public void setTaskTitle(String taskTitle) { this.taskTitle = taskTitle; }

        /** What the task is called in an agency's list: its own words, else the heading or first line. */
        String heading() {
            if (taskTitle != null && !taskTitle.isBlank()) return taskTitle;
            if (title != null && !title.isBlank()) return title;
            String first = text == null ? "" : text.strip().split("\\R", 2)[0];
            return first.length() > 160 ? first.substring(0, 157) + "…" : first;
        }
    }

    /** How an agency takes part in a task. */
    public enum Role { LEAD, COORDINATING }

    /**
     * One agency as the plan names it, with the roster agency it was matched to (changeable), whether it is requested
     * ("Đề nghị …") rather than assigned, and the tasks it takes part in.
     */
    public static class AssignmentRow {
        @Size(max = 300)
        private String name;
        private Long agencyId;
        private boolean requested;
        @Valid
        private List<LinkRow> tasks = new ArrayList<>();

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Long getAgencyId() { return agencyId; }
        public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
        public boolean isRequested() { return requested; }
        public void setRequested(boolean requested) { this.requested = requested; }
        public List<LinkRow> getTasks() { return tasks; }
        public void setTasks(List<LinkRow> tasks) { this.tasks = tasks == null ? new ArrayList<>() : tasks; }
    }

    /**
     * A task of an agency: the section it is, whether it is kept, the agency's role in it, and where the plan names
     * the agency among the task's partners (the saved plan lists them in that order).
     */
    public static class LinkRow {
        private int section;
        private boolean include = true;
        private Role role = Role.LEAD;
        private int position;

        public int getSection() { return section; }
        public void setSection(int section) { this.section = section; }
        public boolean isInclude() { return include; }
        public void setInclude(boolean include) { this.include = include; }
        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public int getPosition() { return position; }
        public void setPosition(int position) { this.position = position; }
    }

    public static class RequirementRow {
        private boolean include = true;
        private ReportKind kind = ReportKind.OTHER;
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate periodFrom;
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate periodTo;
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate dueDate;
        private String receiverText;
        private Long receiverAgencyId;
        @Size(max = 2000)
        private String text;

        /** A kept requirement needs its due date: without one no report could be asked for. */
        @AssertTrue
        public boolean isDueGiven() { return !include || dueDate != null; }

        public boolean isInclude() { return include; }
        public void setInclude(boolean include) { this.include = include; }
        public ReportKind getKind() { return kind; }
        public void setKind(ReportKind kind) { this.kind = kind; }
        public LocalDate getPeriodFrom() { return periodFrom; }
        public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
        public LocalDate getPeriodTo() { return periodTo; }
        public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
        public LocalDate getDueDate() { return dueDate; }
        public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
        public String getReceiverText() { return receiverText; }
        public void setReceiverText(String receiverText) { this.receiverText = receiverText; }
        public Long getReceiverAgencyId() { return receiverAgencyId; }
        public void setReceiverAgencyId(Long receiverAgencyId) { this.receiverAgencyId = receiverAgencyId; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** The preview's starting point: everything the parser read, agencies matched, cited plans linked. */
    static ImportForm of(PlanImports.ImportedPlan imported, Long defaultIssuer, int defaultYear, String sourceName) {
        return ImportFormBuilder.of(imported, defaultIssuer, defaultYear, sourceName);
    }

    /** The checked preview as a plan draft: rows rebuilt into a tree by depth, excluded rows left out. */
    PlanDraft toDraft() {
        return ImportDraftAssembler.draft(this);
    }

    /** "N nhiệm vụ, M cơ quan được giao, K chế độ báo cáo; X tên chưa khớp danh mục": what saving creates. */
    public record Summary(int tasks, int agencies, int requirements, int unmatched) {
    }

    public Summary summary() {
        int taskCount = (int) sections.stream().filter(r -> r.include && r.task).count();
        int assigned = 0;
        int unmatched = 0;
        for (AssignmentRow agency : assignments) {
            if (!takesPart(agency)) continue;
            assigned++;
            if (agency.agencyId == null) unmatched++;
        }
        int regime = (int) requirements.stream().filter(r -> r.include).count();
        return new Summary(taskCount, assigned, regime, unmatched);
    }

    /** Whether the agency keeps at least one task that is saved. */
    public boolean takesPart(AssignmentRow agency) {
        return agency.tasks.stream().anyMatch(l -> l.include && l.section >= 0 && l.section < sections.size()
                && sections.get(l.section).include && sections.get(l.section).task);
    }

    /** The agencies that lead the task of a section row, as the plan names them. */
    public List<String> leadsOf(int section) {
        return assignedTo(section, Role.LEAD);
    }

    /** The agencies that take part in the task of a section row. */
    public List<String> partnersOf(int section) {
        return assignedTo(section, Role.COORDINATING);
    }

    private List<String> assignedTo(int section, Role role) {
        List<String> out = new ArrayList<>();
        for (AssignmentRow agency : assignments) {
            for (LinkRow link : agency.tasks) {
                if (link.section == section && link.include
                        && (link.role == Role.COORDINATING) == (role == Role.COORDINATING)) {
                    out.add(agency.name);
                }
            }
        }
        return out;
    }

    /** The heading of a section row, for the list of an agency's tasks. */
    public String taskHeading(int section) {
        if (section < 0 || section >= sections.size()) return "";
        String heading = sections.get(section).heading();
        return heading.length() > MAX_HEADING ? heading.substring(0, MAX_HEADING - 1).strip() + "…" : heading;
    }

    /** Long duties are named by their start in an agency's list; the body below shows them whole. */
    private static final int MAX_HEADING = 160;

    /** The label path of a section row ("II.2.a"), rebuilt from the depths. */
    public String taskPath(int section) {
        if (section < 0 || section >= sections.size()) return "";
        Deque<String> path = new ArrayDeque<>();
        int depth = sections.get(section).depth + 1;
        for (int i = section; i >= 0 && depth > 0; i--) {
            SectionRow row = sections.get(i);
            if (row.depth < depth) {
                path.push(row.label == null ? "" : row.label);
                depth = row.depth;
            }
        }
        return String.join(".", path);
    }

    public List<BasisRow> getLegalBasis() { return legalBasis; }
    public void setLegalBasis(List<BasisRow> legalBasis) { this.legalBasis = legalBasis; }
    public List<SectionRow> getSections() { return sections; }
    public void setSections(List<SectionRow> sections) { this.sections = sections; }
    public List<RequirementRow> getRequirements() { return requirements; }
    public void setRequirements(List<RequirementRow> requirements) { this.requirements = requirements; }
    public List<AssignmentRow> getAssignments() { return assignments; }
    public void setAssignments(List<AssignmentRow> assignments) {
        this.assignments = assignments == null ? new ArrayList<>() : assignments;
    }
    public List<String> getWarnings() { return warnings; }
    public void setWarnings(List<String> warnings) { this.warnings = warnings == null ? new ArrayList<>() : warnings; }
    public String getSourceName() { return sourceName; }
    public void setSourceName(String sourceName) { this.sourceName = sourceName; }
}
