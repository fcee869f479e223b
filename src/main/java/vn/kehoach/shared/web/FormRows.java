package vn.kehoach.shared.web;

import java.util.Collection;
import java.util.Objects;

/**
 * Forms with one row per thing the page lists (a report's tasks, a unit's targets) name each row's thing in a hidden
 * field. A row the page did not write — no id, an id of something else, a row added by hand — is a request no page
 * sends: it is refused with 400 before anything reads the rows, since showing the form again would look each row's
 * thing up.
 */
public final class FormRows {

    private FormRows() {
    }

    /**
     * Refuses the request unless every row names something, each thing once. Whether it is still one of the page's
     * is the service's to say (the list may have changed since the page was shown: the user keeps their input).
     */
    public static void requireIds(Collection<?> sent) {
        if (sent.stream().anyMatch(Objects::isNull) || sent.stream().distinct().count() != sent.size()) {
            throw new BadRequestException("error.form.unknownRow");
        }
    }

    /** Refuses the request unless every row names one of the things the page lists, each once. */
    public static void requireKnown(Collection<?> sent, Collection<?> known) {
        requireIds(sent);
        if (!known.containsAll(sent)) throw new BadRequestException("error.form.unknownRow");
    }
}
