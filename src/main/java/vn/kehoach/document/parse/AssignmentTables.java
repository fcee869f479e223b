package vn.kehoach.document.parse;

import vn.kehoach.shared.text.VietnameseText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables of assignments, usually the appendix "Phụ lục: Phân công nhiệm vụ": one row per task with its lead and
 * coordinating agencies, time and output. Columns are told by their headings, which plans word in many ways ("Nội
 * dung nhiệm vụ" / "Nội dung công việc" / "Hoạt động"; "Cơ quan chủ trì" / "Đơn vị chủ trì" / "Cơ quan thực hiện";
 * a two-row heading "Cơ quan thực hiện" over "Chủ trì | Phối hợp"; "Thời gian thực hiện" / "Thời hạn" / "Tiến độ";
 * "Sản phẩm" / "Kết quả"), in markdown pipe rows (Word converters, and Word tables as {@link DocxTextExtractor}
 * writes them) or tab-separated lines. Each table is taken out of the text and a marker line left where it stood,
 * so the rows that are not tasks of the body can be put back there as items.
 */
final class AssignmentTables {

    enum Column { NUMBER, CONTENT, LEAD, COORDINATING, TIME, OUTPUT, OTHER }

    /**
     * A row; cells are empty strings when absent. A row with content alone (often "I. Công tác truyền thông" across
     * the table) heads a group of rows.
     */
    record Row(String number, String content, String lead, String coordinating, String time, String output) {

        boolean group() {
            return lead.isEmpty() && coordinating.isEmpty() && time.isEmpty() && output.isEmpty();
        }
    }

    /** A table read, with the title of the appendix that holds it when one stands above it. */
    record Table(int index, String title, List<Row> rows) {
    }

    /** The text without its tables, each replaced by a marker line, and the tables. */
    record Result(String text, List<Table> tables) {
    }

