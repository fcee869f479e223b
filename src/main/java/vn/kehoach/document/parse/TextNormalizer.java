package vn.kehoach.document.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text as officials have it into lines: NFC (text copied from some PDF viewers and Macs carries decomposed
 * accents), one kind of line end, plain spaces, no invisible characters; markdown left by Word converters
 * (headings, bold, escapes, pipe tables) is removed but remembered, because a heading or bold run-in title is a
 * paragraph boundary the parser needs; page numbers and stray URLs of PDF extraction are dropped.
 */
final class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B-\\u200D\\u2060\\u00AD]");
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\n\\u2028\\u2029\\f\\u000B\\u0085]");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)(?:\\s+#+)?$");
    private static final Pattern QUOTE = Pattern.compile("^>\\s?");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|.*\\|$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|[\\s:|-]+\\|$");
    private static final Pattern CELL_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITALIC_OPEN = Pattern.compile("(?<=^|[\\s(“\"])\\*(?=[^\\s*])");
    private static final Pattern ITALIC_CLOSE = Pattern.compile("(?<=[^\\s*])\\*(?=$|[\\s).,;:”\"])");
    /** "12", "- 3 -", "Trang 2", "2/5": page numbers that PDF extraction leaves between paragraphs. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:-\\s*)?\\d{1,3}(?:\\s*-)?$|^(?:Trang|trang|Page)\\s+\\d{1,3}(?:\\s*/\\s*\\d{1,3})?$|^\\d{1,3}\\s*/\\s*\\d{1,3}$");
    private static final Pattern URL = Pattern.compile("^(?:https?://|www\\.)\\S+$");

    private TextNormalizer() {
    }

    /** NFC with invisible characters removed; line ends stay as they are. */
    static String canonical(String text) {
        return Normalizer.normalize(INVISIBLE.matcher(text).replaceAll(""), Normalizer.Form.NFC);
    }

    static List<SourceLine> normalize(String text) {
        List<SourceLine> lines = new ArrayList<>();
        boolean blank = false;
        for (String physical : LINE_BREAK.split(canonical(text), -1)) {
            String line = ODD_SPACE.matcher(physical.replace("\t", "    ")).replaceAll(" ").strip();
            line = QUOTE.matcher(line).replaceFirst("");
            for (String part : tableCells(line)) {
                SourceLine cleaned = clean(part, blank);
                if (cleaned == null) {
                    blank = blank || part.isBlank();
                    continue;
                }
                lines.add(cleaned);
                blank = false;
            }
        }
        return lines;
    }

    /** A markdown table row becomes one line per cell: header and signature tables are two columns. */
    private static List<String> tableCells(String line) {
        if (!TABLE_ROW.matcher(line).matches() || line.length() < 2) return List.of(line);
        if (TABLE_RULE.matcher(line).matches()) return List.of();
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
            for (String piece : CELL_BREAK.split(cell)) cells.add(piece.strip());
        }
        return cells;
    }

    private static SourceLine clean(String line, boolean blankBefore) {
        boolean standalone = false;
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            line = heading.group(1);
            standalone = true;
        }
        line = ESCAPE.matcher(line).replaceAll("$1");
        String boldLead = null;
        if (line.startsWith("**")) {
            int close = line.indexOf("**", 2);
            if (close > 2 && line.substring(close + 2).isBlank()) {
                standalone = true;
            } else if (close > 2) {
                boldLead = Text.collapse(line.substring(2, close));
            }
        }
        line = line.replace("**", "").replace("__", "");
        line = ITALIC_CLOSE.matcher(ITALIC_OPEN.matcher(line).replaceAll("")).replaceAll("").strip();
        line = Text.joinDocumentNumbers(line);
        String text = Text.collapse(line);
        if (text.isEmpty() || PAGE_NUMBER.matcher(text).matches() || URL.matcher(text).matches()) return null;
        return new SourceLine(line, text, standalone, boldLead, blankBefore);
    }
}
