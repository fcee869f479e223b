package vn.kehoach.document.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header block above "KẾ HOẠCH" (Decree 30 cells ô 1–4). Its two columns reach us in any order: one after
 * the other (Word tables), side by side on one line with a wide gap, or run together with a single space (PDF), so
 * the national motto, the number and the place-date are taken out by pattern wherever they stand, and what is left
 * in capitals is the issuing body.
 */
final class HeaderParser {

    /** The header as read; values null when absent or blank. */
    record Header(List<String> parentBodyLines, List<String> issuerLines, String number, String symbol, String place,
                  LocalDate issuedOn, Integer dateYear, boolean placeDateFound, String invalidDate) {
    }

    private static final Pattern NATIONAL = Pattern.compile(
            "CỘNG\\s+H(?:ÒA|OÀ)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM|Độc\\s+lập\\s*[-–]\\s*Tự\\s+do\\s*[-–]\\s*Hạnh\\s+phúc",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern
            .compile("Số\\s*:?\\s*([0-9]*)[\\s.…_]*/\\s*([\\p{L}0-9&.]+(?:-[\\p{L}0-9&.]+)*)");
    /** The place is capitalised words, so an all-capitals issuer line run into it stays out. */
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(?<!\\p{L})(\\p{Lu}\\p{Ll}*\\.?(?:(?: ?- ?| )(?:\\p{Lu}\\p{Ll}*|\\p{Ll}+|\\d+))*)\\s*,\\s*ngày\\s*(\\d{1,2})?[\\s.…_]*tháng\\s*(\\d{1,2})?[\\s.…_]*năm\\s*(\\d{4})?");
    /** The words that open an issuing body; the last such line starts the issuer, lines above it are the parent. */
    private static final Pattern BODY_START = Pattern
            .compile("^(?:ỦY BAN|UỶ BAN|SỞ|PHÒNG|BAN|TRUNG TÂM|VĂN PHÒNG|CÔNG AN"
                    + "|BỘ|CỤC|CHI CỤC|HỘI|TRẠM|TRƯỜNG|BỆNH VIỆN|ĐOÀN|LIÊN ĐOÀN|HỘI ĐỒNG|UBND|THANH TRA|ĐÀI|KHO BẠC"
                    + "|NGÂN HÀNG|CHI NHÁNH|VIỆN|TÒA ÁN)" + Text.WORD_END);

    private HeaderParser() {
    }

    static Header parse(List<SourceLine> lines) {
        List<String> bodyLines = new ArrayList<>();
        String number = null;
        String symbol = null;
        String place = null;
        LocalDate issuedOn = null;
        Integer dateYear = null;
        boolean placeDateFound = false;
        String invalidDate = null;
        for (SourceLine line : lines) {
            // Number and date first, on the whole line: their blanks ("Số:      /KH-UBND") look like column gaps.
            String rest = NATIONAL.matcher(line.raw()).replaceAll("   ");
            Matcher n = NUMBER.matcher(rest);
            if (symbol == null && n.find()) {
                number = n.group(1).isEmpty() ? null : n.group(1);
                symbol = n.group(2);
                rest = rest.substring(0, n.start()) + "   " + rest.substring(n.end());
            }
            Matcher d = PLACE_DATE.matcher(rest);
            if (!placeDateFound && d.find()) {
                placeDateFound = true;
                place = Text.collapse(d.group(1));
                dateYear = d.group(4) == null ? null : Integer.valueOf(d.group(4));
                if (d.group(2) != null && d.group(3) != null && dateYear != null) {
                    try {
                        issuedOn = LocalDate.of(dateYear, Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)));
                    } catch (DateTimeException e) {
                        invalidDate = Text.collapse(d.group());
                    }
                }
                rest = rest.substring(0, d.start()) + "   " + rest.substring(d.end());
            }
            for (String segment : Text.COLUMN_GAP.split(rest.strip())) {
                String text = Text.collapse(segment);
                if (!text.isEmpty() && !Text.RULE.matcher(text).matches() && Text.isUpperCase(text))
                    bodyLines.add(text);
            }
        }
        int issuerStart = 0;
        for (int i = 0; i < bodyLines.size(); i++) {
            if (BODY_START.matcher(bodyLines.get(i)).find()) issuerStart = i;
        }
        return new Header(List.copyOf(bodyLines.subList(0, issuerStart)),
                List.copyOf(bodyLines.subList(issuerStart, bodyLines.size())),
                number, symbol, place, issuedOn, dateYear, placeDateFound, invalidDate);
    }
}
