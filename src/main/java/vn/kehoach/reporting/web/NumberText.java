package vn.kehoach.reporting.web;

import vn.kehoach.reporting.domain.RoundSnapshot;
import vn.kehoach.shared.text.VietnameseNumbers;

import java.math.BigDecimal;

/**
 * Numbers as officials type them: money with Vietnamese grouping ("5.000.000" or "5 000 000"), rates with a decimal
 * comma or point ("33,3"). Forms keep the text so that a typo comes back as typed, with a message.
 */
final class NumberText {

    /**
     * Whole đồng: digits with optional grouping by dots or spaces, at most 15 digits (the column holds 16; no budget of
     * a plan comes near a million billion đồng).
     */
    static final String MONEY = "^\\s*\\d{1,3}(?:[. ]?\\d{3}){0,4}\\s*$|^\\s*$";

    /** A figure with up to four decimals, grouped or not ("1.250", "33,3"). */
    static final String DECIMAL = VietnameseNumbers.DECIMAL;

    private NumberText() {
    }

    static BigDecimal money(String text) {
        if (text == null || text.isBlank()) return null;
        return new BigDecimal(text.replaceAll("[^0-9]", ""));
    }

    static BigDecimal decimal(String text) {
        return VietnameseNumbers.parse(text);
    }

    static String money(BigDecimal value) {
        return value == null ? null : RoundSnapshot.money(value);
    }

    static String decimal(BigDecimal value) {
        return VietnameseNumbers.plain(value);
    }
}
