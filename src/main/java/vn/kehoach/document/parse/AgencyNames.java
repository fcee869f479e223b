package vn.kehoach.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises agency names inside sentences. Names themselves contain commas and "và" ("Sở Văn hóa, Thể thao và Du
 * lịch", "Phòng Lao động, Thương binh, Xã hội - Dân tộc"), so a list is cut only where the next piece starts like a
 * new agency, and a piece that does not ("Thể thao và Du lịch") stays with the name before it.
 */
final class AgencyNames {

    /** Words that open the name of a body in plans (Decree 30 capitalisation: type and function capitalised). */
    static final String KEYWORD = "(?:Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Sở|Phòng|Ban|Bộ|Cục|Chi cục|Tổng cục|Văn phòng"
            + "|Trung tâm|Công an|Trạm|Trường|Bệnh viện|Hội|Đoàn|Huyện đoàn|Tỉnh đoàn|Liên đoàn|Mặt trận|MTTQ"
            + "|Ủy ban MTTQ|UBMTTQ|Đài|Báo|Ngân hàng|Chi nhánh|Kho bạc|Thanh tra|Tòa án|Viện|Thống kê|Chi cục Thống kê"
            + "|Ban Chỉ huy|Bộ Chỉ huy|Đồn|Đội|Cơ quan|Thủ tướng|Chính phủ|Quốc hội|Tỉnh ủy|Huyện ủy|Đảng ủy"
            + "|Thường trực|Chủ tịch|Văn phòng HĐND|Các|các|Cán bộ|Công chức|Hợp tác xã|Doanh nghiệp|Nhà trường)";

    private static final Pattern STARTS_AS_AGENCY = Pattern.compile("^" + KEYWORD + "(?=[\\s,]|$)");
    /** Words that open the name of one body, where a list of names in a heading is cut. */
    private static final Pattern STARTS_AS_BODY = Pattern
            .compile("^(?:Ủy ban|Uỷ ban|UBND|UBMTTQ|Sở|Phòng|Ban|Bộ|Cục|Chi cục"
                    + "|Văn phòng|Trung tâm|Công an|Trạm|Trường|Bệnh viện|Hội|Đoàn|Huyện đoàn|Tỉnh đoàn|Thành đoàn|Liên đoàn"
                    + "|Mặt trận|Đài|Báo|Ngân hàng|Chi nhánh|Kho bạc|Thanh tra|Tòa án|Viện|Thống kê|Đồn|Liên minh|Hội đồng"
                    + "|HĐND|Bảo hiểm|Quỹ)(?=[\\s,]|$)");
    /** "Văn phòng HĐND và UBND": the "và" of this name joins two bodies in one office. */
    private static final Pattern ENDS_WITH_COUNCIL = Pattern.compile("(?:HĐND|Hội đồng nhân dân)$");
    private static final Pattern REQUEST = Pattern.compile("^(?:Đề nghị|đề nghị)\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s+|;\\s+|\\s+và\\s+");

    private AgencyNames() {
    }

    static boolean startsAsAgency(String text) {
        return STARTS_AS_AGENCY.matcher(text.strip()).find();
    }

    /** Words after which an opening keyword is a verb or a common noun: "Ban hành", "Báo cáo", "Hội nghị". */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:Ban hành|Báo cáo|Hội nghị|Hội thi|Hội thảo|Hội diễn"
            + "|Đoàn kiểm tra|Đội ngũ|Trường hợp|Cơ quan|Thường trực|Thanh tra,|Thanh tra\\s+\\p{Ll}+\\s+(?!tỉnh|huyện|xã|sở))"
            + Text.WORD_END);
    /** What follows the opening word of a body's name: a capital, a level ("Công an huyện") or "nhân dân". */
    private static final Pattern NAME_GOES_ON = Pattern
            .compile("^(?:\\p{Lu}|\\d|&|-|\\(|(?:tỉnh|huyện|xã|phường|thị trấn"
                    + "|thị xã|thành phố|quận|đặc khu|nhân dân|các|và|chi nhánh|giao dịch)" + Text.WORD_END + ")");

    /**
     * Whether the text opens with the name of a body, not with a sentence whose first word happens to open names
     * too ("Ban hành văn bản …", "Báo cáo kết quả …", "Hội thi tìm hiểu …").
     */
    static boolean opensWithName(String text) {
        String t = text.strip();
        Matcher m = STARTS_AS_AGENCY.matcher(t);
        if (!m.find() || NOT_A_NAME.matcher(t).find()) return false;
        String rest = t.substring(m.end()).strip();
        // "Các phòng, ban, ngành", "Các tổ dân phố": collectives, told apart later.
        return rest.isEmpty() || m.group().equalsIgnoreCase("các") || NAME_GOES_ON.matcher(rest).find();
    }

    /** "Đề nghị Ủy ban MTTQ …": elected bodies and mass organisations are requested, not assigned. */
    static boolean isRequest(String text) {
        return REQUEST.matcher(text.strip()).find();
    }

    static String withoutRequest(String text) {
        return REQUEST.matcher(text.strip()).replaceFirst("");
    }

    /**
     * The agencies a heading names: "Sở Y tế, Sở Giáo dục và Đào tạo" is two, "Sở Văn hóa, Thể thao và Du lịch" and
     * "Văn phòng HĐND và UBND huyện" are one each, "Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể" stays whole (the
     * collective tail is no agency of its own). A leading "Đề nghị" is left out.
     */
    static List<String> splitHeading(String heading) {
        String text = withoutRequest(Text.stripTrailingPunctuation(heading.strip()));
        List<String> names = new ArrayList<>();
        Matcher m = LIST_SEPARATOR.matcher(text);
        int start = 0;
        while (m.find()) {
            String before = text.substring(start, m.start()).strip();
            if (STARTS_AS_BODY.matcher(text.substring(m.end())).find() && !ENDS_WITH_COUNCIL.matcher(before).find()
                    && STARTS_AS_BODY.matcher(before).find()) {
                names.add(Text.stripTrailingPunctuation(before));
                start = m.end();
            }
        }
        names.add(Text.stripTrailingPunctuation(text.substring(start).strip()));
        return names;
    }

    /**
     * Splits "Trạm Y tế phường, Công an phường và các trường học" into agencies, keeping commas and "và" that
     * belong to one name.
     */
    static List<String> splitList(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = LIST_SEPARATOR.matcher(text);
        int start = 0;
        String separator = "";
        StringBuilder current = null;
        while (true) {
            boolean found = m.find();
            String piece = text.substring(start, found ? m.start() : text.length()).strip();
            if (!piece.isEmpty()) {
                if (current != null && !startsAsAgency(piece)) {
                    current.append(separator).append(piece);
                } else {
                    if (current != null) names.add(Text.stripTrailingPunctuation(current.toString()));
                    current = new StringBuilder(piece);
                }
            }
            if (!found) break;
            separator = m.group();
            start = m.end();
        }
        if (current != null) names.add(Text.stripTrailingPunctuation(current.toString()));
        return names;
    }

    /**
     * The agency name at the start of the text: stops before a comma that opens something other than a
     * capitalised part of the same name (", Ủy ban …" or ", lowercase …").
     */
    static String leadingName(String text) {
        String[] pieces = text.split(",\\s+", -1);
        StringBuilder name = new StringBuilder(pieces[0]);
        for (int i = 1; i < pieces.length; i++) {
            String piece = pieces[i];
            if (piece.isEmpty() || !Text.startsUppercase(piece) || startsAsAgency(piece)) break;
            name.append(", ").append(piece);
        }
        return Text.stripTrailingPunctuation(name.toString().strip());
    }
}
