package vn.kehoach.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads where a plan comes from, wherever the document says it: the header, the sentence that issues the plan, the
 * title, the place of the date line, the signature and recipients (for the level: "UBND các xã, thị trấn" are below a
 * district), and the legal basis (for the province).
 */
final class IssuerUnitReader {

    private static final String LEVEL = "(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)";
    private static final String NAME = "(\\p{Lu}\\p{L}*(?:(?: |-)\\p{Lu}\\p{L}*){0,4}|\\d{1,2}(?!\\d))";
    private static final Pattern UNIT = Pattern.compile(Text.WORD_START + LEVEL + "\\s+" + NAME + Text.WORD_END);
    private static final Pattern HEADER_UNIT = Pattern.compile(
            "^(?:(?:ỦY|UỶ) BAN NHÂN DÂN\\s+|UBND\\s+)?(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\\s+(\\S.*)$");
    private static final Pattern ON_TERRITORY = Pattern.compile("(?:trên địa bàn|tại|của)\\s+" + LEVEL + "\\s+" + NAME
            + Text.WORD_END);
    /** "UBND huyện ban hành Kế hoạch", "Ủy ban nhân dân huyện Lộc Bình xây dựng Kế hoạch". */
    private static final Pattern ISSUES = Pattern.compile("(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\\s+" + LEVEL
            + "(?:\\s+" + NAME + ")?\\s+(?:ban hành|xây dựng|triển khai)\\s+(?:Kế hoạch|kế hoạch)");
    private static final Pattern BELOW = Pattern.compile("UBND các (xã|huyện)|Ủy ban nhân dân các (xã|huyện)"
            + "|UBND (huyện|tỉnh|xã|phường)|Ủy ban nhân dân (huyện|tỉnh|xã|phường)" + Text.WORD_END);
    /** "BỘ NỘI VỤ", "BỘ Y TẾ"; not a province's "BỘ CHỈ HUY QUÂN SỰ". */
    private static final Pattern MINISTRY = Pattern.compile("^BỘ\\s+(?!CHỈ HUY)\\p{Lu}");
    /** The roster's name of the central government's unit, where ministries are. */
    private static final String CENTRAL = "Trung ương";
    private static final Pattern PROVINCE = Pattern
            .compile(Text.WORD_START + "(tỉnh|thành phố)\\s+" + NAME + Text.WORD_END);

    private IssuerUnitReader() {
    }

    static ParsedIssuerUnit read(HeaderParser.Header header, String title, List<String> preamble,
                                 List<ParsedLegalBasis> legalBasis, List<String> recipients) {
        List<String> names = new ArrayList<>();
        String level = null;
        for (String line : header.issuerLines()) {
            Matcher m = HEADER_UNIT.matcher(line);
            if (m.matches()) add(names, m.group(1) + " " + m.group(2));
        }
        for (String line : header.parentBodyLines()) {
            Matcher m = HEADER_UNIT.matcher(line);
            if (m.matches()) add(names, m.group(1) + " " + m.group(2));
        }
        if (names.isEmpty() && (header.issuerLines().stream().anyMatch(l -> MINISTRY.matcher(l).find())
                || header.parentBodyLines().stream().anyMatch(l -> MINISTRY.matcher(l).find()))) {
            // A ministry ("BỘ NỘI VỤ", or above one of its departments) is of the central government.
            add(names, CENTRAL);
        }
        for (String paragraph : preamble) {
            Matcher issues = ISSUES.matcher(paragraph);
            if (issues.find()) {
                level = issues.group(1);
                if (issues.group(2) != null) add(names, level + " " + issues.group(2));
                Matcher territory = ON_TERRITORY.matcher(paragraph.substring(issues.start()));
                if (territory.find() && territory.group(1).equals(level)) add(names, level + " " + territory.group(2));
            }
        }
        if (title != null) {
            Matcher territory = ON_TERRITORY.matcher(title);
            while (territory.find()) add(names, territory.group(1) + " " + territory.group(2));
            Matcher any = UNIT.matcher(title);
            while (any.find()) add(names, any.group(1) + " " + any.group(2));
        }
        if (level == null) level = levelOf(names);
        if (level == null) level = levelFrom(recipients);
        if (header.place() != null && level != null) add(names, level + " " + header.place());
        return new ParsedIssuerUnit(List.copyOf(names), province(header, title, preamble, legalBasis, recipients));
    }

    private static void add(List<String> names, String name) {
        String collapsed = Text.collapse(name);
        if (names.stream().noneMatch(n -> n.equalsIgnoreCase(collapsed))) names.add(collapsed);
    }

    private static String levelOf(List<String> names) {
        if (names.isEmpty()) return null;
        Matcher m = Pattern.compile("^" + LEVEL, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(names.get(0));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The issuer's level from whom it writes to: "UBND các xã, thị trấn" are below a district, "UBND các huyện" below a
     * province; "CT, PCT UBND huyện" is the district itself.
     */
    private static String levelFrom(List<String> recipients) {
        for (String text : recipients) {
            Matcher m = BELOW.matcher(text);
            if (!m.find()) continue;
            if (m.group(1) != null || m.group(2) != null) {
                String below = m.group(1) != null ? m.group(1) : m.group(2);
                return below.equals("xã") ? "huyện" : "tỉnh";
            }
            return m.group(3) != null ? m.group(3) : m.group(4);
        }
        return null;
    }

    private static String province(HeaderParser.Header header, String title, List<String> preamble,
                                   List<ParsedLegalBasis> legalBasis, List<String> recipients) {
        List<String> texts = new ArrayList<>(header.parentBodyLines().stream().map(l -> l.toLowerCase(Locale.ROOT)
                .replaceFirst("^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\\s+", "")).toList());
        for (String line : header.issuerLines()) {
            Matcher m = HEADER_UNIT.matcher(line);
            if (m.matches() && (m.group(1).equals("TỈNH") || m.group(1).equals("THÀNH PHỐ"))) return m.group(2);
        }
        if (title != null) texts.add(title);
        texts.addAll(preamble);
        legalBasis.forEach(b -> {
            if (b.issuer() != null) texts.add(b.issuer());
        });
        texts.addAll(recipients);
        for (String text : texts) {
            Matcher m = PROVINCE.matcher(text);
            if (m.find()) return m.group(2);
            Matcher upper = Pattern.compile("^(?:tỉnh|thành phố)\\s+(.+)$").matcher(text);
            if (upper.matches()) return upper.group(1);
        }
        return null;
    }
}
