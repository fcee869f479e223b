package vn.kehoach.shared.web;

import java.util.Optional;

/** Ids typed where a code may stand too ("?unit=51" or "?unit=1234"): a number that no id can be is no id. */
public final class Ids {

    private Ids() {
    }

    /** The id the text stands for: digits only (at least {@code minDigits}), within the range of ids. */
    public static Optional<Long> parse(String text, int minDigits) {
        if (text == null) return Optional.empty();
        String digits = text.strip();
        if (digits.length() < minDigits || digits.length() > 18
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
