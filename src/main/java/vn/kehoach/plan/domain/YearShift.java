package vn.kehoach.plan.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves a plan's text to the next year: the plan's own year and the years that follow from it (the data period
 * opening on 15/12 of the year before, "kế hoạch năm 2026" in a 2025 plan) move by one year — in dates
 * ("15/12/2025", "15.12.2025"), month and quarter dates ("tháng 6/2025", "quý III/2025") and "năm 2025". What cites
 * another document stays as written: numbers with a year ("191/2009/TT-BTC"), the date a cited document was issued
 * ("Nghị quyết số 28/NQ-CP ngày 03/3/2021", "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006"), and periods longer
 * than the plan's years ("giai đoạn 2021 - 2030").
 */
public final class YearShift {

    private static final String YEAR = "(?:19|20)\\d{2}";

    /**
     * Spans of a year range, a date, a month or quarter with its year, or "năm" with its year. A number standing alone
     * is not taken for a year: "2025 hộ" counts households.
     */
    private static final Pattern TARGET = Pattern.compile(
            "(?<range>(?<![\\d/.])(?<r1>" + YEAR + ")(?<rsep>\\s*[-–—]\\s*)(?<r2>" + YEAR + ")(?![\\d/]))"
                    + "|(?<date>(?<![\\d/.])(?<dd>\\d{1,2})(?<sep>[/.\\-])(?<dm>\\d{1,2})\\k<sep>(?<dy>" + YEAR
                    + ")(?![\\d/]))"
                    + "|(?<month>(?<![\\d/.\\p{L}])(?:\\d{1,2}|[IVX]{1,4})/(?<my>" + YEAR + ")(?![\\d/]))"
                    // "năm 2021 - 2030" is left to the range.
                    + "|(?<nam>(?iu:năm)\\s+(?<ny>" + YEAR + ")(?![\\d/])(?!\\s*[-–—]\\s*" + YEAR + "))",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** A year standing alone ("Kế hoạch công tác 2025"), taken for the plan's year in a title only. */
    private static final Pattern LONE_YEAR = Pattern.compile("(?<![\\p{L}\\d/.,\\-])(?<![-–—]\\s{0,3})" + YEAR
            + "(?![\\p{L}\\d/]|[.,]\\d)(?!\\s*[-–—]\\s*" + YEAR + ")", Pattern.UNICODE_CHARACTER_CLASS);

    /** A document number with a year in it: "191/2009/TT-BTC", "202/2025/QH15". */
    private static final Pattern NUMBER_WITH_YEAR = Pattern.compile("\\d+/" + YEAR + "/[\\p{L}\\d][\\p{L}\\d&;\\-]*");

    /**
     * What names a cited document: a number and symbol ("28/NQ-CP", "739/BNV-CTTN&BĐG", "191/2009/TT-BTC") or a law
     * cited by its name and date. The first date after it in the same clause is the date the document was issued.
     */
    private static final Pattern CITATION = Pattern.compile(
            "\\d+(?:/" + YEAR + ")?/\\p{Lu}[\\p{L}\\d&;\\-]*|\\b(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern CITED_DATE = Pattern.compile(
            "ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+" + YEAR + "|\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]" + YEAR
                    + "|năm\\s+" + YEAR,
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Where a clause ends, so that a citation does not protect dates of the sentences after it. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:\\n]|\\.\\s");

    private final int year;

    private YearShift(int year) {
        this.year = year;
    }

    /** Moving the text of a plan of {@code planYear} to the year after. */
    public static YearShift from(int planYear) {
        return new YearShift(planYear);
    }

    /** Plain text with the plan's years moved; null stays null. */
    public String text(String text) {
        if (text == null || text.isEmpty()) return text;
        List<int[]> kept = citations(text);
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = TARGET.matcher(text);
        int last = 0;
        while (m.find()) {
            if (overlaps(kept, m.start(), m.end())) continue;
            String replacement = replacement(m);
            if (replacement == null) continue;
            out.append(text, last, m.start()).append(replacement);
            last = m.end();
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    /**
     * A plan's title: as {@link #text}, and the plan's own year also where it stands alone ("Kế hoạch công tác 2025"),
     * which in a title can only be the year.
     */
    public String title(String title) {
        String moved = text(title);
        if (moved == null) return null;
        List<int[]> kept = citations(moved);
        StringBuilder out = new StringBuilder(moved.length());
        Matcher m = LONE_YEAR.matcher(moved);
        int last = 0;
        while (m.find()) {
            if (Integer.parseInt(m.group()) != year || overlaps(kept, m.start(), m.end())) continue;
            out.append(moved, last, m.start()).append(year + 1);
            last = m.end();
        }
        return last == 0 ? moved : out.append(moved, last, moved.length()).toString();
    }

    /** Rich text (sanitised HTML) with the years of its text moved and its markup untouched. */
    public String html(String html) {
        if (html == null || html.isBlank()) return html;
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8");
        boolean changed = false;
        for (TextNode node : textNodes(document)) {
            String moved = text(node.getWholeText());
            if (!moved.equals(node.getWholeText())) {
                node.text(moved);
                changed = true;
            }
        }
        return changed ? document.body().html() : html;
    }

    private static List<TextNode> textNodes(Document document) {
        List<TextNode> nodes = new ArrayList<>();
        document.body().traverse((node, depth) -> {
            if (node instanceof TextNode text) nodes.add(text);
        });
        return nodes;
    }

    private String replacement(Matcher m) {
        if (m.group("range") != null) {
            int from = Integer.parseInt(m.group("r1"));
            int to = Integer.parseInt(m.group("r2"));
            // A school or budget year ("2024 - 2025") moves; a longer period ("2021 - 2030") is not the plan's.
            if (!moves(from) || !moves(to)) return null;
            return (from + 1) + m.group("rsep") + (to + 1);
        }
        if (m.group("date") != null) {
            int y = Integer.parseInt(m.group("dy"));
            if (!moves(y)) return null;
            String day = m.group("dd");
            int month = Integer.parseInt(m.group("dm"));
            if (month < 1 || month > 12) return null;
            // 29/2 of a leap year becomes the last day of February.
            if (Integer.parseInt(day) > YearMonth.of(y + 1, month).lengthOfMonth()) {
                day = Integer.toString(YearMonth.of(y + 1, month).lengthOfMonth());
            }
            return day + m.group("sep") + m.group("dm") + m.group("sep") + (y + 1);
        }
        if (m.group("month") != null) {
            return shiftGroup(m, "month", "my");
        }
        return shiftGroup(m, "nam", "ny");
    }

    private String shiftGroup(Matcher m, String whole, String yearGroup) {
        int y = Integer.parseInt(m.group(yearGroup));
        if (!moves(y)) return null;
        int offset = m.start(yearGroup) - m.start(whole);
        String text = m.group(whole);
        return text.substring(0, offset) + (y + 1) + text.substring(offset + 4);
    }

    /** The plan's year and the years next to it, which its periods and plans reach. */
    private boolean moves(int y) {
        return y >= year - 1 && y <= year + 1;
    }

    /** Spans that cite other documents: their numbers and the dates they were issued. */
    private static List<int[]> citations(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher number = NUMBER_WITH_YEAR.matcher(text);
        while (number.find()) spans.add(new int[]{number.start(), number.end()});
        Matcher citation = CITATION.matcher(text);
        while (citation.find()) {
            int clauseEnd = text.length();
            Matcher end = CLAUSE_END.matcher(text);
            if (end.find(citation.end())) clauseEnd = end.start();
            Matcher date = CITED_DATE.matcher(text).region(citation.end(), clauseEnd);
            if (date.find()) spans.add(new int[]{date.start(), date.end()});
        }
        return spans;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start < span[1] && span[0] < end) return true;
        }
        return false;
    }
}
