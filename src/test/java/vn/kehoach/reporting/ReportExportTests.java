package vn.kehoach.reporting;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.kehoach.officialdoc.OfficialLayout;
import vn.kehoach.officialdoc.OfficialWording;
import vn.kehoach.officialdoc.OoxmlSchema;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report as the Decree 30 Word document and its annexes as a workbook, through the application's endpoints, on the
 * demo 2025 six-month cycle: tỉnh Quảng Ngãi's report to the ministry consolidated from its departments and communes,
 * and Sở Y tế's own report to Sở Nội vụ.
 */
@IntegrationTest
class ReportExportTests {

    private static final String TITLE = "Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ"
            + " 6 tháng đầu năm 2025";
    /** The figures of a report_entry row, summed, in the order of the tables' figure columns. */
    private static final String FIGURES = "coalesce(sum(e.activities), 0), coalesce(sum(e.participants_male), 0),"
            + " coalesce(sum(e.participants_female), 0), coalesce(sum(e.products), 0), coalesce(sum(e.spent), 0)";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    StrategyAnnex strategyAnnex;

    long province;
    long health;

    @BeforeEach
    void demoReports() {
        province = jdbc.queryForObject("""
                select r.id from report r join plan p on p.id = r.plan_id
                join administrative_unit u on u.id = r.reporter_unit_id
                where p.number = '739' and p.symbol = 'BNV-CTTN&BĐG' and p.status = 'ISSUED' and u.code = '51'
                  and r.kind = 'SIX_MONTH' and r.reporter_kind = 'UNIT'""", Map.of(), Long.class);
        health = jdbc.queryForObject("""
                select r.id from report r join plan p on p.id = r.plan_id join agency a on a.id = r.reporter_agency_id
                where p.number = '35' and p.symbol = 'KH-UBND' and p.status = 'ISSUED' and p.year = 2025
                  and r.kind = 'SIX_MONTH' and a.name like 'Sở Y tế%'""", Map.of(), Long.class);
    }

