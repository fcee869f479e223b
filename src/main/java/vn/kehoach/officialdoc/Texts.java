package vn.kehoach.officialdoc;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Text clean-up shared by the input records and the writers. */
final class Texts {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Texts() {
    }

    /**
     * Unicode NFC. Text pasted from some PDFs or typed with old input methods comes decomposed (base letter plus
     * combining marks); Word and the PDF fonts have precomposed Vietnamese glyphs, and search in the PDF only
     * finds what was written composed.
     */
    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC, trimmed, blank entries dropped: a list of printed lines must not print empty bullets. */
    static List<String> lines(List<String> lines) {
        if (lines == null) return List.of();
        return lines.stream().filter(line -> line != null && !line.isBlank()).map(line -> nfc(line.strip())).toList();
    }

    /** A blank optional value is the same as none. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : nfc(text.strip());
    }

    static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
