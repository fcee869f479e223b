package vn.kehoach.document.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import vn.kehoach.document.importing.ImportedStyles;
import vn.kehoach.document.importing.PlanImports;
import vn.kehoach.document.parse.ParsedPlan;
import vn.kehoach.document.parse.ParsedRequirement;
import vn.kehoach.document.parse.ParsedSection;
import vn.kehoach.document.parse.ParsedTask;
import vn.kehoach.plan.Numbering;
import vn.kehoach.plan.PlanDraft;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.shared.text.RichText;
import vn.kehoach.shared.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The preview of an imported plan, every part editable before it is saved: the form carries the whole draft, so
 * nothing is stored until the user confirms.
 */
public class ImportForm {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotBlank
    @Size(max = 500)
    private String title;

    @NotNull
    private Long issuerAgencyId;

    @Size(max = 200)
    private String parentBodyLine;

    @Size(max = 300)
    private String issuerLines;

    @Size(max = 40)
    private String symbol;

    @Size(max = 100)
    private String place;

    @Valid
    private List<BasisRow> legalBasis = new ArrayList<>();

    @Valid
    private List<SectionRow> sections = new ArrayList<>();

    @Valid
    private List<RequirementRow> requirements = new ArrayList<>();

    @Size(max = 5000)
    private String recipients;

    @Size(max = 200)
    private String signerAuthority;

    @Size(max = 100)
    private String signerTitle;