    @Test
    void exportsTheProvincesConsolidatedReportWithThePlanExportsLayout() {
        MvcTestResult result = download("/reports/" + province + "/export.docx", "qn.snv");
        assertThat(result.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                .contains("filename*=UTF-8''" + URLEncoder.encode("Báo cáo 6 tháng đầu năm 2025 - Tỉnh Quảng Ngãi.docx",
                        StandardCharsets.UTF_8).replace("+", "%20"));

        OfficialLayout layout = new OfficialLayout(result.getResponse().getContentAsByteArray())
                .isOnDecreePages()
                .hasHeader(List.of(), List.of("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"),
                        "Số: " + OfficialWording.BLANK + "/BC-UBND", "Quảng Ngãi, ngày 12 tháng 8 năm 2025")
                .hasTitle("BÁO CÁO", TITLE)
                .hasKinhGui("Bộ Nội vụ")
                .hasParts(List.of("I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
                        "IV. ĐỀ XUẤT, KIẾN NGHỊ"))
                // The demo leader signed with "KT. CHỦ TỊCH" in the title field: it belongs to the authority lines.
                .hasSignature(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Dữ liệu mẫu"),
                        List.of("- Như trên;", "- Lưu: VT, SNV."))
                .hasAppendices(List.of("Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV"));

        List<String> paragraphs = layout.paragraphs();
        assertThat(paragraphs).contains("II. ĐÁNH GIÁ CHUNG", "1. Kết quả đạt được", "2. Tồn tại, hạn chế",
                "3. Nguyên nhân");
        List<Object[]> entries = jdbc.query("select e.task_title, " + FIGURES.replace("sum(", "(")
                + " from report_entry e where e.report_id = :id and e.state is not null order by e.position",
                Map.of("id", province), (rs, n) -> new Object[]{rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6)});
        assertThat(entries).hasSizeGreaterThan(5);
        List<Integer> numbers = new ArrayList<>();
        for (Object[] e : entries) {
            String title = ((String) e[0]).replaceFirst("\\.$", "");
            int at = -1;
            for (int i = 0; i < paragraphs.size() && at < 0; i++) {
                if (paragraphs.get(i).matches("\\d+\\. " + Pattern.quote(title))) at = i;
            }
            assertThat(at).as(title).isNotNegative();
            numbers.add(Integer.parseInt(paragraphs.get(at).substring(0, paragraphs.get(at).indexOf('.'))));
            String figures = paragraphs.subList(at + 1, paragraphs.size()).stream()
                    .filter(p -> p.startsWith("Kết quả: ")).findFirst().orElseThrow();
            assertThat(figures).as(title).isEqualTo("Kết quả: "
                    + figures((long) e[1], (long) e[2], (long) e[3], (long) e[4], (long) e[5]) + ".");
        }
        assertThat(numbers).as("tasks numbered 1, 2, … in part I").doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).isBetween(1, entries.size()));
        long[] total = sums("select " + FIGURES + " from report_entry e where e.report_id = :id", province);
        assertThat(paragraphs)
                .contains("Tổng cộng: " + figures(total[0], total[1], total[2], total[3], total[4]) + ".");
        assertThat(layout.text()).contains("Trên đây là báo cáo kết quả thực hiện").contains("xem xét, tổng hợp./.");

        // Phụ lục I: the strategy targets, a row per goal and per target.
        assertThat(layout.appendixRows("Phụ lục I")).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("1.1"))
                .anySatisfy(row -> assertThat(row.get(1)).startsWith("Mục tiêu 3: "));

        // Phụ lục III: the reports drawn from, each with its figures, and the same totals as the body.
        List<List<String>> sources = layout.appendixRows("Phụ lục III");
        List<String> drawnFrom = jdbc.queryForList(
                """
                        select coalesce(a.name, u.full_name) from report_source s join report r on r.id = s.source_report_id
                        join administrative_unit u on u.id = r.reporter_unit_id left join agency a on a.id = r.reporter_agency_id
                        where s.report_id = :id""",
                Map.of("id", province), String.class);
        assertThat(drawnFrom).contains("Sở Y tế tỉnh Quảng Ngãi", "Phường Đăk Cấm");
        assertThat(sources.subList(1, sources.size() - 1)).extracting(row -> row.get(1))
                .containsExactlyInAnyOrderElementsOf(drawnFrom);
        long[] drawn = sums("select " + FIGURES + " from report_entry e where e.report_id in"
                + " (select source_report_id from report_source where report_id = :id)", province);
        assertThat(sources.get(sources.size() - 1)).containsExactly("", "Tổng cộng", "", grouped(drawn[0]),
                grouped(drawn[1]), grouped(drawn[2]), grouped(drawn[3]), grouped(drawn[4]));

        // Phụ lục IV: who has not sent anything though the deadline passed, and who sent late.
        List<List<String>> absent = layout.appendixRows("Phụ lục IV");
        List<String> neverSent = jdbc.queryForList(
                """
                        select coalesce(a.name, u.full_name) from report r join plan p on p.id = r.plan_id
                        join administrative_unit u on u.id = r.reporter_unit_id left join agency a on a.id = r.reporter_agency_id
                        where p.number = '35' and p.symbol = 'KH-UBND' and p.year = 2025 and p.status = 'ISSUED'
                          and r.kind = 'SIX_MONTH' and r.first_submitted_at is null and r.status <> 'CANCELLED'""",
                Map.of(), String.class);
        assertThat(neverSent).contains("Sở Dân tộc và Tôn giáo tỉnh Quảng Ngãi", "Xã Ba Tô");
        for (String name : neverSent) {
            assertThat(absent).as(name).anySatisfy(row -> {
                assertThat(row.get(1)).isEqualTo(name);
                assertThat(row.get(3)).as("date sent").isEmpty();
                assertThat(row.get(4)).isEqualTo("Quá hạn, chưa gửi");
            });
        }
        assertThat(absent).anySatisfy(row -> assertThat(row.subList(1, 5)).containsExactly(
                "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi", "Đã tiếp nhận", "04/08/2025", "Gửi muộn (hạn 31/07/2025)"));
    }

    @Test
    void exportsTheAnnexesAsAWorkbookWithSummedFigures() throws IOException {
        MvcTestResult result = download("/reports/" + province + "/annexes.xlsx", "qn.snv");
        assertThat(result.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV");

            // A unit's report opens with the strategy targets rolled up for its unit and year (the indicator module).
            XSSFSheet strategy = workbook.getSheet("Phụ lục I");
            assertThat(strategy.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI NĂM 2025");
            XSSFRow strategyHeader = strategy.getRow(4);
            List<String> columns = new ArrayList<>();
            strategyHeader.forEach(cell -> columns.add(cell.getStringCellValue()));
            assertThat(columns).containsExactly("STT", "Mục tiêu / Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu",
                    "Thực hiện năm trước", "Thực hiện năm báo cáo", "Đánh giá", "Nguồn số liệu");

            XSSFSheet tasks = workbook.getSheet("Phụ lục II");
            assertThat(tasks.getRow(1).getCell(0).getStringCellValue()).isEqualTo("KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ");
            XSSFRow header = tasks.getRow(4);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Nhiệm vụ");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Kinh phí (đồng)");
            long taskCount = jdbc.queryForObject("select count(*) from report_entry where report_id = :id",
                    Map.of("id", province), Long.class);
            int last = tasks.getLastRowNum();
            assertThat(last - 4).as("a row per task and the total").isEqualTo(taskCount + 1);
            XSSFRow total = tasks.getRow(last);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            long[] expected = sums("select " + FIGURES + " from report_entry e where e.report_id = :id", province);
            for (int c = 0; c < 5; c++) {
                assertThat(total.getCell(4 + c).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((long) total.getCell(4 + c).getNumericCellValue())
                        .as(header.getCell(4 + c).getStringCellValue())
                        .isEqualTo(expected[c]);
                double column = 0;
                for (int r = 5; r < last; r++) {
                    var cell = tasks.getRow(r).getCell(4 + c);
                    if (cell.getCellType() == CellType.NUMERIC) column += cell.getNumericCellValue();
                }
                assertThat((long) column).as("the rows add up to the total").isEqualTo(expected[c]);
            }

            XSSFSheet sources = workbook.getSheet("Phụ lục III");
            XSSFRow sourceTotal = sources.getRow(sources.getLastRowNum());
            long[] drawn = sums("select " + FIGURES + " from report_entry e where e.report_id in"
                    + " (select source_report_id from report_source where report_id = :id)", province);
            assertThat((long) sourceTotal.getCell(7).getNumericCellValue()).isEqualTo(drawn[4]);
        }
    }

    @Test
    void headsAnAgencysReportWithItsPeoplesCommitteeAndTheAgency() {
        MvcTestResult result = download("/reports/" + health + "/export.docx", "qn.syt");
        OfficialLayout layout = new OfficialLayout(result.getResponse().getContentAsByteArray())
                .isOnDecreePages()
                .hasHeader(List.of("UBND TỈNH QUẢNG NGÃI"), List.of("SỞ Y TẾ"),
                        "Số: " + OfficialWording.BLANK + "/BC-SYT",
                        "Quảng Ngãi, ngày 28 tháng 7 năm 2025")
                .hasTitle("BÁO CÁO", TITLE)
                .hasKinhGui("Sở Nội vụ tỉnh Quảng Ngãi")
                // Sent without a signature block: the Sở's usual one, the name left for the signer.
                .hasSignature(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), List.of("- Như trên;", "- Lưu: VT, SYT."))
                .hasAppendices(List.of("Phụ lục I"));
        assertThat(layout.paragraphs()).anySatisfy(p -> assertThat(p).startsWith("Thực hiện Kế hoạch số 35/KH-UBND")
                .contains("Sở Y tế tỉnh Quảng Ngãi báo cáo kết quả"));
        assertThat(layout.text()).doesNotContain("Cơ quan chủ trì:");
    }

    /**
     * Every demo report in every state as the Word file with its annexes (the strategy-target annex of the indicator
     * module in a unit's report); the annex workbook of each kind of report; the indicator annex and the completeness
     * table on their own.
     */
    @Test
    void exportsEveryDemoReportAndAnnexAsValidOfficeXml() {
        List<Long> reports = jdbc.queryForList("select id from report order by id", Map.of(), Long.class);
        assertThat(reports).hasSizeGreaterThan(20);
        for (long id : reports) {
            OoxmlSchema.assertValid("report " + id, download("/reports/" + id + "/export.docx", "admin")
                    .getResponse().getContentAsByteArray());
        }
        // The workbook holds the same tables as the Word file's annexes: one report of each kind is enough.
        List<Long> kinds = jdbc.queryForList("""
                select distinct on (r.reporter_kind, r.kind, r.plan_id = r.subject_plan_id) r.id from report r
                order by r.reporter_kind, r.kind, r.plan_id = r.subject_plan_id, r.id""", Map.of(), Long.class);
        for (long id : kinds) {
            OoxmlSchema.assertValid("annexes of report " + id, download("/reports/" + id + "/annexes.xlsx", "admin")
                    .getResponse().getContentAsByteArray());
        }
        long plan = jdbc.queryForObject("select plan_id from report where id = :id", Map.of("id", health), Long.class);
        for (String uri : List.of("/indicators/annex.xlsx?unit=51&year=2025", "/reporting/status.xlsx?plan=" + plan)) {
            OoxmlSchema.assertValid(uri, download(uri, "qn.snv").getResponse().getContentAsByteArray());
        }
    }

    /** A unit's report for a year still to come (a plan issued ahead) exports without the strategy annex. */
    @Test
    void leavesOutTheStrategyAnnexOfAYearStillToCome() {
        long unit = jdbc.queryForObject("select reporter_unit_id from report where id = :id", Map.of("id", province),
                Long.class);
        int next = LocalDate.now().getYear() + 1;
        assertThat(strategyAnnex.forUnit(unit, next, "Phụ lục I", null)).isEmpty();
        assertThat(strategyAnnex.forUnit(unit, 2025, "Phụ lục I", null)).isPresent();
    }

    @Test
    void answers404ToUsersWhoMayNotReadTheReport() {
        for (String file : List.of("export.docx", "annexes.xlsx")) {
            assertThat(mvc.get().uri("/reports/" + province + "/" + file).with(logins.as("ls.snv"))).hasStatus(404);
            assertThat(mvc.get().uri("/reports/" + health + "/" + file).with(logins.as("dakcam.vhxh"))).hasStatus(404);
            assertThat(mvc.get().uri("/reports/" + health + "/" + file).with(logins.as("qn.snv"))).hasStatusOk();
        }
    }

    private MvcTestResult download(String uri, String user) {
        MvcTestResult result = mvc.get().uri(uri).with(logins.as(user)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return result;
    }

    private long[] sums(String sql, long reportId) {
        return jdbc.queryForObject(sql, Map.of("id", reportId), (rs, n) -> new long[]{rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5)});
    }

    /** The figures sentence of the document, for figures that were all reported. */
    private static String figures(long activities, long male, long female, long products, long spent) {
        return grouped(activities) + " hoạt động; " + grouped(male + female) + " lượt người tham gia (nam "
                + grouped(male) + ", nữ " + grouped(female) + "); " + grouped(products) + " sản phẩm; kinh phí "
                + grouped(spent) + " đồng";
    }

    /** "1.636": thousands grouped with dots, as Vietnamese documents write them. */
    private static String grouped(long n) {
        return String.format(Locale.GERMANY, "%,d", n);
    }
}
