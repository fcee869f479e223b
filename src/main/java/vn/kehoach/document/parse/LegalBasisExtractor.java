package vn.kehoach.document.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the documents cited by the opening "Căn cứ …" / "Thực hiện …" sentences: type, number and symbol, date and
 * issuer, one entry per document even when one sentence cites several.
 */
final class LegalBasisExtractor {

    private static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("Kế hoạch", "KH");
        TYPES.put("Công văn", "CV");
        TYPES.put("Văn bản", "CV");
        TYPES.put("Công điện", "CĐ");
        TYPES.put("Tờ trình", "TTr");
        TYPES.put("Quyết định", "QĐ");
        TYPES.put("Nghị quyết", "NQ");
        TYPES.put("Nghị định", "NĐ");
        TYPES.put("Thông tư liên tịch", "TTLT");
        TYPES.put("Thông tư", "TT");
        TYPES.put("Chỉ thị", "CT");
        TYPES.put("Hướng dẫn", "HD");
        TYPES.put("Thông báo", "TB");
        TYPES.put("Chương trình", "CTr");
        TYPES.put("Báo cáo", "BC");
        TYPES.put("Đề án", "ĐA");
    }

    private static final String DATE_PART = "(?:\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(" + VietnameseDates.DATE + "))?";
    /** "Kế hoạch số 72/KH-UBND", "Công văn 481/LĐTBXH-BĐG", "Chỉ thị số 21-CT/TW": a number with a slash. */
    private static final Pattern DOCUMENT = Pattern.compile("(" + String.join("|", TYPES.keySet())
            + ")\\s+(?:số\\s*:?\\s*)?(\\d+[\\p{L}\\d]*(?:[/\\-][\\p{L}\\d&.]*[\\p{L}\\d&])*)" + DATE_PART,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006", "Bộ luật Lao động số 45/2019/QH14". */
    private static final Pattern LAW = Pattern.compile("(Bộ luật|Luật)\\s+(\\p{Lu}[^;,.()]*?)"
            + "(?:\\s+số\\s+(\\d+/\\d{4}/[\\p{L}\\d\\-]+))?(?=\\s+(?:số|ngày|năm\\s+\\d|của|được|đã|sửa đổi)"
            + Text.WORD_END + "|[;,.()]|$)"
            + DATE_PART);
    private static final Pattern ISSUER_AFTER = Pattern.compile("^\\s*,?\\s*của\\s+(.+?)"
            + "(?=\\s+(?:về|v/v|V/v|ban hành|quy định|hướng dẫn|phê duyệt|triển khai|thực hiện|tại|nhằm|năm\\s+\\d)"
            + Text.WORD_END + "|[;:.()“\"]|$)");
    private static final Pattern ISSUER_BEFORE = Pattern.compile("của\\s+(.+?)\\s+tại\\s*$");
    private static final Pattern BARE_LOCAL = Pattern.compile(
            "^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\\s+(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)$");
    private static final Pattern CLAUSE_END = Pattern.compile(";\\s*|(?<=\\.)\\s+(?=\\p{Lu})");

    private LegalBasisExtractor() {
    }

    /**
     * @param preamble the paragraphs between the title and the first section
     * @param fullText the whole document, to complete a bare "UBND tỉnh" with the province it names
     */
    static List<ParsedLegalBasis> extract(List<String> preamble, String fullText) {
        Map<String, ParsedLegalBasis> found = new LinkedHashMap<>();
        for (String paragraph : preamble) {
            for (String clause : clauses(paragraph)) {
                String written = clause.strip();
                String text = Text.stripTrailingPunctuation(written);
                if (text.isEmpty()) continue;
                Matcher m = DOCUMENT.matcher(text);
                int firstDocument = Integer.MAX_VALUE;
                while (m.find()) {
                    firstDocument = Math.min(firstDocument, m.start());
                    String type = TYPES.get(canonicalType(m.group(1)));
                    String number = m.group(2);
                    String issuer = issuer(text, m.start(), m.end(), fullText);
                    found.putIfAbsent(number, new ParsedLegalBasis(written, type, number, date(m.group(3)), issuer));
                }
                // A law named inside a cited document's description ("… thi hành một số điều của Luật Bình đẳng
                // giới") is not itself cited.
                Matcher law = LAW.matcher(text);
                while (law.find() && law.start() < firstDocument) {
                    String number = law.group(3) != null ? law.group(3) : law.group(1) + " " + law.group(2).strip();
                    found.putIfAbsent(number, new ParsedLegalBasis(written, "Luật", number, date(law.group(4)),
                            issuer(text, law.start(), law.end(), fullText)));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The clauses of a paragraph, each with the ";" that ends it: an entry's text is the clause as written. */
    private static List<String> clauses(String paragraph) {
        List<String> clauses = new ArrayList<>();
        Matcher end = CLAUSE_END.matcher(paragraph);
        int start = 0;
        while (end.find()) {
            clauses.add(paragraph.substring(start, end.start()) + (end.group().startsWith(";") ? ";" : ""));
            start = end.end();
        }
        clauses.add(paragraph.substring(start));
        return clauses;
    }

    private static String canonicalType(String written) {
        for (String type : TYPES.keySet()) {
            if (type.equalsIgnoreCase(written)) return type;
        }
        return written;
    }

    private static LocalDate date(String text) {
        return text == null ? null : VietnameseDates.parse(text, null);
    }

    /** "… của Sở X về việc …" after the citation, or "… đề xuất của Sở X tại Tờ trình …" before it. */
    private static String issuer(String clause, int citationStart, int citationEnd, String fullText) {
        String issuer = null;
        Matcher after = ISSUER_AFTER.matcher(clause.substring(citationEnd));
        if (after.find()) {
            issuer = AgencyNames.leadingName(after.group(1).strip());
        } else {
            Matcher before = ISSUER_BEFORE.matcher(clause.substring(0, citationStart));
            if (before.find()) issuer = AgencyNames.leadingName(lastOf(before.group(1)));
        }
        return issuer == null || issuer.isEmpty() ? null : completeLocal(issuer, clause, fullText);
    }

    /** The issuer after the last "của" when one clause has several ("… của Nhân dân … của Sở X tại"). */
    private static String lastOf(String text) {
        int i = text.lastIndexOf(" của ");
        return i < 0 ? text.strip() : text.substring(i + 5).strip();
    }

    /** "UBND tỉnh" alone means the province the plan is about: take its name from the text. */
    private static String completeLocal(String issuer, String clause, String fullText) {
        Matcher bare = BARE_LOCAL.matcher(issuer);
        if (!bare.matches()) return issuer;
        Pattern named = Pattern
                .compile(Text.WORD_START + bare.group(1) + "\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)*)");
        for (String text : List.of(clause, fullText)) {
            Matcher m = named.matcher(text);
            if (m.find()) return issuer + " " + m.group(1);
        }
        return issuer;
    }
}
