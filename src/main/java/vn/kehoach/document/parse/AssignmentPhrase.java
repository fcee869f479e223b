package vn.kehoach.document.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assignment an item opens with, in the ways plans word it: "Giao Sở Y tế chủ trì, phối hợp với …", "Đề nghị
 * Ban Tổ chức Tỉnh ủy …" (a request: the body is outside the issuer's authority), "Công an xã chủ trì …", and, inside
 * the implementation part, a bare subject ("Trạm Y tế xã tư vấn sức khỏe sinh sản …").
 */
final class AssignmentPhrase {

    /**
     * @param agencies  the agencies named as the subject, the first one leading
     * @param requested opened with "Đề nghị"
     * @param duty      the text after the names
     */
    record Phrase(List<String> agencies, boolean requested, String duty) {
    }

    private static final Pattern OPENING = Pattern.compile("^(Giao|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu)\\s+");
    /** Verbs a duty starts with; "tổ chức" of "các tổ chức chính trị - xã hội" is a noun. */
    static final String ACTION_VERBS = "thực hiện|tổ chức(?!\\s+(?:chính trị|xã hội|thành viên|đoàn thể))|triển khai"
            + "|tham mưu|xây dựng|hướng dẫn|rà soát|đẩy mạnh|tuyên truyền|bố trí|kiểm tra|theo dõi|phát động|vận động"
            + "|hỗ trợ|tập huấn|biên soạn|cung cấp|giám sát|đánh giá|tổng hợp|lồng ghép|phổ biến|duy trì|nâng cao"
            + "|chỉ đạo|phối hợp|tăng cường|tiếp tục|quan tâm|tạo điều kiện|ưu tiên|nghiên cứu|đôn đốc|cân đối"
            + "|thẩm định|đảm bảo|bảo đảm|thống kê|cập nhật|giới thiệu|ban hành|trình|phát hiện|xử lý|tư vấn|chủ động"
            + "|phát hành|chuẩn bị|giải quyết|tiếp nhận|thu thập|đưa|tích cực|thường xuyên|kịp thời"
            + "|nghiêm túc|đăng tải|bảo vệ|phát huy|đề xuất|huy động|sơ kết|tổng kết|báo cáo|mở|cử|gửi|làm|chịu|tham gia|thúc đẩy|hưởng ứng|phát triển|thông tin|truyền thông"
            + "|phòng,? chống|phòng ngừa|ngăn chặn|chăm sóc|giảm thiểu|tiếp tục|vận hành|khảo sát|điều tra";
    /** Where a subject ends: an action, or "có", "là", "được" ("Ban Tổ chức Tỉnh ủy có giải pháp …"). */
    static final String DUTY_VERBS = ACTION_VERBS + "|có|là|được|căn cứ|trong";
    /** Where the subject's name ends: a colon, "chủ trì", a duty verb, or a lower-case clause after a comma. */
    private static final Pattern NAME_END = Pattern.compile("\\s*:|\\s+(?=(?:chủ trì|" + DUTY_VERBS + ")"
            + Text.WORD_END + ")|,\\s+(?=\\p{Ll})|[;.(]");
    private static final Pattern LEADS = Pattern.compile("^\\s*(?:,\\s*)?(?:là cơ quan chủ trì|chủ trì|làm đầu mối)"
            + Text.WORD_END);
    private static final int MAX_NAME_WORDS = 20;
    private static final int HEAD = 300;

    private AssignmentPhrase() {
    }

    /**
     * @param bareSubject whether "X <verb> …" counts (inside the implementation part, where every item is someone's
     *                    duty); elsewhere only "Giao X", "Đề nghị X", "X chủ trì" and "X: …" do
     */
    static Phrase parse(String text, boolean bareSubject) {
        if (text == null || text.isBlank()) return null;
        String rest = text.strip();
        Matcher opening = OPENING.matcher(rest);
        boolean opened = opening.find();
        boolean requested = opened && opening.group(1).toLowerCase(Locale.ROOT).equals("đề nghị");
        if (opened) rest = rest.substring(opening.end());
        if (!AgencyNames.opensWithName(rest) || (!opened && Text.startsLowercase(rest))) return null;
        String head = rest.length() > HEAD ? rest.substring(0, HEAD) : rest;
        Matcher end = NAME_END.matcher(head);
        if (!end.find() || end.start() == 0) return null;
        String name = AgencyNames.leadingName(rest.substring(0, end.start()).strip());
        String after = (rest.startsWith(name) ? rest.substring(name.length()) : rest.substring(end.start())).strip();
        boolean colon = after.startsWith(":");
        boolean leads = LEADS.matcher(after).find();
        if (!opened && !colon && !leads && !bareSubject) return null;
        if (name.isEmpty() || Text.words(name) > MAX_NAME_WORDS || AgencyKeys.isCollective(name) && !opened)
            return null;
        String duty = colon ? after.substring(1).strip() : after;
        return new Phrase(AgencyNames.splitHeading(name), requested, duty);
    }
}
