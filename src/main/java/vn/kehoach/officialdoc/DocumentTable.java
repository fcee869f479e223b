package vn.kehoach.officialdoc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An annex table (Phụ lục, Decree 30 Phụ lục I mục 1.8): a heading ("Phụ lục I"), a title in upper case, an italic
 * subtitle ("(Kèm theo Kế hoạch số …)") and a grid. Rows shorter than the header are padded with empty cells.
 *
 * @param heading        "Phụ lục I"; may be null for a table exported to Excel on its own
 * @param title          "DANH MỤC NHIỆM VỤ …"
 * @param subtitle       "(Kèm theo Kế hoạch số 72/KH-UBND ngày 25/3/2024 của Ủy ban nhân dân tỉnh Quảng Ngãi)"; may be null
 * @param columns        the header row
 * @param relativeWidths one weight per column (null or empty = equal widths)
 * @param rows           the body rows, at most as many cells as columns
 */
public record DocumentTable(String heading, String title, String subtitle, List<String> columns,
                            List<Integer> relativeWidths, List<List<String>> rows) {

    /**
     * Up to this many columns the table fits the 165 mm of a portrait page at 13 pt; wider ones (the plan's task
     * table has six) get a landscape page, which Decree 30 allows for tables.
     */
    static final int PORTRAIT_MAX_COLUMNS = 4;

    public DocumentTable {
        heading = Texts.optional(heading);
        title = Texts.optional(title);
        subtitle = Texts.optional(subtitle);
        columns = columns == null ? List.of() : columns.stream().map(Texts::nfc).map(DocumentTable::cell).toList();
        if (columns.isEmpty()) throw new IllegalArgumentException("a table needs at least one column");
        relativeWidths = widths(relativeWidths, columns.size());
        rows = rows(rows, columns.size());
    }

    /** Whether the table is printed on a landscape page. */
    public boolean landscape() {
        return columns.size() > PORTRAIT_MAX_COLUMNS;
    }

    /** Each column's share of the table width, summing to 1. */
    public double widthShare(int column) {
        int total = relativeWidths.stream().mapToInt(Integer::intValue).sum();
        return relativeWidths.get(column) / (double) total;
    }

    private static List<Integer> widths(List<Integer> widths, int columns) {
        if (widths == null || widths.isEmpty()) return Collections.nCopies(columns, 1);
        if (widths.size() != columns) {
            throw new IllegalArgumentException(widths.size() + " widths for " + columns + " columns");
        }
        if (widths.stream().anyMatch(width -> width == null || width <= 0)) {
            throw new IllegalArgumentException("column widths must be positive: " + widths);
        }
        return List.copyOf(widths);
    }

    private static List<List<String>> rows(List<List<String>> rows, int columns) {
        if (rows == null) return List.of();
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            if (row.size() > columns) {
                throw new IllegalArgumentException(
                        "row with " + row.size() + " cells for " + columns + " columns: " + row);
            }
            List<String> cells = new ArrayList<>(columns);
            row.forEach(value -> cells.add(cell(Texts.nfc(value))));
            while (cells.size() < columns) cells.add("");
            copy.add(List.copyOf(cells));
        }
        return List.copyOf(copy);
    }

    private static String cell(String value) {
        return value == null ? "" : value.strip();
    }
}
