package vn.kehoach.officialdoc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed wording of Decree 30/2020/NĐ-CP (Phụ lục I): header lines, number and date formats, recipient
 * punctuation and the closing mark. Every rendition takes its text from here, so Word, PDF and print view agree.
 */
final class Decree30 {

    static final String NATIONAL_NAME = Words.of("officialdoc.nationalName");
    static final String MOTTO = Words.of("officialdoc.motto");
    static final String KINH_GUI = Words.of("officialdoc.kinhGui");
    static final String NOI_NHAN = Words.of("officialdoc.noiNhan");
    /** The mark that ends the text of every document (Phụ lục III templates). */
    static final String END_MARK = "./.";
    static final String BLANK = OfficialWording.BLANK;

    private Decree30() {
    }

    static String numberLine(String number, String symbol) {
        return OfficialWording.numberLine(number, symbol);
    }

    static String placeAndDate(String place, LocalDate date, int year) {
        return OfficialWording.placeAndDate(place, date, year);
    }

    static String twoDigits(String number) {
        return OfficialWording.twoDigits(number);
    }

    /** The name in file metadata (Word properties, PDF title): "Kế hoạch số 72/KH-UBND: Thực hiện …". */
    static String documentTitle(OfficialDocument document) {
        String name = document.number() == null
                ? document.kind().displayName()
                : OfficialWording.reference(document.kind().displayName(), document.number(), document.symbol());
        return name + ": " + document.title();
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
