package vn.kehoach.document.parse;

import vn.kehoach.plan.ReportKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reports a plan requires from its deadline sentences, wherever they stand: plans put them in a "CHẾ ĐỘ
 * BÁO CÁO" part, in the last duty of the implementation part, or in the closing paragraph ("… báo cáo kết quả về UBND
 * huyện (qua Phòng …) trước ngày 30/11/2024"). Only sentences that speak of reporting count, so the time window of
 * an activity ("từ ngày 15/11 đến 15/12") is not taken for a deadline.
 */
final class DeadlineExtractor {

    private static final Pattern SENTENCE_END = Pattern.compile("\\n|(?<=[.!?])\\s+(?=\\p{Lu})");
    private static final Pattern REPORTING = Pattern.compile("báo cáo",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DEADLINE = Pattern.compile(
            "(?:trước|chậm nhất(?:\\s+là)?|không quá|hạn(?:\\s+chót)?(?:\\s+gửi)?(?:\\s+là)?)\\s*:?\\s*(?:ngày\\s+)?("
                    + VietnameseDates.DATE + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VIA = Pattern.compile("\\(\\s*qua\\s+([^)]+)\\)");
    private static final Pattern TO = Pattern
            .compile("(?:gửi|về|báo cáo)\\s+(?:báo cáo\\s+)?(?:kết quả(?:\\s+thực hiện)?\\s+)?(?:về\\s+)?("
                    + AgencyNames.KEYWORD + "\\s.*)");
    private static final Pattern RECEIVER_END = Pattern.compile(
            "\\s+(?:để|trước|theo|qua|trong|kết quả|chậm nhất|định kỳ|xem xét)" + Text.WORD_END + "|[;.(:]");
    private static final Pattern UNDATED = Pattern.compile(
            "định kỳ\\s+(?:0?6|sáu)\\s+tháng(\\s*(?:,|và|/)\\s*(?:cả\\s+|hằng\\s+|hàng\\s+)?năm)?"
                    + "|(?:báo cáo|định kỳ)\\s+(?:định kỳ\\s+)?(hằng|hàng)\\s+năm",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SIX_MONTH = Pattern.compile("(?:0?6|sáu)\\s+tháng" + Text.WORD_END);
    /** "cả năm", "báo cáo năm 2024", and a bare "năm" after a list ("6 tháng, năm", "6 tháng (…) và năm (…)"). */
    private static final Pattern ANNUAL = Pattern
            .compile("cả năm|hằng năm|hàng năm|báo cáo năm|định kỳ năm|tổng kết năm"
                    + "|(?:,|và|hoặc)\\s*(?:báo cáo\\s+)?năm" + Text.WORD_END + "|năm\\s+\\d{4}");
    /** How far after a deadline its kind may be named ("trước ngày 15/6 đối với báo cáo 6 tháng"). */
    private static final int KIND_AFTER = 45;
    /**
     * One report on a line, as this application writes the regime and many plans do: "Báo cáo định kỳ 6 tháng (số
     * liệu từ ngày 15/12/2024 đến ngày 14/6/2025) gửi về Sở Nội vụ tỉnh Quảng Ngãi trước ngày 31/7/2025." and what
     * the plan says of it after.
     */
    private static final Pattern REGIME_LINE = Pattern.compile("^(?:[-–•+]\\s*)?(\\p{Lu}.+?)(?:\\s+\\(số liệu từ ngày ("
            + VietnameseDates.DATE + ") đến ngày (" + VietnameseDates.DATE + ")\\))?(?:\\s+gửi về\\s+(\\p{Lu}.+?))?"
            + "\\s+trước ngày (" + VietnameseDates.DATE + ")\\.(?:\\s+(\\S.*))?$");
    /** The regime's own names of the reports of each kind, as the plans this application writes call them. */
    private static final Map<String, ReportKind> NAMES = Map.of("Báo cáo định kỳ 6 tháng", ReportKind.SIX_MONTH,
            "Báo cáo định kỳ năm", ReportKind.ANNUAL, "Báo cáo chuyên đề", ReportKind.THEMATIC,
            "Báo cáo tự kiểm tra", ReportKind.SELF_INSPECTION, "Báo cáo", ReportKind.OTHER);

    private DeadlineExtractor() {
    }

    static List<ParsedRequirement> extract(List<String> bodyTexts, Integer planYear) {
        Map<String, ParsedRequirement> found = new LinkedHashMap<>();
        for (String body : bodyTexts) {
            for (String line : body.split("\n")) {
                ParsedRequirement written = fromRegimeLine(line.strip(), planYear);
                if (written != null) {
                    found.putIfAbsent(written.kind() + "|" + written.dueDate(), written);
                    continue;
                }
                for (String sentence : SENTENCE_END.split(line)) {
                    if (!REPORTING.matcher(sentence).find()) continue;
                    for (ParsedRequirement requirement : fromSentence(sentence.strip(), planYear)) {
                        found.putIfAbsent(requirement.kind() + "|" + requirement.dueDate(), requirement);
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * A line that names one report, its data period, receiver and deadline; null for other lines. The report's name
     * gives its kind; a name of the regime's own ("Báo cáo định kỳ năm") is no text of its own, the words after the
     * deadline are; a report named otherwise ("Báo cáo nhanh tình hình triển khai Kế hoạch") keeps its name.
     */
    static ParsedRequirement fromRegimeLine(String line, Integer planYear) {
        if (!REPORTING.matcher(line).find() || DEADLINE.matcher(line).results().count() != 1) return null;
        Matcher m = REGIME_LINE.matcher(line);
        if (!m.matches()) return null;
        String name = m.group(1).strip();
        LocalDate due = VietnameseDates.parse(m.group(5), planYear);
        if (due == null) return null;
        ReportKind own = NAMES.get(name);
        ReportKind kind = own != null ? own : kind(name);
        String note = m.group(6) == null ? null : m.group(6).strip().replaceFirst("\\.$", "");
        String text = own != null ? note : kind == ReportKind.OTHER && note == null ? name : line;
        String receiver = m.group(4) == null ? receiver(line) : m.group(4).strip();
        ParsedRequirement usual = requirement(kind, due.getYear(), due, receiver, line, planYear);
        LocalDate from = m.group(2) == null ? null : VietnameseDates.parse(m.group(2), planYear);
        LocalDate to = m.group(3) == null ? null : VietnameseDates.parse(m.group(3), planYear);
        return from == null || to == null
                ? new ParsedRequirement(kind, usual.periodFrom(), usual.periodTo(), due,
                        receiver, text)
                : new ParsedRequirement(kind, from, to, due, receiver, text);
    }

    static List<ParsedRequirement> fromSentence(String sentence, Integer planYear) {
        List<ParsedRequirement> requirements = new ArrayList<>();
        String receiver = receiver(sentence);
        List<MatchResult> deadlines = DEADLINE.matcher(sentence).results().toList();
        int clauseStart = 0;
        for (int i = 0; i < deadlines.size(); i++) {
            var deadline = deadlines.get(i);
            LocalDate due = VietnameseDates.parse(deadline.group(1), planYear);
            if (due == null) continue;
            int before = Math.max(clauseStart, sentence.lastIndexOf(';', deadline.start()) + 1);
            int afterEnd = i + 1 < deadlines.size() ? deadlines.get(i + 1).start() : sentence.length();
            String after = sentence.substring(deadline.end(), Math.min(afterEnd, deadline.end() + KIND_AFTER));
            ReportKind kind = kind(sentence.substring(before, deadline.start()));
            if (kind == ReportKind.OTHER) kind = kind(after.split("[;,]")[0]);
            requirements.add(requirement(kind, due.getYear(), due, receiver, sentence, planYear));
            clauseStart = deadline.end();
        }
        if (requirements.isEmpty()) {
            Matcher undated = UNDATED.matcher(sentence);
            if (undated.find()) {
                if (undated.group(2) == null) {
                    requirements.add(requirement(ReportKind.SIX_MONTH, null, null, receiver, sentence, planYear));
                }
                if (undated.group(1) != null || undated.group(2) != null) {
                    requirements.add(requirement(ReportKind.ANNUAL, null, null, receiver, sentence, planYear));
                }
            }
        }
        return requirements;
    }

    private static ParsedRequirement requirement(ReportKind kind, Integer dueYear, LocalDate due, String receiver,
                                                 String sentence, Integer planYear) {
        Integer year = planYear != null ? planYear : dueYear;
        LocalDate from = year == null ? null : kind.defaultPeriodFrom(year);
        LocalDate to = year == null ? null : kind.defaultPeriodTo(year);
        if (kind == ReportKind.THEMATIC && year != null
                && sentence.toLowerCase(Locale.ROOT).contains("tháng hành động")) {
            // The Action Month runs 15/11–15/12 every year (DOMAIN §7).
            from = LocalDate.of(year, 11, 15);
            to = LocalDate.of(year, 12, 15);
        }
        return new ParsedRequirement(kind, from, to, due, receiver, sentence);
    }

    static ReportKind kind(String words) {
        String text = words.toLowerCase(Locale.ROOT);
        if (text.contains("tự kiểm tra")) return ReportKind.SELF_INSPECTION;
        if (text.contains("chuyên đề") || text.contains("tháng hành động")) return ReportKind.THEMATIC;
        if (SIX_MONTH.matcher(text).find()) return ReportKind.SIX_MONTH;
        if (ANNUAL.matcher(text).find()) return ReportKind.ANNUAL;
        return ReportKind.OTHER;
    }

    /** "(qua Phòng X)" wins: the report is addressed to the UBND but handed to its standing office. */
    static String receiver(String sentence) {
        Matcher via = VIA.matcher(sentence);
        if (via.find()) return AgencyNames.leadingName(via.group(1).strip());
        Matcher to = TO.matcher(sentence);
        if (!to.find()) return null;
        String rest = to.group(1);
        Matcher end = RECEIVER_END.matcher(rest);
        String name = AgencyNames.leadingName(end.find() ? rest.substring(0, end.start()) : rest);
        // "báo cáo các nội dung …" names no receiver.
        return Text.startsUppercase(name) ? name : null;
    }
}
