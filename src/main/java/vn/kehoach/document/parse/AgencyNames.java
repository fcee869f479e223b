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
            + "|Ủy ban MTTQ|Đài|Báo|Ngân hàng|Chi nhánh|Kho bạc|Thanh tra|Tòa án|Viện|Thống kê|Chi cục Thống kê"
            + "|Ban Chỉ huy|Bộ Chỉ huy|Đồn|Đội|Cơ quan|Thủ tướng|Chính phủ|Quốc hội|Tỉnh ủy|Huyện ủy|Đảng ủy"
            + "|Thường trực|Chủ tịch|Văn phòng HĐND|Các|các|Cán bộ|Công chức|Hợp tác xã|Doanh nghiệp|Nhà trường)";

    private static final Pattern STARTS_AS_AGENCY = Pattern.compile("^" + KEYWORD + "(?=[\\s,]|$)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s+|;\\s+|\\s+và\\s+");

    private AgencyNames() {
    }

    static boolean startsAsAgency(String text) {
        return STARTS_AS_AGENCY.matcher(text.strip()).find();
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
