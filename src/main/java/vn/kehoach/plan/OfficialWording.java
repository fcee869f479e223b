package vn.kehoach.plan;

import java.time.LocalDate;

/**
 * How Decree 30/2020/NĐ-CP (Phụ lục I) writes a document's number and date. The plan pages, the print view and the
 * Word and PDF exports all take these lines from here, so that they agree.
 */
public final class OfficialWording {

    /** What stands for a number or date part the registry (văn thư) fills in by hand after signing. */
    public static final String BLANK = "       ";

    private OfficialWording() {
    }

    /** ô 3: "Số: 72/KH-UBND", "Số: 05/KH-UBND", or "Số:       /KH-UBND" before the document is numbered. */
    public static String numberLine(String number, String symbol) {
        return "Số: " + (number == null ? BLANK : twoDigits(number)) + "/" + symbol;
    }

    /**
     * ô 4: "Quảng Ngãi, ngày 05 tháng 3 năm 2025". Days below 10 and months 1 and 2 take a leading zero, so that
     * nobody can add a digit to them afterwards; without a date the day and month are left blank.
     */
    public static String placeAndDate(String place, LocalDate date, int year) {
        if (date == null) return place + ", ngày" + BLANK + "tháng" + BLANK + "năm " + year;
        String month = date.getMonthValue() <= 2 ? twoDigits(Integer.toString(date.getMonthValue()))
                : Integer.toString(date.getMonthValue());
        return place + ", ngày " + twoDigits(Integer.toString(date.getDayOfMonth())) + " tháng " + month
                + " năm " + date.getYear();
    }

    /** Numbers below 10 get a leading zero ("5" → "05"); anything else is printed as given. */
    public static String twoDigits(String number) {
        return number.matches("[1-9]") ? "0" + number : number;
    }
}
