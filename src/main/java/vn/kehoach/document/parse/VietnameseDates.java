package vn.kehoach.document.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as plans write them: "25/3/2024", "25-3-2024", "25.3.2024", "25 tháng 3 năm 2024", and without a year
 * ("15/11", "05 tháng 12"), which then takes the plan's year.
 */
final class VietnameseDates {

    /**
     * A date in either form, as a regex to embed in larger ones. The look-arounds keep "2021-2030", "5.1.2" and
     * "1719/QĐ-TTg" from reading as dates.
     */
    static final String DATE = "(?:(?<![\\d/.])\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s*,?\\s*năm\\s+\\d{4})?(?!\\d)"
            + "|(?<![\\d/.])\\d{1,2}[/.\\-]\\d{1,2}(?:[/.\\-]\\d{4})?(?![\\d/]))";

    private static final Pattern WORDS = Pattern
            .compile("(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*,?\\s*năm\\s+(\\d{4}))?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})(?:[/.\\-](\\d{4}))?");
    private static final Pattern ANY = Pattern.compile(DATE);

    /** A date found in text; {@code yearGiven} tells whether the text named the year. */
    record Found(LocalDate date, boolean yearGiven) {
    }

    private VietnameseDates() {
    }

    /** Parses one date; null when it is not one or does not exist (31/2). */
    static LocalDate parse(String text, Integer defaultYear) {
        Found found = read(text.trim(), defaultYear);
        return found == null ? null : found.date();
    }

    /** Every date in the text, in order. Dates without a year and no default are skipped. */
    static List<Found> findAll(String text, Integer defaultYear) {
        List<Found> all = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            Found found = read(m.group(), defaultYear);
            if (found != null) all.add(found);
        }
        return all;
    }

    private static Found read(String text, Integer defaultYear) {
        Matcher m = WORDS.matcher(text);
        if (!m.matches()) {
            m = NUMERIC.matcher(text);
            if (!m.matches()) return null;
        }
        boolean yearGiven = m.group(3) != null;
        Integer year = yearGiven ? Integer.valueOf(m.group(3)) : defaultYear;
        if (year == null) return null;
        try {
            LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return new Found(date, yearGiven);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
