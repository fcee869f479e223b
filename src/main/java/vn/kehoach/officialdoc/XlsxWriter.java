package vn.kehoach.officialdoc;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes annex tables as an Excel workbook, one sheet a table, so that figures can be summed, checked and re-entered
 * into provincial reporting platforms: title rows, a bold bordered header row repeated on every printed page, wrapped
 * Times New Roman text, numbers as numbers, A4 landscape one page wide.
 */
final class XlsxWriter {

    /** Width of the whole table in Excel character units; at one page wide this fills A4 landscape at 12 pt. */
    private static final int TABLE_WIDTH_CHARS = 150;
    private static final short TEXT_POINTS = 12;
    private static final short TITLE_POINTS = 14;
    /** Excel's column width unit is the width of a digit of the default font (Times New Roman 12 pt here). */
    private static final double DIGIT_POINTS = TextMeasure.width("0", FontFace.REGULAR, TEXT_POINTS);
    private static final float LINE_HEIGHT = 1.25f;
    private static final float CELL_PADDING_POINTS = 4;
    private static final double WORD_WRAP_SLACK = 1.1;
    /** Excel allows 31 characters in a sheet name. */
    private static final int SHEET_NAME_LENGTH = 31;

    byte[] write(List<DocumentTable> tables) {
        if (tables.isEmpty()) throw new IllegalArgumentException("no table to write");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font base = workbook.getFontAt(0);
            base.setFontName(FontFace.FAMILY);
            base.setFontHeightInPoints(TEXT_POINTS);
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < tables.size(); i++) {
                DocumentTable table = tables.get(i);
                String name = table.heading() != null ? table.heading() : Words.of("officialdoc.sheet", i + 1);
                sheet(workbook.createSheet(uniqueName(name, names)), table, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    private static void sheet(XSSFSheet sheet, DocumentTable table, Styles styles) {
        int columns = table.columns().size();
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (int) Math.round(table.widthShare(c) * TABLE_WIDTH_CHARS * 256));
        }
        int rowIndex = 0;
        if (table.heading() != null) {
            titleRow(sheet, rowIndex++, table.heading(), styles.title, FontFace.BOLD, columns);
        }
        if (table.title() != null) {
            titleRow(sheet, rowIndex++, Texts.upper(table.title()), styles.title, FontFace.BOLD, columns);
        }
        if (table.subtitle() != null) {
            titleRow(sheet, rowIndex++, table.subtitle(), styles.subtitle, FontFace.ITALIC, columns);
        }
        if (rowIndex > 0) rowIndex++;

        int headerIndex = rowIndex;
        Row header = sheet.createRow(rowIndex++);
        for (int c = 0; c < columns; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.columns().get(c));
            cell.setCellStyle(styles.header);
        }
        header.setHeightInPoints(rowHeight(table, table.columns(), FontFace.BOLD));
        for (List<String> values : table.rows()) {
            Row row = sheet.createRow(rowIndex++);
            for (int c = 0; c < columns; c++) value(row.createCell(c), values.get(c), styles);
            row.setHeightInPoints(rowHeight(table, values, FontFace.REGULAR));
        }

        sheet.createFreezePane(0, headerIndex + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerIndex, headerIndex, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    /** A title line merged across the table. */
    private static void titleRow(XSSFSheet sheet, int index, String text, CellStyle style, FontFace face,
                                 int columns) {
        Row row = sheet.createRow(index);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (columns > 1) sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns - 1));
        row.setHeightInPoints(lines(text, face, TITLE_POINTS, TABLE_WIDTH_CHARS * DIGIT_POINTS) * TITLE_POINTS
                * LINE_HEIGHT);
    }

    /**
     * The height of the row's tallest cell. Neither Excel nor LibreOffice grows rows for wrapped text when they open
     * a generated file, so the lines are counted here with the shipped font's metrics.
     */
    private static float rowHeight(DocumentTable table, List<String> values, FontFace face) {
        int lines = 1;
        for (int c = 0; c < values.size(); c++) {
            double width = table.widthShare(c) * TABLE_WIDTH_CHARS * DIGIT_POINTS - CELL_PADDING_POINTS;
            lines = Math.max(lines, lines(values.get(c), face, TEXT_POINTS, width));
        }
        return lines * TEXT_POINTS * LINE_HEIGHT + CELL_PADDING_POINTS;
    }

    /**
     * How many lines the text takes in the width, with a margin for breaking at word boundaries rather than
     * anywhere.
     */
    private static int lines(String text, FontFace face, int points, double widthPoints) {
        int lines = 0;
        for (String paragraph : text.split(TextRun.BREAK, -1)) {
            double width = TextMeasure.width(paragraph, face, points) * WORD_WRAP_SLACK;
            lines += Math.max(1, (int) Math.ceil(width / Math.max(widthPoints, 1)));
        }
        return lines;
    }

    private static void value(Cell cell, String text, Styles styles) {
        Optional<NumericText> number = NumericText.parse(text);
        if (number.isPresent()) {
            cell.setCellValue(number.get().value());
            cell.setCellStyle(styles.number(number.get().format()));
        } else {
            cell.setCellValue(text);
            cell.setCellStyle(styles.text);
        }
    }

    /** The name of the sheet: Excel's rules (31 characters, no : \ / ? * [ ]) and unique in the workbook. */
    static String uniqueName(String wanted, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(wanted, ' ').strip();
        String name = safe;
        for (int n = 2; !taken.add(name.toLowerCase(Texts.VIETNAMESE)); n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), SHEET_NAME_LENGTH - suffix.length())) + suffix;
        }
        return name;
    }

    /** Cell styles, created once per workbook (Excel limits their number). */
    private static final class Styles {
        private final XSSFWorkbook workbook;
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle text;
        private final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            title = centred(font(true, false, TITLE_POINTS));
            subtitle = centred(font(false, true, TITLE_POINTS));
            header = bordered(font(true, false, TEXT_POINTS));
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = bordered(workbook.getFontAt(0));
        }

        CellStyle number(String format) {
            return numbers.computeIfAbsent(format, f -> {
                CellStyle style = bordered(workbook.getFontAt(0));
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            });
        }

        private Font font(boolean bold, boolean italic, short points) {
            Font font = workbook.createFont();
            font.setFontName(FontFace.FAMILY);
            font.setFontHeightInPoints(points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private CellStyle centred(Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            return style;
        }

        private CellStyle bordered(Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