    @Size(max = 100)
    private String signerName;

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
        private String text;
        private boolean task;
        private String leadName;
        private Long leadAgencyId;
        private List<Long> coordinatingAgencyIds = new ArrayList<>();
        private String coordinatingNames;
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate from;
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate to;
        @Size(max = 1000)
        private String output;

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
        public String getLeadName() { return leadName; }
        public void setLeadName(String leadName) { this.leadName = leadName; }
        public Long getLeadAgencyId() { return leadAgencyId; }
        public void setLeadAgencyId(Long leadAgencyId) { this.leadAgencyId = leadAgencyId; }
        public List<Long> getCoordinatingAgencyIds() { return coordinatingAgencyIds; }
        public void setCoordinatingAgencyIds(List<Long> ids) { this.coordinatingAgencyIds = ids == null ? new ArrayList<>() : ids; }
        public String getCoordinatingNames() { return coordinatingNames; }
        public void setCoordinatingNames(String coordinatingNames) { this.coordinatingNames = coordinatingNames; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate to) { this.to = to; }
        public String getOutput() { return output; }
        public void setOutput(String output) { this.output = output; }
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
        public boolean isDueGiven() {
            return !include || dueDate != null;
        }

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
        ParsedPlan p = imported.parsed();
        ImportForm form = new ImportForm();
        form.year = p.year() != null ? p.year() : defaultYear;
        form.title = p.title();
        form.issuerAgencyId = defaultIssuer;
        form.parentBodyLine = p.parentBodyLines().isEmpty() ? null : String.join(" ", p.parentBodyLines());
        form.issuerLines = String.join("\n", p.issuerLines());
        form.symbol = p.symbol();
        form.place = p.place();
        for (int i = 0; i < p.legalBasis().size(); i++) {
            var b = p.legalBasis().get(i);
            BasisRow row = new BasisRow();
            row.text = b.text();
            row.documentNumber = b.documentNumber();
            row.date = b.date();
            row.issuer = b.issuer();
            row.planId = imported.linkedPlans().get(i);
            form.legalBasis.add(row);
        }
        Map<String, ParsedTask> tasks = new HashMap<>();
        p.tasks().forEach(t -> tasks.put(t.sectionNumber(), t));
        flatten(p.sections(), "", 0, null, tasks, imported, form.sections);
        for (ParsedRequirement r : p.reportingRequirements()) {
            RequirementRow row = new RequirementRow();
            row.kind = r.kind() == null ? ReportKind.OTHER : r.kind();
            row.periodFrom = r.periodFrom();
            row.periodTo = r.periodTo();
            row.dueDate = r.dueDate();
            row.receiverText = r.receiver();
            row.receiverAgencyId = imported.matchedId(r.receiver());
            row.text = r.text();
            form.requirements.add(row);
        }
        form.recipients = String.join("\n", p.recipients());
        if (p.signer() != null) {
            form.signerAuthority = String.join("\n", p.signer().authorityLines());
            form.signerTitle = p.signer().title();
            form.signerName = p.signer().name();
        }
        form.warnings = new ArrayList<>(p.warnings());
        form.sourceName = sourceName;
        return form;
    }

    private static void flatten(List<ParsedSection> sections, String parentPath, int depth, SectionKind parentKind,
                                Map<String, ParsedTask> tasks, PlanImports.ImportedPlan imported,
                                List<SectionRow> into) {
        Map<String, Integer> bullets = new HashMap<>();
        for (ParsedSection s : sections) {
            String component = "-".equals(s.number()) ? "-" + bullets.merge(parentPath, 1, Integer::sum) : s.number();
            String path = parentPath.isEmpty() ? component : parentPath + "." + component;
            SectionRow row = new SectionRow();
            row.depth = depth;
            row.label = s.number();
            row.style = ImportedStyles.of(s.number(), depth);
            row.kind = s.kind() != null ? s.kind() : parentKind;
            row.title = s.title();
            row.text = s.text();
            ParsedTask task = tasks.get(path);
            if (task == null && s.number() != null && s.number().contains(".")) {
                task = tasks.get(parentPath.replaceFirst("[^.]+$", "") + s.number());
            }
            if (task != null) {
                row.task = true;
                row.leadName = task.lead();
                row.leadAgencyId = imported.matchedId(task.lead());
                row.coordinatingNames = String.join("; ", task.coordinating());
                task.coordinating().stream().map(imported::matchedId).filter(Objects::nonNull).distinct()
                        .forEach(row.coordinatingAgencyIds::add);
                row.from = task.from();
                row.to = task.to();
                row.output = task.output();
            }
            into.add(row);
            flatten(s.children(), path, depth + 1, row.kind, tasks, imported, into);
        }
    }

    /** The checked preview as a plan draft: rows rebuilt into a tree by depth, excluded rows left out. */
    PlanDraft toDraft() {
        List<Node> roots = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (SectionRow row : sections) {
            if (!row.include) continue;
            while (!open.isEmpty() && open.peek().row.depth >= row.depth) open.pop();
            Node node = new Node(row);
            if (open.isEmpty()) {
                roots.add(node);
            } else {
                open.peek().children.add(node);
            }
            open.push(node);
        }
        List<PlanDraft.LegalBasisEntry> basis = legalBasis.stream().filter(b -> b.include && b.text != null
                && !b.text.isBlank()).map(b -> new PlanDraft.LegalBasisEntry(VietnameseText.clean(b.text),
                blank(b.documentNumber), b.date, blank(b.issuer), b.planId)).toList();
        List<PlanDraft.Requirement> regime = requirements.stream().filter(r -> r.include && r.dueDate != null)
                .map(r -> new PlanDraft.Requirement(r.kind, r.periodFrom, r.periodTo, r.dueDate, r.receiverAgencyId,
                        blank(r.receiverText), blank(r.text))).toList();
        return new PlanDraft(year, VietnameseText.clean(title), issuerAgencyId, blank(parentBodyLine), lines(issuerLines),
                blank(symbol), blank(place), basis, roots.stream().map(Node::build).toList(), regime, lines(recipients),
                blank(signerAuthority), blank(signerTitle), blank(signerName));
    }

    /** A section while the tree is rebuilt from the rows' depths. */
    private static final class Node {
        final SectionRow row;
        final List<Node> children = new ArrayList<>();

        Node(SectionRow row) {
            this.row = row;
        }

        PlanDraft.Section build() {
            PlanDraft.Task task = row.task ? new PlanDraft.Task(row.leadAgencyId, blank(row.leadName),
                    row.coordinatingAgencyIds, row.from, row.to, null, blank(row.output)) : null;
            return new PlanDraft.Section(row.kind, row.style, blank(row.title), RichText.fromPlainText(row.text), task,
                    children.stream().map(Node::build).toList());
        }
    }

    private static List<String> lines(String text) {
        if (text == null) return List.of();
        return Arrays.stream(text.split("\\R")).map(VietnameseText::clean).filter(l -> !l.isEmpty()).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getIssuerAgencyId() { return issuerAgencyId; }
    public void setIssuerAgencyId(Long issuerAgencyId) { this.issuerAgencyId = issuerAgencyId; }
    public String getParentBodyLine() { return parentBodyLine; }
    public void setParentBodyLine(String parentBodyLine) { this.parentBodyLine = parentBodyLine; }
    public String getIssuerLines() { return issuerLines; }
    public void setIssuerLines(String issuerLines) { this.issuerLines = issuerLines; }
    public String getSymbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public List<BasisRow> getLegalBasis() { return legalBasis; }
    public void setLegalBasis(List<BasisRow> legalBasis) { this.legalBasis = legalBasis; }
    public List<SectionRow> getSections() { return sections; }
    public void setSections(List<SectionRow> sections) { this.sections = sections; }
    public List<RequirementRow> getRequirements() { return requirements; }
    public void setRequirements(List<RequirementRow> requirements) { this.requirements = requirements; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
    public String getSignerAuthority() { return signerAuthority; }
    public void setSignerAuthority(String signerAuthority) { this.signerAuthority = signerAuthority; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public List<String> getWarnings() { return warnings; }
    public void setWarnings(List<String> warnings) { this.warnings = warnings == null ? new ArrayList<>() : warnings; }
    public String getSourceName() { return sourceName; }
    public void setSourceName(String sourceName) { this.sourceName = sourceName; }
}
