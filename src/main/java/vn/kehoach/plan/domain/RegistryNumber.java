package vn.kehoach.plan.domain;

import vn.kehoach.shared.text.VietnameseText;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number the unit's registry (văn thư) gives a document, as a leader types it: "15", or the whole reference as it
 * is written on documents, "15/KH-UBND", "15 / KH-UBND", "Số: 15/KH-UBND". Decree 30 writes numbers below 10 with a
 * leading zero ("05").
 *
 * @param symbol the symbol typed after the number, or null when only the number was typed
 */
record RegistryNumber(String number, String symbol) {

    private static final Pattern TYPED = Pattern.compile(
            "(?:số\\s*:?\\s*)?0*(\\d{1,5})\\s*(?:/\\s*(\\S(?:.*\\S)?))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Empty when the text is no registry number at all. */
    static Optional<RegistryNumber> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = TYPED.matcher(VietnameseText.clean(text));
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) return Optional.empty();
        String number = m.group(1).length() == 1 ? "0" + m.group(1) : m.group(1);
        return Optional.of(new RegistryNumber(number, m.group(2)));
    }

    /** Whether the typed symbol, if any, is the plan's, spaces and letter case aside ("KH - UBND" is "KH-UBND"). */
    boolean fits(String planSymbol) {
        return symbol == null || comparable(symbol).equals(comparable(planSymbol));
    }

    private static String comparable(String symbol) {
        return symbol == null ? "" : VietnameseText.clean(symbol).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