    /** The line left where a table stood: a heading of its own, so it is never joined to the text around it. */
    static final Pattern MARKER = Pattern.compile("⟦(\\d+)⟧");

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");
    private static final Pattern RULE_ROW = Pattern.compile("^\\|[\\s:|\\-]+\\|$");
    private static final Pattern NO_BREAK = Pattern.compile("[\\u00A0\\u2007\\u202F]");
    private static final Pattern CELL_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|\\\\(?=[\\\\`*_{}\\[\\]()#+\\-.!|])");
    private static final Pattern APPENDIX = Pattern.compile("^(?:PHỤ LỤC|Phụ lục)(?:\\s|:|$)");
    private static final int TITLE_LOOKBACK = 6;

    private AssignmentTables() {
    }

    static Result extract(String text) {
        if (text.indexOf('|') < 0 && text.indexOf('\t') < 0) return new Result(text, List.of());
        String[] lines = LINE_BREAK.split(text, -1);
        List<String> out = new ArrayList<>(lines.length);
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            List<String> header = cells(lines[i]);
            int sub = i + 1;
            while (header != null && sub < lines.length && RULE_ROW.matcher(lines[sub].strip()).matches()) sub++;
            List<String> below = sub < lines.length ? cells(lines[sub]) : null;
            Column[] columns = header == null ? null : columns(header, below);
            if (columns == null) {
                out.add(lines[i++]);
                continue;
            }
            int next = isSubHeader(below) ? sub + 1 : i + 1;
            List<Row> rows = new ArrayList<>();
            int last = i;
            while (next < lines.length) {
                String line = lines[next];
                if (line.isBlank()) {
                    int after = next + 1;
                    while (after < lines.length && lines[after].isBlank()) after++;
                    if (after < lines.length && cells(lines[after]) != null) {
                        next = after;
                        continue;
                    }
                    break;
                }
                if (RULE_ROW.matcher(line.strip()).matches()) {
                    last = next++;
                    continue;
                }
                List<String> row = cells(line);
                if (row == null) break;
                Row read = sameCells(row, header) ? null : row(row, columns);
                if (read != null) rows.add(read);
                last = next++;
            }
            if (rows.isEmpty()) {
                out.add(lines[i++]);
                continue;
            }
            tables.add(new Table(tables.size(), title(out), List.copyOf(rows)));
            out.add("## ⟦" + (tables.size() - 1) + "⟧");
            i = last + 1;
        }
        return new Result(String.join("\n", out), List.copyOf(tables));
    }

    /** The cells of a pipe row or a tab-separated line with at least three columns; null for other lines. */
    static List<String> cells(String line) {
        String strip = line.strip();
        String[] parts;
        if (strip.length() > 2 && strip.startsWith("|") && strip.endsWith("|")) {
            parts = strip.substring(1, strip.length() - 1).split("(?<!\\\\)\\|", -1);
        } else if (line.chars().filter(c -> c == '\t').count() >= 2) {
            parts = line.split("\t", -1);
        } else {
            return null;
        }
        if (parts.length < 3) return null;
        List<String> cells = new ArrayList<>(parts.length);
        for (String part : parts) cells.add(clean(part));
        return cells;
    }

    private static String clean(String cell) {
        // A reference keeps "mục" and its place together with a no-break space ("mục II.2.a"); here it is a space.
        String text = MARKUP.matcher(NO_BREAK.matcher(cell).replaceAll(" ")).replaceAll("");
        return CELL_BREAK.matcher(text).replaceAll("\n").replace("*", "").strip();
    }

    /** The columns of a header row (with the row below when it splits "Cơ quan thực hiện"); null if not one. */
    private static Column[] columns(List<String> header, List<String> below) {
        List<String> labels = new ArrayList<>(header);
        if (isSubHeader(below)) {
            for (int c = 0; c < labels.size(); c++) {
                String under = c < below.size() ? below.get(c) : "";
                if (!under.isEmpty()) labels.set(c, labels.get(c) + " " + under);
            }
            // A merged "Cơ quan thực hiện" cell is written once, its two sub-columns below it.
            for (int c = labels.size(); c < below.size(); c++) labels.add(below.get(c));
        }
        Column[] columns = new Column[labels.size()];
        boolean content = false;
        boolean lead = false;
        for (int c = 0; c < labels.size(); c++) {
            columns[c] = column(labels.get(c));
            content |= columns[c] == Column.CONTENT;
            lead |= columns[c] == Column.LEAD;
        }
        return content && lead ? columns : null;
    }

    private static boolean isSubHeader(List<String> row) {
        if (row == null) return false;
        boolean lead = false;
        boolean coordinating = false;
        for (String cell : row) {
            String folded = VietnameseText.fold(cell).strip();
            lead |= folded.equals("chu tri") || folded.endsWith(" chu tri");
            coordinating |= folded.equals("phoi hop") || folded.endsWith(" phoi hop");
        }
        return lead && coordinating;
    }

    static Column column(String label) {
        String f = VietnameseText.fold(label).replaceAll("[^a-z0-9]+", " ").strip();
        if (f.contains("phoi hop")) return Column.COORDINATING;
        if (f.contains("chu tri") || f.contains("thuc hien") && (f.contains("co quan") || f.contains("don vi"))
                || f.equals("don vi") || f.equals("co quan")) {
            return Column.LEAD;
        }
        if (f.contains("thoi gian") || f.contains("thoi han") || f.contains("tien do")) return Column.TIME;
        if (f.contains("san pham") || f.contains("ket qua")) return Column.OUTPUT;
        if (f.equals("stt") || f.equals("tt") || f.equals("so tt") || f.equals("so thu tu")) return Column.NUMBER;
        if (f.contains("noi dung") || f.contains("nhiem vu") || f.contains("hoat dong") || f.contains("cong viec")
                || f.startsWith("ten ")) {
            return Column.CONTENT;
        }
        return Column.OTHER;
    }

    private static Row row(List<String> cells, Column[] columns) {
        String[] values = {"", "", "", "", "", ""};
        List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        if (filled.size() == 1) {
            // A row merged across the table ("I. Công tác truyền thông"), or the column numbers under the header.
            String only = filled.get(0);
            if (only.matches("\\(?\\d+\\)?")) return null;
            values[1] = only;
        } else {
            for (int c = 0; c < columns.length && c < cells.size(); c++) {
                int slot = switch (columns[c]) {
                    case NUMBER -> 0;
                    case CONTENT -> 1;
                    case LEAD -> 2;
                    case COORDINATING -> 3;
                    case TIME -> 4;
                    case OUTPUT -> 5;
                    case OTHER -> -1;
                };
                if (slot >= 0 && values[slot].isEmpty()) values[slot] = cells.get(c);
            }
        }
        String content = Text.collapse(values[1].replace('\n', ' '));
        if (content.isEmpty() || filled.stream().allMatch(c -> c.matches("\\(?\\d+\\)?"))) return null;
        return new Row(Text.stripTrailingPunctuation(Text.collapse(values[0])), content, list(values[2]),
                list(values[3]), Text.collapse(values[4].replace('\n', ' ')),
                Text.collapse(values[5].replace('\n', ' ')));
    }

    /** The header repeated where the table goes on over a page break. */
    private static boolean sameCells(List<String> row, List<String> header) {
        if (row.size() != header.size()) return false;
        for (int c = 0; c < row.size(); c++) {
            if (!VietnameseText.fold(row.get(c)).equals(VietnameseText.fold(header.get(c)))) return false;
        }
        return true;
    }

    /** Names one per line in a cell become a list the agency reader cuts at ";". */
    private static String list(String cell) {
        return Text.collapse(cell.replaceAll("\\s*\\n\\s*", "; ").replaceAll("^[-+•]\\s*|(?<=; )[-+•]\\s*", ""));
    }

    /** The appendix title over the table: the capitals under "Phụ lục …", not the "(Kèm theo …)" line. */
    private static String title(List<String> before) {
        boolean appendix = false;
        String title = null;
        for (int i = before.size() - 1, seen = 0; i >= 0 && seen < TITLE_LOOKBACK; i--) {
            String line = Text.collapse(MARKUP.matcher(before.get(i).replaceFirst("^#+\\s*", "")).replaceAll(""));
            if (line.isEmpty()) continue;
            seen++;
            if (APPENDIX.matcher(line).find()) {
                appendix = true;
                break;
            }
            if (Text.isUpperCase(line) && !line.startsWith("(")) title = line;
        }
        return appendix ? title : null;
    }
}
