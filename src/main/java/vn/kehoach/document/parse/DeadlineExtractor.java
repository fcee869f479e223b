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
    private static final Pattern REPORTING = Pattern.compile("báo cáo", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DEADLINE = Pattern.compile(
            "(?:trước|chậm nhất(?:\\s+là)?|không quá|hạn(?:\\s+chót)?(?:\\s+gửi)?(?:\\s+là)?)\\s*:?\\s*(?:ngày\\s+)?("
                    + VietnameseDates.DATE + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VIA = Pattern.compile("\\(\\s*qua\\s+([^)]+)\\)");
    private static final Pattern TO = Pattern.compile("(?:gửi|về|báo cáo)\\s+(?:báo cáo\\s+)?(?:kết quả(?:\\s+thực hiện)?\\s+)?(?:về\\s+)?("
            + AgencyNames.KEYWORD + "\\s.*)");
    private static final Pattern RECEIVER_END = Pattern.compile(
            "\\s+(?:để|trước|theo|qua|trong|kết quả|chậm nhất|định kỳ|xem xét)" + Text.WORD_END + "|[;.(:]");
    private static final Pattern UNDATED = Pattern.compile("định kỳ\\s+(?:0?6|sáu)\\s+tháng(\\s*(?:,|và|/)\\s*(?:cả\\s+|hằng\\s+|hàng\\s+)?năm)?"
            + "|(?:báo cáo|định kỳ)\\s+(?:định kỳ\\s+)?(hằng|hàng)\\s+năm", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SIX_MONTH = Pattern.compile("(?:0?6|sáu)\\s+tháng" + Text.WORD_END);
    /** "cả năm", "báo cáo năm 2024", and a bare "năm" after a list ("6 tháng, năm", "6 tháng (…) và năm (…)"). */
    private static final Pattern ANNUAL = Pattern.compile("cả năm|hằng năm|hàng năm|báo cáo năm|định kỳ năm|tổng kết năm"
            + "|(?:,|và|hoặc)\\s*(?:báo cáo\\s+)?năm" + Text.WORD_END + "|năm\\s+\\d{4}");
    /** How far after a deadline its kind may be named ("trước ngày 15/6 đối với báo cáo 6 tháng"). */
    private static final int KIND_AFTER = 45;

    private DeadlineExtractor() {
    }

    static List<ParsedRequirement> extract(List<String> bodyTexts, Integer planYear) {
        Map<String, ParsedRequirement> found = new LinkedHashMap<>();
        for (String body : bodyTexts) {
            for (String sentence : SENTENCE_END.split(body)) {
                if (!REPORTING.matcher(sentence).find()) continue;
                for (ParsedRequirement requirement : fromSentence(sentence.strip(), planYear)) {
                    found.putIfAbsent(requirement.kind() + "|" + requirement.dueDate(), requirement);
                }
            }
        }
        return List.copyOf(found.values());
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
        if (kind == ReportKind.THEMATIC && year != null && sentence.toLowerCase(Locale.ROOT).contains("tháng hành động")) {
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
