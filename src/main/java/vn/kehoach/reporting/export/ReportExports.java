package vn.kehoach.reporting.export;

import org.springframework.stereotype.Component;
import vn.kehoach.officialdoc.DocumentKind;
import vn.kehoach.officialdoc.DocumentSection;
import vn.kehoach.officialdoc.DocumentSigner;
import vn.kehoach.officialdoc.DocumentTable;
import vn.kehoach.officialdoc.OfficialDocument;
import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.officialdoc.OfficialWording;
import vn.kehoach.plan.PlanSummary;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.reporting.EntryState;
import vn.kehoach.reporting.ReportRow;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReporterKind;
import vn.kehoach.reporting.domain.EntryContent;
import vn.kehoach.reporting.domain.Figures;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.reporting.domain.RoundSnapshot;
import vn.kehoach.reporting.domain.TargetValueContent;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.text.RichText;
import vn.kehoach.shared.text.VietnameseText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report as the Decree 30/2020 document its unit or agency signs ("BÁO CÁO" with the "Kính gửi:" block and the
 * usual outline: I. results per task, II. assessment, III. directions, IV. proposals) and its annex tables, which are
 * also exported on their own as a workbook for re-entry into provincial reporting platforms. The document text is
 * Vietnamese whatever the page language: it is what the unit files and sends.
 *
 * <p>Only {@link #letterhead} reads the roster; everything else maps the report as given, so it can be checked
 * without a database.
 */
@Component
public class ReportExports {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final String SUBJECT = "công tác bình đẳng giới và vì sự tiến bộ của phụ nữ";
    private static final List<String> FIGURE_COLUMNS = List.of("Số hoạt động", "Người tham gia nam",
            "Người tham gia nữ", "Sản phẩm", "Kinh phí (đồng)");
    private static final List<Integer> FIGURE_WIDTHS = List.of(8, 9, 9, 8, 12);

    private final Units units;
    private final Agencies agencies;
    private final org.springframework.beans.factory.ObjectProvider<vn.kehoach.reporting.StrategyAnnex> strategyAnnex;

    ReportExports(Units units, Agencies agencies,
                  org.springframework.beans.factory.ObjectProvider<vn.kehoach.reporting.StrategyAnnex> strategyAnnex) {
        this.units = units;
        this.agencies = agencies;
        this.strategyAnnex = strategyAnnex;
    }

    /** Where the strategy-target annex of a table comes from: (heading, subtitle) to the table, if any. */
    @FunctionalInterface
    public interface StrategyTable {
        java.util.Optional<DocumentTable> table(String heading, String subtitle);
    }

    /** A unit's report carries the attainment of the strategy targets rolled up for its unit and year. */
    private StrategyTable strategyTable(ReportView report) {
        vn.kehoach.reporting.StrategyAnnex source = strategyAnnex.getIfAvailable();
        if (source == null || report.reporterKind() != vn.kehoach.reporting.ReporterKind.UNIT) return null;
        return (heading, subtitle) -> source.forUnit(report.reporterUnitId(), report.year(), heading, subtitle);
    }

    /**
     * Who issues the report and how its header reads (Decree 30 ô 2–4).
     *
     * @param issuerName  the issuer in running text ("Ủy ban nhân dân tỉnh Quảng Ngãi", "Sở Y tế tỉnh Quảng Ngãi")
     * @param archive     the drafting agency's abbreviation, for "Lưu: VT, SNV"
     * @param usualSigner the signature block, title last, for a report sent without one
     */
    public record Letterhead(List<String> parentBodyLines, List<String> issuerLines, String issuerName, String symbol,
                             String place, String archive, List<String> usualSigner) {
    }

    /** An annex table and how the body refers to it ("kết quả thực hiện từng nhiệm vụ tại Phụ lục I"). */
    record Annex(String reference, DocumentTable table) {
    }

    public OfficialDocument document(ReportView report, ReportQueries.Sources sources) {
        return document(report, sources, letterhead(report), strategyTable(report));
    }

    public List<DocumentTable> annexes(ReportView report, ReportQueries.Sources sources) {
        return annexes(report, sources, letterhead(report), strategyTable(report)).stream().map(Annex::table).toList();
    }

    /**
     * The same rules as a plan's header (DOMAIN.md §1.3): a unit's report is issued by its People's Committee
     * whichever agency drafts it ("ỦY BAN NHÂN DÂN" / "PHƯỜNG ĐĂK CẤM", BC-UBND); an agency's report by the agency
     * under its People's Committee ("UBND TỈNH QUẢNG NGÃI" / "SỞ Y TẾ", BC-SYT). An agency that replaced the one
     * first asked (a merger) writes under its own name.
     */
    public Letterhead letterhead(ReportView report) {
        UnitRef unit = units.get(report.reporterUnitId());
        AgencyRef drafter = agencies.find(report.ownerAgencyId()).orElseThrow(
                () -> new IllegalStateException("report " + report.id() + " has no drafting agency"));
        AgencyRef issuer = report.reporterKind() == ReporterKind.AGENCY ? drafter
                : agencies.activeOf(unit.id(), Optional.ofNullable(issuedOn(report)).orElse(report.dueDate()))
                .stream().filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE).findFirst().orElse(null);
        String place = unit.level() == UnitLevel.CENTRAL ? "Hà Nội" : unit.name();
        String archive = drafter.shortName() == null || drafter.shortName().isBlank() ? drafter.name()
                : drafter.shortName();
        String unitLine = unit.inlineName().toUpperCase(VietnameseText.VIETNAMESE);
        if (issuer == null || issuer.kind() == AgencyKind.PEOPLES_COMMITTEE) {
            return new Letterhead(List.of(), List.of("ỦY BAN NHÂN DÂN", unitLine),
                    issuer == null ? "Ủy ban nhân dân " + unit.inlineName() : issuer.name(),
                    "BC-" + (issuer == null ? "UBND" : issuer.shortName()), place, archive,
                    List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"));
        }
        List<String> parent = unit.level() == UnitLevel.CENTRAL ? List.of() : List.of("UBND " + unitLine);
        return new Letterhead(parent, List.of(withoutUnit(issuer.name(), unit).toUpperCase(VietnameseText.VIETNAMESE)),
                issuer.name(), "BC-" + issuer.shortName(), place, archive, List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"));
    }

    /** "Sở Y tế tỉnh Quảng Ngãi" → "Sở Y tế": the unit is already named in the line above. */
    private static String withoutUnit(String agencyName, UnitRef unit) {
        String suffix = " " + unit.inlineName();
        return agencyName.endsWith(suffix) ? agencyName.substring(0, agencyName.length() - suffix.length())
                : agencyName;
    }

    /** "Báo cáo 6 tháng đầu năm 2025 - Tỉnh Quảng Ngãi.docx": the period and reporter, as officials file it. */
    public static String fileName(ReportView report, String extension) {
        return safe("Báo cáo " + period(report) + " - " + report.reporterName()) + "." + extension;
    }

    /** "Phụ lục báo cáo 6 tháng đầu năm 2025 - Tỉnh Quảng Ngãi.xlsx". */
    public static String annexFileName(ReportView report, String extension) {
        return safe("Phụ lục báo cáo " + period(report) + " - " + report.reporterName()) + "." + extension;
    }

    /** Characters no file system takes become "-". */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]+", "-");
    }

    // --- the document ----------------------------------------------------------------------------------------------

    /** @param sources the reports below a unit's own report, or null for a report that does not consolidate */
    static OfficialDocument document(ReportView report, ReportQueries.Sources sources, Letterhead letterhead) {
        return document(report, sources, letterhead, null);
    }

    static OfficialDocument document(ReportView report, ReportQueries.Sources sources, Letterhead letterhead,
                                     StrategyTable strategy) {
        List<Annex> annexes = annexes(report, sources, letterhead, strategy);
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
                        new DocumentSection("II", Numbering.Style.ROMAN, "Đánh giá chung", null, List.of(
                                part("1", "Kết quả đạt được", report.results()),
                                part("2", "Tồn tại, hạn chế", report.shortcomings()),
                                part("3", "Nguyên nhân", report.causes()))),
                        new DocumentSection("III", Numbering.Style.ROMAN, "Phương hướng, nhiệm vụ kỳ tới",
                                RichText.fromPlainText(report.directions()), List.of()),
                        new DocumentSection("IV", Numbering.Style.ROMAN, "Đề xuất, kiến nghị",
                                RichText.fromPlainText(report.proposals()), List.of())))
                .closing(List.of("Trên đây là báo cáo kết quả thực hiện " + SUBJECT + " " + period(report) + " của "
                        + letterhead.issuerName() + ", kính gửi " + report.receiverAgencyName()
                        + " xem xét, tổng hợp."))
                .signer(signer(report, letterhead))
                .recipients(List.of("Như trên", "Lưu: VT, " + letterhead.archive()))
                .appendices(annexes.stream().map(Annex::table).toList())
                .build();
    }

    /** The trích yếu: "Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ 6 tháng đầu năm 2025". */
    static String title(ReportView report) {
        String what = report.kind() == ReportKind.SELF_INSPECTION ? "Kết quả tự kiểm tra " : "Kết quả thực hiện ";
        return what + SUBJECT + " " + period(report);
    }

    /** "6 tháng đầu năm 2025", "năm 2025", or the data period a thematic report covers. */
    static String period(ReportView report) {
        return switch (report.kind()) {
            case SIX_MONTH -> "6 tháng đầu năm " + report.year();
            case ANNUAL -> "năm " + report.year();
            default -> report.periodFrom() != null && report.periodTo() != null
                    ? "từ ngày " + SHORT_DAY.format(report.periodFrom()) + " đến ngày "
                    + SHORT_DAY.format(report.periodTo())
                    : "năm " + report.year();
        };
    }

    /** The day of the first sending, Vietnam time: the date the registry gives the signed report. */
    static LocalDate issuedOn(ReportView report) {
        return day(report.firstSubmittedAt());
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, VIETNAM);
    }

    /**
     * "Thực hiện Văn bản số 739/BNV-CTTN&BĐG ngày 28/3/2025 của Bộ Nội vụ và Kế hoạch số 35/KH-UBND …, Ủy ban nhân
     * dân tỉnh Quảng Ngãi báo cáo kết quả … như sau:": the documents that asked for the report, then who reports.
     */
    static String opening(ReportView report, Letterhead letterhead) {
        StringBuilder text = new StringBuilder("Thực hiện ").append(cited(report.plan()));
        if (report.subjectPlan() != null && report.subjectPlan().id() != report.plan().id()) {
            text.append(" và ").append(cited(report.subjectPlan()));
        }
        return text.append(", ").append(letterhead.issuerName()).append(" báo cáo kết quả thực hiện ").append(SUBJECT)
                .append(" ").append(period(report)).append(" như sau:").toString();
    }

    /** A plan's symbol starts with "KH"; a ministry's guidance is a công văn, whose symbol has no type. */
    private static String cited(PlanSummary plan) {
        String type = plan.symbol().startsWith(DocumentKind.PLAN.abbreviation() + "-")
                ? DocumentKind.PLAN.displayName() : "Văn bản";
        String number = plan.number() == null ? "" : OfficialWording.twoDigits(plan.number());
        return type + " số " + number + "/" + plan.symbol()
                + (plan.issuedOn() == null ? "" : " ngày " + SHORT_DAY.format(plan.issuedOn()))
                + (plan.issuerAgencyName() == null ? "" : " của " + plan.issuerAgencyName());
    }

    /** I. KẾT QUẢ THỰC HIỆN: the overall figures and annex references, then one khoản per task. */
    private static DocumentSection results(ReportView report, ReportQueries.Sources sources, List<Annex> annexes) {
        List<String> intro = new ArrayList<>();
        if (sources != null && sources.expected() > 0) {
            intro.add("Báo cáo được tổng hợp từ " + sources.used().size() + "/" + sources.expected()
                    + " báo cáo của các cơ quan, đơn vị.");
        }
        intro.add(stateSummary(report.tasks()));
        String total = figures(report.totals());
        if (total != null) intro.add("Tổng cộng: " + total + ".");
        List<String> references = new ArrayList<>();
        annexes.forEach(a -> references.add(a.reference() + " tại " + a.table().heading()));
        String joined = String.join("; ", references);
        intro.add(Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + " kèm theo Báo cáo này.");
        boolean showLead = report.reporterKind() == ReporterKind.UNIT;
        List<DocumentSection> tasks = new ArrayList<>();
        for (int i = 0; i < report.tasks().size(); i++) {
            tasks.add(task(i + 1, report.tasks().get(i), showLead));
        }
        return new DocumentSection("I", Numbering.Style.ROMAN, "Kết quả thực hiện", html(intro), tasks);
    }

    /** "Trong kỳ có 11 nhiệm vụ: hoàn thành 10, đang triển khai 1." */
    static String stateSummary(List<ReportView.TaskPart> tasks) {
        if (tasks.isEmpty()) return "Trong kỳ không có nhiệm vụ được giao.";
        Map<EntryState, Integer> counts = new EnumMap<>(EntryState.class);
        int unknown = 0;
        for (ReportView.TaskPart task : tasks) {
            EntryState state = task.entry().state();
            if (state == null) unknown++;
            else counts.merge(state, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        for (EntryState state : List.of(EntryState.DONE, EntryState.IN_PROGRESS, EntryState.NOT_STARTED)) {
            if (counts.containsKey(state)) {
                parts.add(RoundSnapshot.stateLabel(state).toLowerCase(VietnameseText.VIETNAMESE) + " "
                        + counts.get(state));
            }
        }
        if (unknown > 0) parts.add("chưa có thông tin " + unknown);
        return "Trong kỳ có " + tasks.size() + " nhiệm vụ: " + String.join(", ", parts) + ".";
    }

    /** "1. <task>": who leads it (in a unit's report), its state, what was done, and its figures. */
    static DocumentSection task(int position, ReportView.TaskPart task, boolean showLead) {
        EntryContent entry = task.entry();
        List<String> status = new ArrayList<>();
        if (showLead && task.leadName() != null) status.add("Cơ quan chủ trì: " + task.leadName() + ".");
        if (entry.state() != null) status.add("Tình trạng: " + RoundSnapshot.stateLabel(entry.state()) + ".");
        StringBuilder html = new StringBuilder();
        if (!status.isEmpty()) html.append(RichText.fromPlainText(String.join(" ", status)));
        String narrative = RichText.fromPlainText(entry.narrative());
        if (narrative != null) html.append(narrative);
        String figures = figures(entry.figures());
        if (figures != null) html.append(RichText.fromPlainText("Kết quả: " + figures + "."));
        if (entry.state() == null && narrative == null && figures == null) {
            html.append(RichText.fromPlainText("Chưa có thông tin báo cáo."));
        }
        String title = task.title() == null ? "Nhiệm vụ " + task.path() : task.title().strip().replaceFirst("\\.$", "");
        return new DocumentSection(Integer.toString(position), Numbering.Style.ARABIC, title, html.toString(),
                List.of());
    }

    /**
     * "3 hoạt động; 140 lượt người tham gia (nam 60, nữ 80); 1 sản phẩm; kinh phí 5.000.000 đồng", with only what
     * was reported (null is "not reported", not zero); null when nothing was.
     */
    static String figures(Figures f) {
        List<String> parts = new ArrayList<>();
        if (f.activities() != null) parts.add(count(f.activities()) + " hoạt động");
        if (f.participants() != null) {
            List<String> bySex = new ArrayList<>();
            if (f.participantsMale() != null) bySex.add("nam " + count(f.participantsMale()));
            if (f.participantsFemale() != null) bySex.add("nữ " + count(f.participantsFemale()));
            parts.add(count(f.participants()) + " lượt người tham gia (" + String.join(", ", bySex) + ")");
        }
        if (f.products() != null) parts.add(count(f.products()) + " sản phẩm");
        if (f.spent() != null) parts.add("kinh phí " + RoundSnapshot.money(f.spent()) + " đồng");
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static DocumentSection part(String label, String title, String text) {
        return new DocumentSection(label, Numbering.Style.ARABIC, title, RichText.fromPlainText(text), List.of());
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

    // --- the annexes -----------------------------------------------------------------------------------------------

    /**
     * Phụ lục I results per task (always), II the strategy targets (when the tasks have any), and for a unit's
     * consolidated report III the figures of each report drawn from and IV who did not report, is not accepted or
     * was late. Numbered in the order they are present, as the decree numbers appendices.
     */
    static List<Annex> annexes(ReportView report, ReportQueries.Sources sources, Letterhead letterhead) {
        return annexes(report, sources, letterhead, null);
    }

    /**
     * @param strategy for a unit's report, the attainment of the strategy targets rolled up for the unit (Phụ lục I
     *                 of the ministry's outline), which then stands in for the table of the report's own values
     */
    static List<Annex> annexes(ReportView report, ReportQueries.Sources sources, Letterhead letterhead,
                               StrategyTable strategy) {
        String subtitle = OfficialWording.attachedTo(DocumentKind.REPORT.displayName(), report.number(),
                letterhead.symbol(), issuedOn(report), report.dueDate().getYear(), letterhead.issuerName());
        List<Annex> annexes = new ArrayList<>();
        if (strategy != null) {
            strategy.table(heading(annexes), subtitle).ifPresent(table -> annexes.add(
                    new Annex("kết quả thực hiện các chỉ tiêu của Chiến lược quốc gia về bình đẳng giới", table)));
        }
        boolean attainmentShown = !annexes.isEmpty();
        annexes.add(new Annex("kết quả thực hiện từng nhiệm vụ",
                taskTable(heading(annexes), subtitle, report)));
        if (!attainmentShown && !report.targets().isEmpty()) {
            annexes.add(new Annex("kết quả thực hiện các chỉ tiêu của Chiến lược quốc gia về bình đẳng giới",
                    targetTable(heading(annexes), subtitle, report.targets())));
        }
        if (sources != null && !sources.used().isEmpty()) {
            annexes.add(new Annex("số liệu theo từng cơ quan, đơn vị báo cáo",
                    sourceTable(heading(annexes), subtitle, sources.used())));
        }
        List<ReportRow> absent = sources == null ? List.of() : absent(sources);
        if (!absent.isEmpty()) {
            annexes.add(new Annex("danh sách cơ quan, đơn vị chưa báo cáo, chưa được tiếp nhận hoặc báo cáo muộn",
                    absentTable(heading(annexes), subtitle, absent)));
        }
        return annexes;
    }

    /** The heading of the next annex: "Phụ lục I", "Phụ lục II", … */
    private static String heading(List<Annex> before) {
        return "Phụ lục " + Numbering.roman(before.size() + 1);
    }

    /** STT | Nhiệm vụ | Cơ quan chủ trì | Tình trạng | figures, with the totals in the last row. */
    private static DocumentTable taskTable(String heading, String subtitle, ReportView report) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < report.tasks().size(); i++) {
            ReportView.TaskPart task = report.tasks().get(i);
            EntryState state = task.entry().state();
            rows.add(row(List.of(Integer.toString(i + 1), task.title() == null ? task.path() : task.title(),
                    nz(task.leadName()), state == null ? "" : RoundSnapshot.stateLabel(state)), task.entry().figures()));
        }
        rows.add(row(List.of("", "Tổng cộng", "", ""), report.totals()));
        return new DocumentTable(heading, "Kết quả thực hiện các nhiệm vụ", subtitle,
                columns("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Tình trạng"), widths(6, 30, 16, 11), rows);
    }

    /** Chỉ tiêu | Giá trị | Tử số/Mẫu số | Nam | Nữ | Nguồn số liệu | Ghi chú. */
    private static DocumentTable targetTable(String heading, String subtitle, List<ReportView.TargetPart> targets) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportView.TargetPart target : targets) {
            TargetValueContent v = target.value();
            BigDecimal value = target.shown();
            String unit = target.unit();
            rows.add(List.of(target.code(),
                    value == null ? "" : RoundSnapshot.number(value) + ("%".equals(unit) || unit.isEmpty() ? unit : " " + unit),
                    v.numerator() == null && v.denominator() == null ? ""
                            : RoundSnapshot.number(v.numerator()) + "/" + RoundSnapshot.number(v.denominator()),
                    v.valueMale() == null ? "" : RoundSnapshot.number(v.valueMale()),
                    v.valueFemale() == null ? "" : RoundSnapshot.number(v.valueFemale()),
                    nz(v.source()), nz(v.note())));
        }
        return new DocumentTable(heading, "Kết quả thực hiện các chỉ tiêu của Chiến lược quốc gia về bình đẳng giới",
                subtitle, List.of("Chỉ tiêu", "Giá trị", "Tử số/Mẫu số", "Nam", "Nữ", "Nguồn số liệu", "Ghi chú"),
                List.of(8, 9, 11, 8, 8, 22, 22), rows);
    }

    /** STT | Cơ quan, đơn vị | Ngày gửi | figures of each report drawn from, with the totals. */
    private static DocumentTable sourceTable(String heading, String subtitle, List<ReportQueries.Source> sources) {
        List<List<String>> rows = new ArrayList<>();
        Figures total = Figures.NONE;
        for (int i = 0; i < sources.size(); i++) {
            ReportQueries.Source source = sources.get(i);
            rows.add(row(List.of(Integer.toString(i + 1), source.row().reporterName(),
                    sentOn(source.row())), source.totals()));
            total = total.plus(source.totals());
        }
        rows.add(row(List.of("", "Tổng cộng", ""), total));
        return new DocumentTable(heading, "Số liệu theo cơ quan, đơn vị báo cáo", subtitle,
                columns("STT", "Cơ quan, đơn vị", "Ngày gửi"), widths(6, 36, 11), rows);
    }

    /** STT | Cơ quan, đơn vị | Tình trạng | Ngày gửi | Ghi chú. */
    private static DocumentTable absentTable(String heading, String subtitle, List<ReportRow> absent) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < absent.size(); i++) {
            ReportRow row = absent.get(i);
            String note = row.missing() ? "Quá hạn, chưa gửi" : row.late() ? "Gửi muộn (hạn " + DAY.format(row.dueDate())
                    + ")" : "";
            rows.add(List.of(Integer.toString(i + 1), row.reporterName(), statusLabel(row.status()), sentOn(row),
                    note));
        }
        return new DocumentTable(heading, "Cơ quan, đơn vị chưa báo cáo, chưa được tiếp nhận hoặc báo cáo muộn",
                subtitle, List.of("STT", "Cơ quan, đơn vị", "Tình trạng", "Ngày gửi", "Ghi chú"),
                List.of(6, 34, 18, 11, 18), rows);
    }

    /** Those not accepted (not sent, waiting, returned), then those accepted but sent late; each once. */
    static List<ReportRow> absent(ReportQueries.Sources sources) {
        Map<Long, ReportRow> rows = new LinkedHashMap<>();
        sources.notAccepted().forEach(r -> rows.putIfAbsent(r.id(), r));
        sources.late().forEach(r -> rows.putIfAbsent(r.id(), r));
        return List.copyOf(rows.values());
    }

    private static String sentOn(ReportRow row) {
        LocalDate day = day(row.firstSubmittedAt());
        return day == null ? "" : DAY.format(day);
    }

    /** How a report stands, in the words of the document (the pages say the same from their messages). */
    static String statusLabel(ReportStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Chưa thực hiện";
            case DRAFT -> "Đang soạn";
            case AWAITING_APPROVAL -> "Chờ lãnh đạo duyệt";
            case SUBMITTED -> "Đã gửi, chờ tiếp nhận";
            case RETURNED -> "Trả lại để hoàn thiện";
            case ACCEPTED -> "Đã tiếp nhận";
            case CANCELLED -> "Không còn yêu cầu";
        };
    }

    private static List<String> columns(String... leading) {
        List<String> columns = new ArrayList<>(List.of(leading));
        columns.addAll(FIGURE_COLUMNS);
        return columns;
    }

    private static List<Integer> widths(Integer... leading) {
        List<Integer> widths = new ArrayList<>(List.of(leading));
        widths.addAll(FIGURE_WIDTHS);
        return widths;
    }

    /** The leading cells and the five figures, written the Vietnamese way so the workbook stores them as numbers. */
    private static List<String> row(List<String> leading, Figures f) {
        List<String> cells = new ArrayList<>(leading);
        cells.add(count(f.activities()));
        cells.add(count(f.participantsMale()));
        cells.add(count(f.participantsFemale()));
        cells.add(count(f.products()));
        cells.add(f.spent() == null ? "" : RoundSnapshot.money(f.spent()));
        return cells;
    }

    /** "1.636"; empty where nothing was reported. */
    private static String count(Integer n) {
        return n == null ? "" : RoundSnapshot.money(BigDecimal.valueOf(n));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
