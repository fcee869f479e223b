package vn.kehoach.officialdoc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table cell that holds a number written the Vietnamese way: "." groups thousands and "," marks decimals
 * ("1.234", "12,5", "45,5%"). Such cells are stored as numbers in Excel (so officials can sum them) and centred in
 * the printed tables. Deliberately strict: codes with a leading zero ("01"), dotted item labels ("1.1", "1.10")
 * and anything with letters stay text, since reading them as numbers would change them.
 *
 * @param value  the number (a percentage as a fraction: "45%" is 0.45)
 * @param format the Excel number format that prints it as written
 */
record NumericText(double value, String format) {

    private static final Pattern NUMBER = Pattern.compile(
            "(-?)((?:0|[1-9]\\d*)|(?:[1-9]\\d{0,2}(?:\\.\\d{3})+))(?:,(\\d+))?(%?)");

    static Optional<NumericText> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher matcher = NUMBER.matcher(text.strip());
        if (!matcher.matches()) return Optional.empty();
        String integer = matcher.group(2);
        String decimals = matcher.group(3) == null ? "" : matcher.group(3);
        boolean grouped = integer.contains(".");
        boolean percent = !matcher.group(4).isEmpty();
        double value = Double.parseDouble(matcher.group(1) + integer.replace(".", "")
                + (decimals.isEmpty() ? "" : "." + decimals));
        String fraction = decimals.isEmpty() ? "" : "." + "0".repeat(decimals.length());
        if (percent) return Optional.of(new NumericText(value / 100, "0" + fraction + "%"));
        return Optional.of(new NumericText(value, (grouped ? "#,##0" : "0") + fraction));
    }

    static boolean isNumber(String text) {
        return parse(text).isPresent();
    }
}
