package vn.kehoach.document;

import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Service;
import vn.kehoach.officialdoc.DocumentKind;
import vn.kehoach.officialdoc.DocumentSection;
import vn.kehoach.officialdoc.DocumentSigner;
import vn.kehoach.officialdoc.DocumentTable;
import vn.kehoach.officialdoc.HtmlMode;
import vn.kehoach.officialdoc.OfficialDocument;
import vn.kehoach.officialdoc.OfficialDocumentWriter;
import vn.kehoach.officialdoc.OfficialWording;
import vn.kehoach.plan.ImplementationDuties;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.PlanDocumentView;
import vn.kehoach.plan.Plans;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.shared.cache.ReferenceCache;
import vn.kehoach.shared.cache.ReferenceCaches;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.OfficialText;
import vn.kehoach.shared.text.RichText;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A plan as an official document: the same structure in Word, PDF and the print view, with the task list as
 * "Phụ lục I". Only for users who may see the plan.
 */
@Service
public class PlanExports implements PlanDocumentView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** The header row of the assignment appendix, as plans head it (and as the import reads it back). */
    public static final List<String> APPENDIX_COLUMNS = Stream.of("number", "task", "lead", "coordinating",
            "time", "output").map(c -> OfficialText.of("plan.appendix.column." + c)).toList();

    private final Plans plans;
    private final OfficialDocumentWriter writer;
    /**
     * Files made, by plan, version and format. A plan's file changes only with the plan (its version) or with the
     * names of the agencies and units it prints (the roster's revision, which empties the cache); an issued plan is
     * downloaded many times as it is, and laying out a PDF of a 40-page plan takes a few hundred milliseconds.
     */
    private final ReferenceCache<FileKey, Export> files;
    /**
     * The plan page's view of the document, by plan and version, for the same reasons: laying it out was a third of
     * the plan page's time, on every view of a plan that does not change once issued.
     */
    private final ReferenceCache<FileKey, String> views;

    PlanExports(Plans plans, OfficialDocumentWriter writer, ReferenceCaches caches) {
        this.plans = plans;
        this.writer = writer;
        this.files = caches.create("document.planFiles", 64, "roster");
        this.views = caches.create("document.planViews", 256, "roster");
    }

    public record Export(String fileName, byte[] content) {
    }

    private record FileKey(long planId, long version, String extension) {
    }

    public Export docx(CurrentUser user, long planId) {
        PlanDetails plan = plans.details(user, planId);
        return files.get(new FileKey(plan.id(), plan.version(), "docx"),
                key -> new Export(fileName(plan, "docx"), writer.docx(toDocument(plan))));
    }

    public Export pdf(CurrentUser user, long planId) {
        PlanDetails plan = plans.details(user, planId);
        return files.get(new FileKey(plan.id(), plan.version(), "pdf"),
                key -> new Export(fileName(plan, "pdf"), writer.pdf(toDocument(plan))));
    }

    public String printView(CurrentUser user, long planId) {
        return writer.html(toDocument(plans.details(user, planId)), HtmlMode.PRINT_VIEW);
    }

    /** The plan page's view of the document, from the same {@link OfficialDocument} as the files. */
    @Override
    public String html(PlanDetails plan) {
        return views.get(new FileKey(plan.id(), plan.version(), "html"),
                key -> writer.html(toDocument(plan), HtmlMode.EMBEDDED));
    }

    /** "Ke hoach 35-KH-UBND 2025.docx": what the registry files it under; a draft is marked as such. */
    static String fileName(PlanDetails plan, String extension) {
        String number = plan.number() == null ? "du-thao" : plan.number();
        return "Ke hoach " + number + "-" + plan.symbol() + " " + plan.year() + "." + extension;
    }

    OfficialDocument toDocument(PlanDetails plan) {
        List<String> parentLines = plan.issuer().parentBodyLine() == null
                ? List.of()
                : List.of(plan.issuer().parentBodyLine());
        List<DocumentTable> appendices = plan.tasks().isEmpty() ? List.of() : List.of(taskAppendix(plan));
        return OfficialDocument.builder(DocumentKind.PLAN)
                .parentBody(parentLines)
                .issuer(plan.issuer().issuerLines())
                .number(plan.number())
                .symbol(plan.symbol())
                .place(plan.place())
                .date(plan.issuedOn())
                .year(plan.year())
                .title(plan.title())
                .opening(plan.legalBasis().stream().map(PlanDetails.LegalBasisEntry::text).toList())
                .sections(printedSections(plan).stream().map(PlanExports::section).toList())
                .closing(plan.closing() == null ? List.of() : List.of(plan.closing()))
                .signer(new DocumentSigner(plan.signer().authorityLines(), plan.signer().title(), plan.signer().name()))
                .recipients(plan.recipients())
                .appendices(appendices)
                .build();
    }

    /**
     * The plan's sections as its document prints them: {@link ImplementationDuties#printedSections} with the
     * reporting regime written out in a "Chế độ báo cáo" the drafters left empty.
     */
    public static List<PlanDetails.Section> printedSections(PlanDetails plan) {
        String regime = regime(plan);
        return ImplementationDuties.printedSections(plan).stream().map(s -> withRegime(s, regime)).toList();
    }

    private static PlanDetails.Section withRegime(PlanDetails.Section s, String regime) {
        boolean written = s.kind() == SectionKind.REPORTING && (s.html() == null || s.html().isBlank())
                && regime != null;
        List<PlanDetails.Section> children = s.children().stream().map(c -> withRegime(c, regime)).toList();
        return new PlanDetails.Section(s.id(), s.number(), s.path(), s.style(), s.title(),
                written ? RichText.toPlainText(regime) : s.text(), written ? regime : s.html(), s.kind(), s.task(),
                children);
    }

    /** A reference to a part of the plan stays on one line, also in text written or read in without it. */
    private static DocumentSection section(PlanDetails.Section s) {
        return new DocumentSection(s.number(), s.style(), s.title(), ImplementationDuties.keepReferencesWhole(s.html()),
                s.children().stream().map(PlanExports::section).toList());
    }

    /**
     * The reporting regime written out when the drafters left its part empty: one paragraph per report with its data
     * period, receiver and deadline, in the words plans use ("Báo cáo định kỳ 6 tháng (số liệu từ ngày 15/12/2024
     * đến ngày 14/6/2025) gửi về Sở Nội vụ tỉnh Quảng Ngãi trước ngày 31/7/2025."), and after it what the plan says
     * of that report. Paragraphs, not "- " items: the import reads them back as the text of "Chế độ báo cáo" and
     * each as one requirement, not as items of their own.
     */
    static String regime(PlanDetails plan) {
        StringBuilder html = new StringBuilder();
        for (PlanDetails.Requirement r : plan.reportingRequirements()) {
            String text = r.text() == null || r.text().isBlank() ? null : r.text().strip();
            // A report the regime does not name by its period ("Báo cáo nhanh …") is called by its own words.
            boolean named = r.kind() == ReportKind.OTHER && text != null;
            StringBuilder line = new StringBuilder(named ? text.replaceFirst("[.;:]+$", "") : reportName(r.kind()));
            if (r.periodFrom() != null && r.periodTo() != null) {
                line.append(' ').append(OfficialText.of("plan.regime.period", SHORT_DAY.format(r.periodFrom()),
                        SHORT_DAY.format(r.periodTo())));
            }
            if (r.receiver() != null) line.append(' ').append(OfficialText.of("plan.regime.receiver", r.receiver()));
            line.append(' ').append(OfficialText.of("plan.regime.due", SHORT_DAY.format(r.dueDate())));
            if (!named && text != null) {
                line.append(' ').append(text);
                if (!text.matches("(?s).*[.;:!?…]$")) line.append('.');
            }
            html.append("<p>").append(Entities.escape(line.toString())).append("</p>");
        }
        return html.isEmpty() ? null : html.toString();
    }

    private static String reportName(ReportKind kind) {
        return OfficialText.of("plan.regime.kind." + kind.name());
    }

    /**
     * Phụ lục I, the assignment table officials attach to a plan: STT 1, 2, 3… | Nội dung nhiệm vụ (its short title
     * and where the plan describes it, "(mục II.1.a)": the import matches the row to that task) | Cơ quan chủ trì |
     * Cơ quan phối hợp (one a line) | Thời gian thực hiện | Sản phẩm. Agencies are named as in the text of the plan.
     */
    static DocumentTable taskAppendix(PlanDetails plan) {
        List<List<String>> rows = new ArrayList<>();
        for (PlanDetails.Task t : plan.tasks()) {
            String lead = t.lead() != null && t.lead().inText() != null
                    ? t.lead().inText()
                    : t.leadNote() == null ? "" : t.leadNote();
            // A requested lead is asked, as "Tổ chức thực hiện" asks it; the import reads the request back from here.
            if (t.leadRequested() && !lead.isEmpty()) lead = OfficialText.of("plan.duty.requested", lead);
            String coordinating = t.coordinating().stream().map(PlanDetails.AgencyName::inText)
                    .filter(Objects::nonNull).collect(Collectors.joining(";\n"));
            String content = ImplementationDuties.shortTitle(t.title()) + " ("
                    + ImplementationDuties.reference(t.sectionNumber()) + ")";
            rows.add(List.of(Integer.toString(rows.size() + 1), content, lead, coordinating, time(t),
                    t.output() == null ? "" : t.output()));
        }
        return new DocumentTable(OfficialText.of("report.annex.heading", "I"), OfficialText.of("plan.appendix.title"),
                OfficialWording.attachedTo(DocumentKind.PLAN.displayName(), plan.number(), plan.symbol(),
                        plan.issuedOn(), plan.year(), plan.issuer().agencyName()),
                APPENDIX_COLUMNS, List.of(5, 34, 16, 17, 13, 15), rows);
    }

    /** "15/07/2025 - 30/09/2025", "Từ ngày 15/07/2025", "Đến ngày 30/09/2025", the note after them or alone. */
    private static String time(PlanDetails.Task t) {
        if (t.from() == null && t.to() == null) return t.timeNote() == null ? "" : t.timeNote();
        String range = t.to() == null
                ? OfficialText.of("plan.appendix.from", DAY.format(t.from()))
                : t.from() == null
                        ? OfficialText.of("plan.appendix.to", DAY.format(t.to()))
                        : DAY.format(t.from()) + " - " + DAY.format(t.to());
        return t.timeNote() == null ? range : range + " (" + t.timeNote() + ")";
    }
}
