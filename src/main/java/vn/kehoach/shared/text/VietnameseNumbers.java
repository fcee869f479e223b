package vn.kehoach.shared.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures as Vietnamese officials read and type them. Shown with "." grouping thousands and "," before decimals
 * ("1.250", "33,3"), which the Excel writer reads back as numbers; typed into forms without grouping, with a decimal
 * comma or point ("33,3" or "33.3"), and given back to a form the same way ("1,7").
 */
public final class VietnameseNumbers {

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

    /** "1,7" or "1.7" → 1.7; blank → null. For text a form's pattern has already accepted as a number. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) return null;
        return new BigDecimal(text.strip().replace(',', '.'));
    }
}
