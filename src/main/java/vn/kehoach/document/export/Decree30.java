package vn.kehoach.document.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed wording of Decree 30/2020/NĐ-CP (Phụ lục I): header lines, number and date formats, recipient
 * punctuation and the closing mark. Every rendition takes its text from here, so Word, PDF and print view agree.
 */
final class Decree30 {

    static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String KINH_GUI = "Kính gửi:";
    static final String NOI_NHAN = "Nơi nhận:";
    /** The mark that ends the text of every document (Phụ lục III templates). */
    static final String END_MARK = "./.";
    /** What stands for a number or date part the registry (văn thư) fills in by hand after signing. */
    static final String BLANK = "       ";

    private Decree30() {
    }

    /** ô 3: "Số: 72/KH-UBND", "Số: 05/KH-UBND", or "Số:       /KH-UBND" before the document is numbered. */
    static String numberLine(String number, String symbol) {
        return "Số: " + (number == null ? BLANK : twoDigits(number)) + "/" + symbol;
    }

    /**
     * ô 4: "Quảng Ngãi, ngày 05 tháng 3 năm 2025". Days below 10 and months 1 and 2 take a leading zero, so that
     * nobody can add a digit to them afterwards; without a date the day and month are left blank.
     */
    static String placeAndDate(String place, LocalDate date, int year) {
        if (date == null) return place + ", ngày" + BLANK + "tháng" + BLANK + "năm " + year;
        String month = date.getMonthValue() <= 2 ? twoDigits(Integer.toString(date.getMonthValue()))
                : Integer.toString(date.getMonthValue());
        return place + ", ngày " + twoDigits(Integer.toString(date.getDayOfMonth())) + " tháng " + month
                + " năm " + date.getYear();
    }

    /** Numbers below 10 get a leading zero ("5" → "05"); anything else is printed as given. */
    static String twoDigits(String number) {
        return number.matches("[1-9]") ? "0" + number : number;
    }

    /** The name in file metadata (Word properties, PDF title): "Kế hoạch số 72/KH-UBND: Thực hiện …". */
    static String documentTitle(OfficialDocument document) {
        String number = document.number() == null ? ""
                : " số " + twoDigits(document.number()) + "/" + document.symbol();
        return document.kind().displayName() + number + ": " + document.title();
    }

    /** Nơi nhận (ô 9b): "- Bộ Nội vụ (để b/c);" … "- Lưu: VT, VX." */
    static List<String> recipientLines(List<String> recipients) {
        return dashedList(recipients);
    }

    /** Kính gửi (ô 9a): one recipient stays on the "Kính gửi:" line as given; several become a dashed list. */
    static List<String> kinhGuiLines(List<String> recipients) {
        return recipients.size() == 1 ? recipients : dashedList(recipients);
    }

    /** "- a;", "- b;", …, "- z." whatever punctuation the entries came with. */
    private static List<String> dashedList(List<String> entries) {
        List<String> lines = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).replaceFirst("^-\\s*", "").replaceFirst("[;.,]+$", "");
            lines.add("- " + entry + (i == entries.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    /** The last sentence with "./." after it: "… thực hiện." → "… thực hiện./.". */
    static String withEndMark(String text) {
        String trimmed = text.stripTrailing();
        if (trimmed.endsWith(END_MARK)) return trimmed;
        if (trimmed.endsWith(".")) return trimmed + "/.";
        return trimmed + END_MARK;
    }
}
