package vn.kehoach.officialdoc;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class XlsxWriterTests {

    private final OfficialDocumentWriter writer = new OfficialDocumentWriter();

    @Test
    void writesOneSheetPerTableWithTitleRowsAndABoldBorderedHeader() throws IOException {
        try (XSSFWorkbook workbook = open(List.of(ExportFixtures.taskTable(), ExportFixtures.targetTable()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Phụ lục I");
            assertThat(workbook.getSheetName(1)).isEqualTo("Phụ lục II");

            XSSFSheet tasks = workbook.getSheetAt(0);
            assertThat(tasks.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Phụ lục I");
            assertThat(tasks.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("DANH MỤC NHIỆM VỤ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2025");
            assertThat(tasks.getRow(2).getCell(0).getCellStyle().getFont().getItalic()).isTrue();
            assertThat(tasks.getMergedRegions()).contains(new CellRangeAddress(1, 1, 0, 5));

            XSSFRow header = tasks.getRow(4);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("STT");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Sản phẩm");
            for (int c = 0; c < 6; c++) {
                XSSFCell cell = header.getCell(c);
                assertThat(cell.getCellStyle().getFont().getBold()).isTrue();
                assertThat(cell.getCellStyle().getBorderBottom()).isNotEqualTo(BorderStyle.NONE);
                assertThat(cell.getCellStyle().getWrapText()).isTrue();
            }
            assertThat(tasks.getRow(5).getCell(1).getStringCellValue())
                    .isEqualTo("Tập huấn kiến thức về giới cho cán bộ cấp xã");
            assertThat(tasks.getRow(5).getCell(1).getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
            assertThat(tasks.getColumnWidth(1)).isGreaterThan(tasks.getColumnWidth(0) * 5);
            assertThat(tasks.getRow(7).getHeightInPoints()).as("a row whose text wraps is taller")
                    .isGreaterThan(tasks.getRow(6).getHeightInPoints());
        }
    }

    @Test
    void isValidSpreadsheetMl() {
        OoxmlSchema.assertValid("the annex workbook",
                writer.xlsx(List.of(ExportFixtures.taskTable(), ExportFixtures.targetTable())));
    }

    @Test
    void storesNumbersAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = open(List.of(ExportFixtures.targetTable()))) {
            XSSFSheet targets = workbook.getSheetAt(0);
            XSSFRow first = targets.getRow(5);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(0.6);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(targets.getRow(6).getCell(3).getNumericCellValue()).isCloseTo(0.505, within(1e-9));
            assertThat(targets.getRow(7).getCell(3).getNumericCellValue()).isEqualTo(1250.0);
            assertThat(targets.getRow(7).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(targets.getRow(5).getCell(2).getStringCellValue()).isEqualTo("%");
        }
    }

    @Test
    void setsUpPrintingOnA4LandscapeWithTheHeaderRowRepeated() throws IOException {
        try (XSSFWorkbook workbook = open(List.of(ExportFixtures.taskTable()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("5:5"));
        }
    }

    @Test
    void makesSheetNamesValidAndUnique() throws IOException {
        DocumentTable long1 = new DocumentTable("Phụ lục: Số liệu [tổng hợp] cán bộ nữ / lãnh đạo chủ chốt", null,
                null, List.of("A"), null, List.of());
        DocumentTable untitled = new DocumentTable(null, "Bảng", null, List.of("A"), null, List.of());
        try (XSSFWorkbook workbook = open(List.of(long1, long1, untitled))) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String name = workbook.getSheetName(i);
                assertThat(name).hasSizeLessThanOrEqualTo(31).doesNotContain(":", "/", "\\", "?", "*", "[", "]");
                names.add(name.toLowerCase());
            }
            assertThat(names).hasSize(3);
            assertThat(workbook.getSheetName(1)).endsWith("(2)");
            assertThat(workbook.getSheetName(2)).isEqualTo("Bảng 3");
        }
    }

    @Test
    void refusesAnEmptyWorkbook() {
        assertThatThrownBy(() -> writer.xlsx(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private XSSFWorkbook open(List<DocumentTable> tables) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(writer.xlsx(tables)));
    }
}
