package vn.kehoach.shared.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as officials write them: day, month, year ("15/11/2025"). Typed with or without leading zeros, with slashes,
 * dots or dashes ("5/7/2025", "05.07.2025"); a date in ISO order ("2025-07-05", what a date picker or a pasted value
 * gives) is read too. Shown with two-digit day and month.
 */
public final class DayMonthYear {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern TYPED = Pattern.compile("(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DayMonthYear() {
    }

    public static String format(LocalDate date) {
        return date == null ? null : SHOWN.format(date);
    }

    /**
     * The date typed, or null for blank text.
     *
     * @throws DateTimeException when the text is not a date ("31/2/2025", "15/11")
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        Matcher typed = TYPED.matcher(t);
        if (typed.matches()) {
            return LocalDate.of(Integer.parseInt(typed.group(4)), Integer.parseInt(typed.group(3)),
                    Integer.parseInt(typed.group(1)));
        }
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
        }
        throw new DateTimeException("not a day/month/year date: " + t);
    }
}
