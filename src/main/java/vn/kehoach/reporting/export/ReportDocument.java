package vn.kehoach.reporting.export;

import vn.kehoach.officialdoc.DocumentKind;
import vn.kehoach.officialdoc.DocumentSection;
import vn.kehoach.officialdoc.DocumentSigner;
import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.officialdoc.OfficialDocument;
import vn.kehoach.officialdoc.OfficialWording;
import vn.kehoach.plan.PlanSummary;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.EntryState;
import vn.kehoach.reporting.ReporterKind;
import vn.kehoach.reporting.domain.EntryContent;
import vn.kehoach.reporting.domain.Figures;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.reporting.domain.RoundSnapshot;
import vn.kehoach.reporting.export.ReportAnnexes.Annex;
import vn.kehoach.reporting.export.ReportExports.Letterhead;
import vn.kehoach.reporting.export.ReportExports.StrategyTable;
import vn.kehoach.shared.text.OfficialText;
import vn.kehoach.shared.text.RichText;
import vn.kehoach.shared.text.VietnameseText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a report's document: header, "Kính gửi:", opening, the four parts of the outline, closing and
 * signature. The annex tables come from {@link ReportAnnexes}; the body only refers to them. Kept apart from the
 * roster so that it can be checked without a database.
 */
final class ReportDocument {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final String SUBJECT = OfficialText.of("report.document.subject");

    private ReportDocument() {
    }

    /** @param sources the reports below a unit's own report, or null for a report that does not consolidate */
    static OfficialDocument document(ReportView report, ReportQueries.Sources sources, Letterhead letterhead) {
        return document(report, sources, letterhead, null);
    }

    static OfficialDocument document(ReportView report, ReportQueries.Sources sources, Letterhead letterhead,
                                     StrategyTable strategy) {
        List<Annex> annexes = ReportAnnexes.annexes(report, sources, letterhead, strategy);
        return OfficialDocument.builder(DocumentKind.REPORT)
                .parentBody(letterhead.parentBodyLines())
                .issuer(letterhead.issuerLines())
                .number(report.number())
                .symbol(letterhead.symbol())
                .place(letterhead.place())
                .date(issuedOn(report))
                // A report is sent after its period; before it is sent the due date's year is the likeliest.
                .year(report.dueDate().getYear())
                .title(title(report))
                .kinhGui(List.of(report.receiverAgencyName()))
                .opening(List.of(opening(report, letterhead)))
                .sections(List.of(
                        results(report, sources, annexes),
                        new DocumentSection("II", Numbering.Style.ROMAN, OfficialText.of("report.document.general"),
                                null,
                                List.of(part("1", "report.document.results", report.results()),
                                        part("2", "report.document.shortcomings", report.shortcomings()),
                                        part("3", "report.document.causes", report.causes()))),
                        new DocumentSection("III", Numbering.Style.ROMAN, OfficialText.of("report.document.directions"),
                                RichText.fromPlainText(report.directions()), List.of()),
                        new DocumentSection("IV", Numbering.Style.ROMAN, OfficialText.of("report.document.proposals"),
                                RichText.fromPlainText(report.proposals()), List.of())))
                .closing(List.of(OfficialText.of("report.document.closing", SUBJECT, period(report),
                        letterhead.issuerName(), report.receiverAgencyName())))
                .signer(signer(report, letterhead))
                .recipients(List.of(OfficialText.of("report.document.asAbove"),
                        OfficialText.of("report.document.archive", letterhead.archive())))
                .appendices(annexes.stream().map(Annex::table).toList())
                .build();
    }

    /** The trích yếu: "Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ 6 tháng đầu năm 2025". */
    static String title(ReportView report) {
        String what = report.kind() == ReportKind.SELF_INSPECTION
                ? "report.document.title.selfInspection"
                : "report.document.title";
        return OfficialText.of(what, SUBJECT, period(report));
    }

    /** "6 tháng đầu năm 2025", "năm 2025", or the data period a thematic report covers. */
    static String period(ReportView report) {
        return switch (report.kind()) {
            case SIX_MONTH -> OfficialText.of("report.document.period.sixMonth", report.year());
            case ANNUAL -> OfficialText.of("report.document.period.year", report.year());
            default -> report.periodFrom() != null && report.periodTo() != null
                    ? OfficialText.of("report.document.period.range", SHORT_DAY.format(report.periodFrom()),
                            SHORT_DAY.format(report.periodTo()))
                    : OfficialText.of("report.document.period.year", report.year());
        };
    }

