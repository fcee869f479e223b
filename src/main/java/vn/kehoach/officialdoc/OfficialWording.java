package vn.kehoach.officialdoc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How Decree 30/2020/NĐ-CP (Phụ lục I) writes a document's number and date. The plan pages, the print view and the
 * Word and PDF exports all take these lines from here, so that they agree.
 */
public final class OfficialWording {

    /** What stands for a number or date part the registry (văn thư) fills in by hand after signing. */
    public static final String BLANK = "       ";

    /** Dates inside sentences, without leading zeros ("ngày 8/4/2025"), as the documents write them. */
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private OfficialWording() {
    }

    /** ô 3: "Số: 72/KH-UBND", "Số: 05/KH-UBND", or "Số:       /KH-UBND" before the document is numbered. */
    public static String numberLine(String number, String symbol) {
        return Words.of("officialdoc.number", number == null ? BLANK : twoDigits(number), symbol);
    }

    /**
     * ô 4: "Quảng Ngãi, ngày 05 tháng 3 năm 2025". Days below 10 and months 1 and 2 take a leading zero, so that
     * nobody can add a digit to them afterwards; without a date the day and month are left blank.
     */
    public static String placeAndDate(String place, LocalDate date, int year) {
        if (date == null) return Words.of("officialdoc.placeAndDate", place, blankDate(year));
        String month = date.getMonthValue() <= 2
                ? twoDigits(Integer.toString(date.getMonthValue()))
                : Integer.toString(date.getMonthValue());
        return Words.of("officialdoc.placeAndDate", place, Words.of("officialdoc.date",
                twoDigits(Integer.toString(date.getDayOfMonth())), month, date.getYear()));
    }

    /**
     * The line under an appendix's title (Phụ lục I, mục 1.8): "(Kèm theo Kế hoạch số 72/KH-UBND ngày 8/4/2025 của Ủy
     * ban nhân dân tỉnh Quảng Ngãi)". Number and date stay blank until the registry gives them, as on the first page.
     *
     * @param documentName the document type as written in a sentence ("Kế hoạch", "Báo cáo")
     */
    public static String attachedTo(String documentName, String number, String symbol, LocalDate date, int year,
                                    String issuerName) {
        String day = date == null ? blankDate(year) : Words.of("officialdoc.shortDate", SHORT_DAY.format(date));
        return Words.of("officialdoc.attachedTo", reference(documentName, number, symbol), day, issuerName);
    }

    /** "Kế hoạch số 72/KH-UBND", with the number left blank before the registry gives it. */
    static String reference(String documentName, String number, String symbol) {
        return Words.of("officialdoc.reference", documentName, number == null ? BLANK : twoDigits(number), symbol);
    }

    /** "ngày       tháng       năm 2025": day and month for the registry to fill in by hand. */
    private static String blankDate(int year) {
        return Words.of("officialdoc.date.blank", BLANK, year);
    }

    /** Numbers below 10 get a leading zero ("5" → "05"); anything else is printed as given. */
    public static String twoDigits(String number) {
        return number.matches("[1-9]") ? "0" + number : number;
    }
}
