package vn.kehoach.document.parse;

import vn.kehoach.plan.SectionKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds tasks among the items of the tasks sections: an item becomes a task when it names a lead agency ("Cơ quan
 * chủ trì: …", "giao X chủ trì, phối hợp với Y, Z", "Đơn vị thực hiện: …") or a time window ("Thời gian thực hiện:
 * Quý II/2025", "từ 15/11 đến 15/12").
 */
final class TaskExtractor {

    private static final String UNTIL_CLAUSE_END = "([^;\\n]+?)(?=\\s*[;\\n]|\\.(?!\\d)|$)";
    private static final Pattern LEAD_LABEL = Pattern.compile(
            "(?:Cơ quan|Đơn vị)\\s+(?:chủ trì|thực hiện|chịu trách nhiệm|đầu mối)\\s*:\\s*" + UNTIL_CLAUSE_END,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COORDINATING_LABEL = Pattern.compile(
            "(?:Cơ quan|Đơn vị)\\s+phối hợp\\s*:\\s*" + UNTIL_CLAUSE_END,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Giao Phòng X chủ trì, phối hợp với Y và Z thực hiện": the name runs up to "chủ trì". */
    private static final Pattern LEAD_INLINE = Pattern.compile("(?<![\\p{L}])(" + AgencyNames.KEYWORD
            + "[^.;:()]*?)\\s+(?:chủ trì|làm đầu mối|là cơ quan chủ trì)" + Text.WORD_END);
    /** The coordinating list ends at the verb of the duty; names hold lower-case words too ("Công an phường"). */
    private static final Pattern COORDINATING_INLINE = Pattern
            .compile("chủ trì\\s*,?\\s*(?:và\\s+)?phối hợp(?:\\s+với)?\\s+(.+?)"
                    + "(?=\\s+(?:" + AssignmentPhrase.ACTION_VERBS + "|để|nhằm|trong|tại)" + Text.WORD_END
                    + "|[.;:(]|$)");
    /** "Phối hợp với Hội Liên hiệp Phụ nữ huyện và các đơn vị có liên quan tuyên truyền …" in a duty. */
    private static final Pattern COORDINATING_WITH = Pattern
            .compile("(?:^|[\\s,;])[Pp]hối hợp(?:\\s+chặt chẽ)?\\s+với\\s+(.+?)"
                    + "(?=\\s+(?:" + AssignmentPhrase.ACTION_VERBS + "|để|nhằm|trong|tại)" + Text.WORD_END
                    + "|[.;:(]|$)");
    private static final Pattern TIME_LABEL = Pattern.compile(
            "Thời gian(?:\\s+thực hiện|\\s+hoàn thành)?\\s*:\\s*" + UNTIL_CLAUSE_END,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OUTPUT_LABEL = Pattern.compile(
            "(?:Sản phẩm|Kết quả đầu ra)\\s*:\\s*" + UNTIL_CLAUSE_END,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RANGE = Pattern.compile("(?:từ\\s+(?:ngày\\s+)?)?(" + VietnameseDates.DATE
            + ")\\s*(?:đến|-|–)\\s*(?:hết\\s+)?(?:ngày\\s+)?(" + VietnameseDates.DATE + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern QUARTER = Pattern.compile("[Qq]uý\\s+(I{1,3}|IV|[1-4])\\s*(?:/|năm\\s+)(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("[Tt]háng\\s+(\\d{1,2})\\s*(?:/|năm\\s+)(\\d{4})");
    private static final Pattern WHOLE_YEAR = Pattern.compile("(?:[Cc]ả năm|[Tt]rong năm|[Nn]ăm)\\s*(\\d{4})?$");
    private static final Pattern YEAR_ROUND = Pattern.compile("^(?:[Cc]ả năm|[Tt]rong năm|[Hh][ằà]ng năm)$");
    /** "Từ ngày 15/7/2025": a start without an end. */
    private static final Pattern FROM_ONLY = Pattern.compile("^[Tt]ừ\\s+(?:ngày\\s+)?(" + VietnameseDates.DATE + ")$");

    private TaskExtractor() {
    }

    /** A time window; either end may be null. */
    record Window(LocalDate from, LocalDate to) {
    }

    static List<ParsedTask> extract(List<SectionTreeBuilder.Located> sections, Integer planYear) {
        List<ParsedTask> tasks = new ArrayList<>();
        for (SectionTreeBuilder.Located located : sections) {
            ParsedSection section = located.section();
            if (section.kind() != SectionKind.TASKS || located.top()) continue;
            String text = (section.title() == null ? "" : section.title() + "\n") + section.text();
            AssignmentPhrase.Phrase request = section.title() == null
                    ? AssignmentPhrase.parse(section.text(), false)
                    : null;
            boolean requested = request != null && request.requested();
            String lead = requested ? request.agencies().get(0) : lead(text);
            Window window = window(text, planYear);
            if (lead == null && window == null) continue;
            tasks.add(new ParsedTask(located.path(), title(section), lead, coordinating(text, lead),
                    window == null ? null : window.from(), window == null ? null : window.to(), output(text),
                    requested, null));
        }
        return List.copyOf(tasks);
    }

    static String title(ParsedSection section) {
        if (section.title() != null) return section.title();
        return Text.stripTrailingPunctuation(Text.firstSentence(section.text().split("\n")[0]));
    }

    static String lead(String text) {
        Matcher label = LEAD_LABEL.matcher(text);
        if (label.find()) return AgencyNames.leadingName(label.group(1).strip());
        Matcher inline = LEAD_INLINE.matcher(text);
        if (!inline.find()) return null;
        String name = inline.group(1).replaceFirst("^(?:[Gg]iao\\s+)", "").strip();
        return AgencyNames.leadingName(name);
    }

    static List<String> coordinating(String text) {
        Matcher label = COORDINATING_LABEL.matcher(text);
        if (label.find()) return AgencyNames.splitList(labelledList(text.substring(label.start(1))));
        Matcher inline = COORDINATING_INLINE.matcher(text);
        if (inline.find()) return AgencyNames.splitList(inline.group(1).strip());
        Matcher with = COORDINATING_WITH.matcher(text);
        return with.find() ? AgencyNames.splitList(with.group(1).strip()) : List.of();
    }

    /**
     * "Sở Thông tin và Truyền thông; Hội Liên hiệp Phụ nữ tỉnh." on the line of its label: names go on over ";"
     * until the next label ("; Thời gian thực hiện: …").
     */
    private static String labelledList(String value) {
        String line = value.split("\n", 2)[0];
        StringBuilder out = new StringBuilder();
        for (String piece : line.split(";")) {
            String p = piece.strip();
            if (p.isEmpty() || SectionTreeBuilder.ATTRIBUTE.matcher(p).find()) break;
            if (!out.isEmpty()) out.append("; ");
            out.append(p);
        }
        return Text.stripTrailingPunctuation(out.toString());
    }

    /** The coordinating agencies without the lead itself ("Sở Y tế chủ trì, phối hợp với Sở Y tế …" is a typo). */
    static List<String> coordinating(String text, String lead) {
        String leadKey = lead == null ? null : AgencyKeys.key(lead);
        return coordinating(text).stream()
                .filter(c -> leadKey == null || leadKey.isEmpty() || !AgencyKeys.key(c).equals(leadKey)).toList();
    }

    static String output(String text) {
        Matcher m = OUTPUT_LABEL.matcher(text);
        return m.find() ? Text.stripTrailingPunctuation(m.group(1).strip()) : null;
    }

    /** "Thời gian thực hiện: …" first, else a date range anywhere in the item. */
    static Window window(String text, Integer planYear) {
        Matcher label = TIME_LABEL.matcher(text);
        if (label.find()) {
            Window window = labelled(label.group(1).strip(), planYear);
            if (window != null) return window;
        }
        return range(text, planYear);
    }

    /** The window of a time written on its own ("Quý II/2025", "01/3/2025 - 30/6/2025"); null when no dates. */
    static Window windowOf(String value, Integer planYear) {
        return value == null || value.isBlank() ? null : labelled(value.strip(), planYear);
    }

    /**
     * "Cả năm", "Trong năm": a time without dates, as tasks carry it ({@code timeNote}); "Cả năm 2023" names the year
     * and so its dates.
     */
    static boolean yearRound(String value) {
        return value != null && YEAR_ROUND.matcher(value.strip()).matches();
    }

    private static Window labelled(String value, Integer planYear) {
        Window range = range(value, planYear);
        if (range != null) return range;
        Matcher start = FROM_ONLY.matcher(value);
        if (start.matches()) {
            LocalDate from = VietnameseDates.parse(start.group(1), planYear);
            if (from != null) return new Window(from, null);
        }
        Matcher q = QUARTER.matcher(value);
        if (q.find()) {
            int quarter = quarter(q.group(1));
            LocalDate from = LocalDate.of(Integer.parseInt(q.group(2)), quarter * 3 - 2, 1);
            return new Window(from, from.plusMonths(3).minusDays(1));
        }
        Matcher month = MONTH.matcher(value);
        if (month.find()) {
            int number = Integer.parseInt(month.group(1));
            if (number < 1 || number > 12) return null;
            LocalDate from = LocalDate.of(Integer.parseInt(month.group(2)), number, 1);
            return new Window(from, from.plusMonths(1).minusDays(1));
        }
        List<VietnameseDates.Found> dates = VietnameseDates.findAll(value, planYear);
        if (!dates.isEmpty()) return new Window(null, dates.get(0).date());
        Matcher year = WHOLE_YEAR.matcher(value);
        if (year.find()) {
            Integer y = year.group(1) != null ? Integer.valueOf(year.group(1)) : planYear;
            if (y != null) return new Window(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        return null;
    }

    /** "từ 15/11 đến 15/12/2024": the start takes the end's year when it names none. */
    private static Window range(String text, Integer planYear) {
        Matcher m = RANGE.matcher(text);
        if (!m.find()) return null;
        LocalDate to = VietnameseDates.parse(m.group(2), planYear);
        if (to == null) return null;
        LocalDate from = VietnameseDates.parse(m.group(1), to.getYear());
        if (from == null) return null;
        if (from.isAfter(to)) {
            boolean fromHasYear = !VietnameseDates.findAll(m.group(1), null).isEmpty();
            if (fromHasYear) return null;
            from = from.minusYears(1);
        }
        return new Window(from, to);
    }

    private static int quarter(String written) {
        return switch (written) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }
}
