package vn.kehoach.document;

import org.springframework.stereotype.Service;
import vn.kehoach.document.export.DocumentKind;
import vn.kehoach.document.export.DocumentSection;
import vn.kehoach.document.export.DocumentSigner;
import vn.kehoach.document.export.DocumentTable;
import vn.kehoach.document.export.HtmlMode;
import vn.kehoach.document.export.OfficialDocument;
import vn.kehoach.document.export.OfficialDocumentWriter;
import vn.kehoach.plan.ImplementationDuties;
import vn.kehoach.plan.OfficialWording;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.PlanDocumentView;
import vn.kehoach.plan.Plans;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.shared.security.CurrentUser;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan as an official document: the same structure in Word, PDF and the print view, with the task list as
 * "Phụ lục I". Only for users who may see the plan.
 */
@Service
public class PlanExports implements PlanDocumentView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** The header row of the assignment appendix, as plans head it (and as the import reads it back). */
    public static final List<String> APPENDIX_COLUMNS = List.of("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì",
            "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm");

    private final Plans plans;
    private final OfficialDocumentWriter writer;

    PlanExports(Plans plans, OfficialDocumentWriter writer) {
        this.plans = plans;
        this.writer = writer;
    }

    public record Export(String fileName, byte[] content) {
    }

    public Export docx(CurrentUser user, long planId) {
        PlanDetails plan = plans.details(user, planId);
        return new Export(fileName(plan, "docx"), writer.docx(toDocument(plan)));
    }

    public Export pdf(CurrentUser user, long planId) {
        PlanDetails plan = plans.details(user, planId);
        return new Export(fileName(plan, "pdf"), writer.pdf(toDocument(plan)));
    }

    public String printView(CurrentUser user, long planId) {
        return writer.html(toDocument(plans.details(user, planId)), HtmlMode.PRINT_VIEW);
    }

    /** The plan page's view of the document, from the same {@link OfficialDocument} as the files. */
    @Override
    public String html(PlanDetails plan) {
        return writer.html(toDocument(plan), HtmlMode.EMBEDDED);
    }

    /** "Ke hoach 35-KH-UBND 2025.docx": what the registry files it under; a draft is marked as such. */
    static String fileName(PlanDetails plan, String extension) {
        String number = plan.number() == null ? "du-thao" : plan.number();
        return "Ke hoach " + number + "-" + plan.symbol() + " " + plan.year() + "." + extension;
    }

    OfficialDocument toDocument(PlanDetails plan) {
        List<String> parentLines = plan.issuer().parentBodyLine() == null ? List.of()
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
                .sections(ImplementationDuties.printedSections(plan).stream().map(s -> section(s, plan)).toList())
                .closing(plan.closing() == null ? List.of() : List.of(plan.closing()))
                .signer(new DocumentSigner(plan.signer().authorityLines(), plan.signer().title(), plan.signer().name()))
                .recipients(plan.recipients())
                .appendices(appendices)
                .build();
    }

    private static DocumentSection section(PlanDetails.Section s, PlanDetails plan) {
        String html = s.html();
        if (s.kind() == SectionKind.REPORTING && (html == null || html.isBlank())) html = regime(plan);
        return new DocumentSection(s.number(), s.style(), s.title(), html,
                s.children().stream().map(c -> section(c, plan)).toList());
    }

    /**
     * The reporting regime written out when the drafters left its part empty: each report with its data period,
     * receiver and deadline, in the words plans use ("… trước ngày 31/7/2025").
     */
    static String regime(PlanDetails plan) {
        StringBuilder html = new StringBuilder();
        for (PlanDetails.Requirement r : plan.reportingRequirements()) {
            // A report the regime does not name by its period ("Báo cáo nhanh …") is called by its own words.
            String name = r.kind() == vn.kehoach.plan.ReportKind.OTHER && r.text() != null && !r.text().isBlank()
                    ? r.text().strip().replaceFirst("[.;:]+$", "") : reportName(r.kind());
            StringBuilder line = new StringBuilder("- ").append(name);
            if (r.periodFrom() != null && r.periodTo() != null) {
                line.append(" (số liệu từ ngày ").append(SHORT_DAY.format(r.periodFrom())).append(" đến ngày ")
                        .append(SHORT_DAY.format(r.periodTo())).append(")");
            }
            if (r.receiver() != null) line.append(" gửi về ").append(r.receiver());
            line.append(" trước ngày ").append(SHORT_DAY.format(r.dueDate())).append(".");
            html.append("<p>").append(org.jsoup.nodes.Entities.escape(line.toString())).append("</p>");
        }
        return html.isEmpty() ? null : html.toString();
    }

    private static String reportName(vn.kehoach.plan.ReportKind kind) {
        return switch (kind) {
            case SIX_MONTH -> "Báo cáo định kỳ 6 tháng";
            case ANNUAL -> "Báo cáo định kỳ năm";
            case THEMATIC -> "Báo cáo chuyên đề";
            case SELF_INSPECTION -> "Báo cáo tự kiểm tra";
            case OTHER -> "Báo cáo";
        };
    }

    /**
     * Phụ lục I, the assignment table officials attach to a plan: STT 1, 2, 3… | Nội dung nhiệm vụ (its short title
     * and where the plan describes it) | Cơ quan chủ trì | Cơ quan phối hợp (one a line) | Thời gian thực hiện |
     * Sản phẩm. Agencies are named as in the text of the plan.
     */
    static DocumentTable taskAppendix(PlanDetails plan) {
        List<List<String>> rows = new ArrayList<>();
        for (PlanDetails.Task t : plan.tasks()) {
            String lead = t.lead() != null && t.lead().inText() != null ? t.lead().inText()
                    : t.leadNote() == null ? "" : t.leadNote();
            String coordinating = t.coordinating().stream().map(PlanDetails.AgencyName::inText)
                    .filter(java.util.Objects::nonNull).collect(Collectors.joining(";\n"));
            String content = ImplementationDuties.shortTitle(t.title()) + " ("
                    + ImplementationDuties.reference(t.sectionNumber()) + ")";
            rows.add(List.of(Integer.toString(rows.size() + 1), content, lead, coordinating, time(t),
                    t.output() == null ? "" : t.output()));
        }
        return new DocumentTable("Phụ lục I", "DANH MỤC NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
                OfficialWording.attachedTo(DocumentKind.PLAN.displayName(), plan.number(), plan.symbol(),
                        plan.issuedOn(), plan.year(), plan.issuer().agencyName()),
                APPENDIX_COLUMNS, List.of(5, 34, 16, 17, 13, 15), rows);
    }

    private static String time(PlanDetails.Task t) {
        if (t.from() == null && t.to() == null) return t.timeNote() == null ? "" : t.timeNote();
        String range = (t.from() == null ? "" : DAY.format(t.from())) + " - " + (t.to() == null ? "" : DAY.format(t.to()));
        return t.timeNote() == null ? range : range + " (" + t.timeNote() + ")";
    }
}
