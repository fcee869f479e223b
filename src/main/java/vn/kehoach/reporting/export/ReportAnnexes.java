package vn.kehoach.reporting.export;

import vn.kehoach.officialdoc.DocumentKind;
import vn.kehoach.officialdoc.DocumentTable;
import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.officialdoc.OfficialWording;
import vn.kehoach.reporting.EntryState;
import vn.kehoach.reporting.ReportRow;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.domain.Figures;
import vn.kehoach.reporting.domain.ReportQueries;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.reporting.domain.RoundSnapshot;
import vn.kehoach.reporting.domain.TargetValueContent;
import vn.kehoach.reporting.export.ReportExports.Letterhead;
import vn.kehoach.reporting.export.ReportExports.StrategyTable;
import vn.kehoach.shared.text.OfficialText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.kehoach.reporting.export.ReportDocument.count;
import static vn.kehoach.reporting.export.ReportDocument.day;
import static vn.kehoach.reporting.export.ReportDocument.issuedOn;

/**
 * The annex tables of a report, which go at the end of its document and are also exported on their own as a
 * workbook for re-entry into provincial reporting platforms: so each row is cells, with figures written the
 * Vietnamese way.
 */
final class ReportAnnexes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> FIGURE_COLUMNS = words("activities", "male", "female", "products", "spent");
    private static final String TOTAL = OfficialText.of("report.annex.total");
    private static final List<Integer> FIGURE_WIDTHS = List.of(8, 9, 9, 8, 12);

    private ReportAnnexes() {
    }

    /** An annex table and how the body refers to it ("kết quả thực hiện từng nhiệm vụ tại Phụ lục I"). */
    record Annex(String reference, DocumentTable table) {
    }

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
                    new Annex(OfficialText.of("report.annex.targets.reference"), table)));
        }
        boolean attainmentShown = !annexes.isEmpty();
        annexes.add(new Annex(OfficialText.of("report.annex.tasks.reference"),
                taskTable(heading(annexes), subtitle, report)));
        if (!attainmentShown && !report.targets().isEmpty()) {
            annexes.add(new Annex(OfficialText.of("report.annex.targets.reference"),
                    targetTable(heading(annexes), subtitle, report.targets())));
        }
        if (sources != null && !sources.used().isEmpty()) {
            annexes.add(new Annex(OfficialText.of("report.annex.sources.reference"),
                    sourceTable(heading(annexes), subtitle, sources.used())));
        }
        List<ReportRow> absent = sources == null ? List.of() : absent(sources);
        if (!absent.isEmpty()) {
            annexes.add(new Annex(OfficialText.of("report.annex.absent.reference"),
                    absentTable(heading(annexes), subtitle, absent)));
        }
        return annexes;
    }

    /** The heading of the next annex: "Phụ lục I", "Phụ lục II", … */
    private static String heading(List<Annex> before) {
        return OfficialText.of("report.annex.heading", Numbering.roman(before.size() + 1));
    }

    /** STT | Nhiệm vụ | Cơ quan chủ trì | Tình trạng | figures, with the totals in the last row. */
    private static DocumentTable taskTable(String heading, String subtitle, ReportView report) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < report.tasks().size(); i++) {
            ReportView.TaskPart task = report.tasks().get(i);
            EntryState state = task.entry().state();
            rows.add(row(List.of(Integer.toString(i + 1), task.title() == null ? task.path() : task.title(),
                    nz(task.leadName()), state == null ? "" : RoundSnapshot.stateLabel(state)),
                    task.entry().figures()));
        }
        rows.add(row(List.of("", TOTAL, "", ""), report.totals()));
        return new DocumentTable(heading, OfficialText.of("report.annex.tasks.title"), subtitle,
                columns(words("number", "task", "lead", "state")), widths(6, 30, 16, 11), rows);
    }

    /** Chỉ tiêu | Giá trị | Tử số/Mẫu số | Nam | Nữ | Nguồn số liệu | Ghi chú. */
    private static DocumentTable targetTable(String heading, String subtitle, List<ReportView.TargetPart> targets) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportView.TargetPart target : targets) {
            TargetValueContent v = target.value();
            BigDecimal value = target.shown();
            String unit = target.unit();
            rows.add(List.of(target.code(),
                    value == null
                            ? ""
                            : RoundSnapshot.number(value) + ("%".equals(unit) || unit.isEmpty() ? unit : " " + unit),
                    v.numerator() == null && v.denominator() == null
                            ? ""
                            : RoundSnapshot.number(v.numerator()) + "/" + RoundSnapshot.number(v.denominator()),
                    v.valueMale() == null ? "" : RoundSnapshot.number(v.valueMale()),
                    v.valueFemale() == null ? "" : RoundSnapshot.number(v.valueFemale()),
                    nz(v.source()), nz(v.note())));
        }
        return new DocumentTable(heading, OfficialText.of("report.annex.targets.title"), subtitle,
                words("target", "value", "fraction", "men", "women", "source", "note"),
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
        rows.add(row(List.of("", TOTAL, ""), total));
        return new DocumentTable(heading, OfficialText.of("report.annex.sources.title"), subtitle,
                columns(words("number", "reporter", "sentOn")), widths(6, 36, 11), rows);
    }

    /** STT | Cơ quan, đơn vị | Tình trạng | Ngày gửi | Ghi chú. */
    private static DocumentTable absentTable(String heading, String subtitle, List<ReportRow> absent) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < absent.size(); i++) {
            ReportRow row = absent.get(i);
            String note = row.missing()
                    ? OfficialText.of("report.annex.absent.missing")
                    : row.late() ? OfficialText.of("report.annex.absent.late", DAY.format(row.dueDate())) : "";
            rows.add(List.of(Integer.toString(i + 1), row.reporterName(), statusLabel(row.status()), sentOn(row),
                    note));
        }
        return new DocumentTable(heading, OfficialText.of("report.annex.absent.title"), subtitle,
                words("number", "reporter", "status", "sentOn", "note"),
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
        return OfficialText.of("ReportStatus." + status.name());
    }

    /** Column headings of the annexes ("report.annex.column.*"). */
    private static List<String> words(String... columns) {
        return Arrays.stream(columns).map(c -> OfficialText.of("report.annex.column." + c)).toList();
    }

    private static List<String> columns(List<String> leading) {
        List<String> columns = new ArrayList<>(leading);
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

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