    /** The day of the first sending, Vietnam time: the date the registry gives the signed report. */
    static LocalDate issuedOn(ReportView report) {
        return day(report.firstSubmittedAt());
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, VIETNAM);
    }

    /**
     * "Thực hiện Văn bản số 739/BNV-CTTN&BĐG ngày 28/3/2025 của Bộ Nội vụ và Kế hoạch số 35/KH-UBND …, Ủy ban nhân
     * dân tỉnh Quảng Ngãi báo cáo kết quả … như sau:": the documents that asked for the report, then who reports.
     */
    static String opening(ReportView report, Letterhead letterhead) {
        String cited = cited(report.plan());
        if (report.subjectPlan() != null && report.subjectPlan().id() != report.plan().id()) {
            cited = OfficialText.of("report.document.and", cited, cited(report.subjectPlan()));
        }
        return OfficialText.of("report.document.opening", cited, letterhead.issuerName(), SUBJECT, period(report));
    }

    /** A plan's symbol starts with "KH"; a ministry's guidance is a công văn, whose symbol has no type. */
    private static String cited(PlanSummary plan) {
        String type = plan.symbol().startsWith(DocumentKind.PLAN.abbreviation() + "-")
                ? DocumentKind.PLAN.displayName()
                : OfficialText.of("report.document.otherDocument");
        String number = plan.number() == null ? "" : OfficialWording.twoDigits(plan.number());
        String cited = OfficialText.of("report.document.cited", type, number, plan.symbol());
        if (plan.issuedOn() != null) {
            cited = OfficialText.of("report.document.cited.on", cited, SHORT_DAY.format(plan.issuedOn()));
        }
        if (plan.issuerAgencyName() != null) {
            cited = OfficialText.of("report.document.cited.by", cited, plan.issuerAgencyName());
        }
        return cited;
    }

    /** I. KẾT QUẢ THỰC HIỆN: the overall figures and annex references, then one khoản per task. */
    private static DocumentSection results(ReportView report, ReportQueries.Sources sources, List<Annex> annexes) {
        List<String> intro = new ArrayList<>();
        if (sources != null && sources.expected() > 0) {
            intro.add(OfficialText.of("report.document.sources", sources.used().size(), sources.expected()));
        }
        intro.add(stateSummary(report.tasks()));
        String total = figures(report.totals());
        if (total != null) intro.add(OfficialText.of("report.document.total", total));
        List<String> references = new ArrayList<>();
        annexes.forEach(a -> references.add(OfficialText.of("report.document.annexAt", a.reference(),
                a.table().heading())));
        String joined = String.join("; ", references);
        intro.add(OfficialText.of("report.document.annexes",
                Character.toUpperCase(joined.charAt(0)) + joined.substring(1)));
        boolean showLead = report.reporterKind() == ReporterKind.UNIT;
        List<DocumentSection> tasks = new ArrayList<>();
        for (int i = 0; i < report.tasks().size(); i++) {
            tasks.add(task(i + 1, report.tasks().get(i), showLead));
        }
        return new DocumentSection("I", Numbering.Style.ROMAN, OfficialText.of("report.document.taskResults"),
                html(intro), tasks);
    }

    /** "Trong kỳ có 11 nhiệm vụ: hoàn thành 10, đang triển khai 1." */
    static String stateSummary(List<ReportView.TaskPart> tasks) {
        if (tasks.isEmpty()) return OfficialText.of("report.document.noTasks");
        Map<EntryState, Integer> counts = new EnumMap<>(EntryState.class);
        int unknown = 0;
        for (ReportView.TaskPart task : tasks) {
            EntryState state = task.entry().state();
            if (state == null) unknown++;
            else
                counts.merge(state, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        for (EntryState state : List.of(EntryState.DONE, EntryState.IN_PROGRESS, EntryState.NOT_STARTED)) {
            if (counts.containsKey(state)) {
                parts.add(OfficialText.of("report.document.stateCount",
                        RoundSnapshot.stateLabel(state).toLowerCase(VietnameseText.VIETNAMESE), counts.get(state)));
            }
        }
        if (unknown > 0) parts.add(OfficialText.of("report.document.unknownState", unknown));
        return OfficialText.of("report.document.tasks", tasks.size(), String.join(", ", parts));
    }

    /** "1. <task>": who leads it (in a unit's report), its state, what was done, and its figures. */
    static DocumentSection task(int position, ReportView.TaskPart task, boolean showLead) {
        EntryContent entry = task.entry();
        List<String> status = new ArrayList<>();
        if (showLead && task.leadName() != null) status.add(OfficialText.of("report.document.lead", task.leadName()));
        if (entry.state() != null) {
            status.add(OfficialText.of("report.document.state", RoundSnapshot.stateLabel(entry.state())));
        }
        StringBuilder html = new StringBuilder();
        if (!status.isEmpty()) html.append(RichText.fromPlainText(String.join(" ", status)));
        String narrative = RichText.fromPlainText(entry.narrative());
        if (narrative != null) html.append(narrative);
        String figures = figures(entry.figures());
        if (figures != null) html.append(RichText.fromPlainText(OfficialText.of("report.document.figures", figures)));
        if (entry.state() == null && narrative == null && figures == null) {
            html.append(RichText.fromPlainText(OfficialText.of("report.document.nothing")));
        }
        String title = task.title() == null
                ? OfficialText.of("report.document.task", task.path())
                : task.title().strip().replaceFirst("\\.$", "");
        return new DocumentSection(Integer.toString(position), Numbering.Style.ARABIC, title, html.toString(),
                List.of());
    }

    /**
     * "3 hoạt động; 140 lượt người tham gia (nam 60, nữ 80); 1 sản phẩm; kinh phí 5.000.000 đồng", with only what
     * was reported (null is "not reported", not zero); null when nothing was.
     */
    static String figures(Figures f) {
        List<String> parts = new ArrayList<>();
        if (f.activities() != null) parts.add(OfficialText.of("report.document.activities", count(f.activities())));
        if (f.participants() != null) {
            List<String> bySex = new ArrayList<>();
            if (f.participantsMale() != null)
                bySex.add(OfficialText.of("report.document.male", count(f.participantsMale())));
            if (f.participantsFemale() != null) {
                bySex.add(OfficialText.of("report.document.female", count(f.participantsFemale())));
            }
            parts.add(OfficialText.of("report.document.participants", count(f.participants()),
                    String.join(", ", bySex)));
        }
        if (f.products() != null) parts.add(OfficialText.of("report.document.products", count(f.products())));
        if (f.spent() != null) parts.add(OfficialText.of("report.document.spent", RoundSnapshot.money(f.spent())));
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static DocumentSection part(String label, String titleKey, String text) {
        return new DocumentSection(label, Numbering.Style.ARABIC, OfficialText.of(titleKey),
                RichText.fromPlainText(text), List.of());
    }

    private static String html(List<String> paragraphs) {
        StringBuilder html = new StringBuilder();
        paragraphs.forEach(p -> html.append(RichText.fromPlainText(p)));
        return html.toString();
    }

    /**
     * The signature block as the leader approved it. Approvals may put several lines in the title ("KT. CHỦ
     * TỊCH\nPHÓ CHỦ TỊCH"): all but the last belong to the authority. A report sent without one (an agency's) gets its
     * issuer's usual block with the name left for the signer.
     */
    static DocumentSigner signer(ReportView report, Letterhead letterhead) {
        List<String> authority = new ArrayList<>(lines(report.signerAuthority()));
        List<String> title = new ArrayList<>(lines(report.signerTitle()));
        if (authority.isEmpty() && title.isEmpty()) {
            List<String> usual = letterhead.usualSigner();
            authority.addAll(usual.subList(0, usual.size() - 1));
            title.add(usual.get(usual.size() - 1));
        }
        String last = title.isEmpty() ? null : title.remove(title.size() - 1);
        authority.addAll(title);
        return new DocumentSigner(authority, last, report.signerName());
    }

    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) return List.of();
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** "1.636"; empty where nothing was reported. */
    static String count(Integer n) {
        return n == null ? "" : RoundSnapshot.money(BigDecimal.valueOf(n));
    }
}
