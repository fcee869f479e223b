package vn.kehoach.reporting.export;

import org.junit.jupiter.api.Test;
import vn.kehoach.officialdoc.DocumentSection;
import vn.kehoach.officialdoc.DocumentTable;
import vn.kehoach.officialdoc.OfficialDocument;
import vn.kehoach.officialdoc.OfficialWording;
import vn.kehoach.plan.PlanStatus;
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
import vn.kehoach.reporting.domain.TargetValueContent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a report maps onto the official document and its annexes, without the application. */
class ReportExportsTests {

    private static final ReportExports.Letterhead COMMUNE = new ReportExports.Letterhead(List.of(),
            List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG ĐĂK CẤM"), "Ủy ban nhân dân phường Đăk Cấm", "BC-UBND", "Đăk Cấm",
            "VHXH", List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"));
    private static final LocalDate DUE = LocalDate.of(2025, 7, 31);

    @Test
    void writesOnlyTheFiguresThatWereReported() {
        assertThat(ReportDocument.figures(new Figures(3, 60, 80, 1, BigDecimal.valueOf(5_000_000))))
                .isEqualTo("3 hoạt động; 140 lượt người tham gia (nam 60, nữ 80); 1 sản phẩm; kinh phí 5.000.000 đồng");
        assertThat(ReportDocument.figures(new Figures(null, null, 1250, 0, null)))
                .isEqualTo("1.250 lượt người tham gia (nữ 1.250); 0 sản phẩm");
        assertThat(ReportDocument.figures(Figures.NONE)).isNull();
    }

    @Test
    void numbersEachTaskWithItsLeadStateNarrativeAndFigures() {
        DocumentSection task = ReportDocument.task(2, task("II.2.a", "Phát sóng chuyên mục bình đẳng giới.",
                EntryState.IN_PROGRESS, "- Phòng Văn hóa: phát 4 chuyên mục\n<b>không phải thẻ</b>",
                new Figures(4, null, null, 2, null)), true);
        assertThat(task.label()).isEqualTo("2");
        assertThat(task.title()).isEqualTo("Phát sóng chuyên mục bình đẳng giới");
        assertThat(task.html()).isEqualTo("<p>Cơ quan chủ trì: Phòng Văn hóa - Xã hội. Tình trạng: Đang triển khai.</p>"
                + "<p>- Phòng Văn hóa: phát 4 chuyên mục</p><p>&lt;b&gt;không phải thẻ&lt;/b&gt;</p>"
                + "<p>Kết quả: 4 hoạt động; 2 sản phẩm.</p>");

        DocumentSection blank = ReportDocument.task(1, task("I.1", "Kiện toàn", null, " ", Figures.NONE), false);
        assertThat(blank.html()).isEqualTo("<p>Chưa có thông tin báo cáo.</p>");
    }

    @Test
    void movesExtraTitleLinesIntoTheAuthorityAndFallsBackToTheUsualSigner() {
        var signed = ReportDocument
                .signer(report(ReportKind.SIX_MONTH, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                        "Nguyễn Văn A", List.of()), COMMUNE);
        assertThat(signed.authorityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH");
        assertThat(signed.title()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(signed.name()).isEqualTo("Nguyễn Văn A");

        var chairman = ReportDocument.signer(report(ReportKind.SIX_MONTH, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần B",
                List.of()), COMMUNE);
        assertThat(chairman.authorityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN");
        assertThat(chairman.title()).isEqualTo("CHỦ TỊCH");

        var unsigned = ReportDocument.signer(report(ReportKind.SIX_MONTH, null, " ", null, List.of()), COMMUNE);
        assertThat(unsigned.authorityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH");
        assertThat(unsigned.title()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(unsigned.name()).isNull();
    }

    @Test
    void namesThePeriodInTheTitle() {
        assertThat(ReportDocument.title(report(ReportKind.ANNUAL, null, null, null, List.of())))
                .isEqualTo("Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025");
        assertThat(ReportDocument.title(report(ReportKind.SIX_MONTH, null, null, null, List.of())))
                .endsWith("phụ nữ 6 tháng đầu năm 2025");
        assertThat(ReportDocument.title(report(ReportKind.THEMATIC, null, null, null, List.of())))
                .endsWith("phụ nữ từ ngày 15/11/2025 đến ngày 15/12/2025");
        assertThat(ReportDocument.title(report(ReportKind.SELF_INSPECTION, null, null, null, List.of())))
                .startsWith("Kết quả tự kiểm tra công tác bình đẳng giới");
    }

    @Test
    void numbersTheAnnexesThatArePresentAndRefersToEachInPartOne() {
        ReportRow late = row(21, "Phường Cẩm Thành", ReportStatus.ACCEPTED, Instant.parse("2025-08-04T03:00:00Z"),
                false);
        ReportRow missing = row(22, "Xã Ba Tô", ReportStatus.NOT_STARTED, null, null);
        ReportRow waiting = row(23, "Xã Ba Vì", ReportStatus.SUBMITTED, Instant.parse("2025-08-04T03:00:00Z"), false);
        ReportQueries.Sources sources = new ReportQueries.Sources(
                List.of(new ReportQueries.Source(late, new Figures(2, 10, 20, null, BigDecimal.valueOf(3_000_000))),
                        new ReportQueries.Source(row(24, "Xã Ba Tơ", ReportStatus.ACCEPTED,
                                Instant.parse("2025-07-30T03:00:00Z"), true), new Figures(1, 5, null, 1, null))),
                List.of(missing, waiting), List.of(late, waiting), false, 5);
        ReportView report = report(ReportKind.SIX_MONTH, null, null, null,
                List.of(task("II.1", "Kiện toàn", EntryState.DONE, "Đã kiện toàn.", new Figures(3, 5, 20, 1, null))));

        List<DocumentTable> tables = ReportAnnexes.annexes(report, sources, COMMUNE).stream()
                .map(ReportAnnexes.Annex::table).toList();
        // No targets: the reports drawn from become Phụ lục II.
        assertThat(tables).extracting(DocumentTable::heading).containsExactly("Phụ lục I", "Phụ lục II", "Phụ lục III");
        assertThat(tables.get(0).subtitle())
                .isEqualTo("(Kèm theo Báo cáo số 05/BC-UBND ngày 29/7/2025 của Ủy ban nhân dân phường Đăk Cấm)");
        assertThat(tables.get(0).rows()).containsExactly(
                List.of("1", "Kiện toàn", "Phòng Văn hóa - Xã hội", "Hoàn thành", "3", "5", "20", "1", ""),
                List.of("", "Tổng cộng", "", "", "3", "5", "20", "1", ""));
        assertThat(tables.get(1).rows()).last()
                .isEqualTo(List.of("", "Tổng cộng", "", "3", "15", "20", "1", "3.000.000"));
        // Each reporter once, the ones not accepted first.
        assertThat(tables.get(2).rows()).containsExactly(
                List.of("1", "Xã Ba Tô", "Chưa thực hiện", "", "Quá hạn, chưa gửi"),
                List.of("2", "Xã Ba Vì", "Đã gửi, chờ tiếp nhận", "04/08/2025", "Gửi muộn (hạn 31/07/2025)"),
                List.of("3", "Phường Cẩm Thành", "Đã tiếp nhận", "04/08/2025", "Gửi muộn (hạn 31/07/2025)"));

        OfficialDocument document = ReportDocument.document(report, sources, COMMUNE);
        DocumentSection results = document.sections().get(0);
        assertThat(results.html()).contains("<p>Báo cáo được tổng hợp từ 2/5 báo cáo của các cơ quan, đơn vị.</p>",
                "<p>Trong kỳ có 1 nhiệm vụ: hoàn thành 1.</p>",
                "Kết quả thực hiện từng nhiệm vụ tại Phụ lục I; số liệu theo từng cơ quan, đơn vị báo cáo tại Phụ lục II;"
                        + " danh sách cơ quan, đơn vị chưa báo cáo, chưa được tiếp nhận hoặc báo cáo muộn tại Phụ lục III"
                        + " kèm theo Báo cáo này.");
        assertThat(document.kinhGui()).containsExactly("Sở Nội vụ tỉnh Quảng Ngãi");
        assertThat(document.recipients()).containsExactly("Như trên", "Lưu: VT, VHXH");
        assertThat(document.date()).isEqualTo(LocalDate.of(2025, 7, 29));
        assertThat(document.openingParagraphs()).containsExactly("Thực hiện Kế hoạch số 35/KH-UBND ngày 14/7/2025 của"
                + " Ủy ban nhân dân tỉnh Quảng Ngãi và Kế hoạch số 08/KH-UBND ngày 18/7/2025 của Ủy ban nhân dân phường"
                + " Đăk Cấm, Ủy ban nhân dân phường Đăk Cấm báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự"
                + " tiến bộ của phụ nữ 6 tháng đầu năm 2025 như sau:");
    }

    @Test
    void listsTargetsWithRatesAsPercentagesAndLeavesOutTheSourceAnnexesOfAnAgencysReport() {
        ReportView report = report(ReportKind.SIX_MONTH, null, null, null, List.of(), List.of(
                new ReportView.TargetPart("2.1", new TargetValueContent("2.1", null, BigDecimal.valueOf(6),
                        BigDecimal.valueOf(20), null, null, "Thống kê của Sở", null), null),
                new ReportView.TargetPart("3.2a", new TargetValueContent("3.2a", new BigDecimal("1250.5"), null, null,
                        BigDecimal.valueOf(600), new BigDecimal("650.5"), null, "Ước tính"), null)));
        List<DocumentTable> tables = ReportAnnexes.annexes(report, null, COMMUNE).stream()
                .map(ReportAnnexes.Annex::table).toList();
        assertThat(tables).extracting(DocumentTable::heading).containsExactly("Phụ lục I", "Phụ lục II");
        assertThat(tables.get(1).rows()).containsExactly(
                List.of("2.1", "30%", "6/20", "", "", "Thống kê của Sở", ""),
                List.of("3.2a", "1.250,5", "", "600", "650,5", "", "Ước tính"));
    }

    @Test
    void leavesNumberAndDateBlankBeforeTheReportIsSent() {
        ReportView draft = report(ReportKind.ANNUAL, null, null, null, List.of(), List.of(), null, null);
        OfficialDocument document = ReportDocument.document(draft, null, COMMUNE);
        assertThat(document.number()).isNull();
        assertThat(document.date()).isNull();
        assertThat(document.year()).isEqualTo(DUE.getYear());
        assertThat(document.appendices().get(0).subtitle()).isEqualTo("(Kèm theo Báo cáo số " + OfficialWording.BLANK
                + "/BC-UBND ngày" + OfficialWording.BLANK + "tháng" + OfficialWording.BLANK + "năm 2025 của Ủy ban nhân"
                + " dân phường Đăk Cấm)");
        assertThat(ReportExports.fileName(draft, "docx")).isEqualTo("Báo cáo năm 2025 - Phường Đăk Cấm.docx");
    }

    // --- fixtures --------------------------------------------------------------------------------------------------

    private static ReportView.TaskPart task(String path, String title, EntryState state, String narrative,
                                            Figures figures) {
        long id = path.hashCode();
        return new ReportView.TaskPart(id, path, title, "Phòng Văn hóa - Xã hội", List.of(), List.of(), List.of(),
                null, new EntryContent(id, null, path, title, state, narrative, figures));
    }

    private static ReportView report(ReportKind kind, String authority, String title, String name,
                                     List<ReportView.TaskPart> tasks) {
        return report(kind, authority, title, name, tasks, List.of());
    }

    private static ReportView report(ReportKind kind, String authority, String title, String name,
                                     List<ReportView.TaskPart> tasks, List<ReportView.TargetPart> targets) {
        return report(kind, authority, title, name, tasks, targets, "5", Instant.parse("2025-07-29T03:00:00Z"));
    }

    /** Phường Đăk Cấm's report on its own plan 08/KH-UBND under the province's 35/KH-UBND, to Sở Nội vụ. */
    private static ReportView report(ReportKind kind, String authority, String title, String name,
                                     List<ReportView.TaskPart> tasks, List<ReportView.TargetPart> targets,
                                     String number, Instant sent) {
        PlanSummary province = new PlanSummary(1, PlanStatus.ISSUED, 2025, "Thực hiện công tác bình đẳng giới năm 2025",
                "35", "KH-UBND", LocalDate.of(2025, 7, 14), 1, 51, "51", "Tỉnh Quảng Ngãi",
                "Ủy ban nhân dân tỉnh Quảng Ngãi", null, null);
        PlanSummary own = new PlanSummary(2, PlanStatus.ISSUED, 2025, "Triển khai thực hiện công tác bình đẳng giới",
                "08", "KH-UBND", LocalDate.of(2025, 7, 18), 1, 23284, "23284", "Phường Đăk Cấm",
                "Ủy ban nhân dân phường Đăk Cấm", 1L, null);
        boolean thematic = kind == ReportKind.THEMATIC;
        return new ReportView(9, 0, ReportStatus.ACCEPTED, 1, kind, 2025,
                thematic ? LocalDate.of(2025, 11, 15) : kind.defaultPeriodFrom(2025),
                thematic ? LocalDate.of(2025, 12, 15) : kind.defaultPeriodTo(2025), DUE, LocalDate.of(2025, 9, 1),
                ReporterKind.UNIT, "Phường Đăk Cấm", 23284, "23284", "Phường Đăk Cấm", "/1/51/23284/", 7,
                "Phòng Văn hóa - Xã hội phường Đăk Cấm", 3, "Sở Nội vụ tỉnh Quảng Ngãi", "Tỉnh Quảng Ngãi", province,
                own, null, number, sent, sent, null, true, authority, title, name, tasks, targets, List.of(),
                "Kết quả.", "Hạn chế.", "Nguyên nhân.", "Phương hướng.", "Kiến nghị.", null, null, null, "demo");
    }

    private static ReportRow row(long id, String name, ReportStatus status, Instant sent, Boolean onTime) {
        return new ReportRow(id, 1, 1, 1, "35/KH-UBND", "Kế hoạch", ReportKind.SIX_MONTH, 2025,
                LocalDate.of(2025, 6, 14), DUE, ReporterKind.UNIT, name, id, "0", name, "UBND", "Sở Nội vụ", status, 1,
                sent, sent, onTime, LocalDate.of(2025, 9, 1), null);
    }
}
