package vn.kehoach.shared.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures as Vietnamese officials read and type them. Shown with "." grouping thousands and "," before decimals
 * ("1.250", "33,3"), which the Excel writer reads back as numbers; typed into forms the same way ("1.250", "1 250",
 * "33,3") or plainly ("1250", "33.3"), and given back to a form without grouping ("1,7", "1250").
 *
 * <p>A point followed by exactly three digits groups thousands ("1.250" is one thousand two hundred and fifty), as
 * Vietnamese writing has it; any other point is a decimal point ("33.3", "0.250").
 */
public final class VietnameseNumbers {

    private static final String GROUPED = "[1-9]\\d{0,2}(?:[. \\u00A0]\\d{3}){1,4}";

    /** A non-negative figure with up to four decimals, grouped or not, or nothing: for {@code @Pattern}. */
    public static final String DECIMAL = "^\\s*(?:" + GROUPED
            + "(?:,\\d{1,4})?|\\d{1,14}(?:[.,]\\d{1,4})?)\\s*$|^\\s*$";

    /** The same with at most two decimals (what numeric(12, 2) holds). */
    public static final String DECIMAL_2 = "^\\s*(?:" + GROUPED
            + "(?:,\\d{1,2})?|\\d{1,10}(?:[.,]\\d{1,2})?)\\s*$|^\\s*$";

    /** A whole number, grouped or not ("100", "100.000", "100 000"), or nothing. */
    public static final String WHOLE = "^\\s*(?:" + GROUPED + "|\\d{1,15})\\s*$|^\\s*$";

    private static final Pattern GROUPED_NUMBER = Pattern.compile("(" + GROUPED + ")(?:,(\\d+))?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile(GROUPED + "|\\d{1,18}");
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(new Locale("vi", "VN"));

    private VietnameseNumbers() {
    }

    /** "1.250", "33,3", "0,05"; null for null. */
    public static String format(BigDecimal n) {
        return n == null ? null : new DecimalFormat("#,##0.##", SYMBOLS).format(n);
    }

    /** For a form field: "1,7", "60", "1250"; null for null. */
    public static String plain(BigDecimal n) {
        if (n == null) return null;
        BigDecimal stripped = n.stripTrailingZeros();
        if (stripped.scale() < 0) stripped = stripped.setScale(0);
        return stripped.toPlainString().replace('.', ',');
    }

    /**
     * "1.250" → 1250, "1 250,5" → 1250.5, "1,7" or "1.7" → 1.7; blank → null. For text a form's pattern
     * ({@link #DECIMAL}) has already accepted as a number; anything else throws {@link NumberFormatException}.
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        Matcher grouped = GROUPED_NUMBER.matcher(t);
        if (grouped.matches()) {
            String whole = grouped.group(1).replaceAll("[^0-9]", "");
            return new BigDecimal(grouped.group(2) == null ? whole : whole + "." + grouped.group(2));
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    /** "1.250", "1 250" or "1250" → 1250; blank → null; a fraction or anything else throws {@link NumberFormatException}. */
    public static Long parseWhole(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        if (!WHOLE_NUMBER.matcher(t).matches()) throw new NumberFormatException("not a whole number: " + t);
        return Long.valueOf(t.replaceAll("[^0-9]", ""));
    }
}
