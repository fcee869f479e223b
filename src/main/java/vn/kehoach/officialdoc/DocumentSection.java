package vn.kehoach.officialdoc;

import java.util.List;

/**
 * A numbered part of the body: mục "I", khoản "1", điểm "a", decimal "5.1" or a "-" bullet, with its children.
 *
 * @param label    the label without punctuation ("I", "1", "a", "5.1", "-"); null for an unnumbered block of text
 * @param style    how the label is printed; null = guessed from the label (see {@link BodyLayout})
 * @param title    the heading after the label; null when the item is only text (then the label starts its text)
 * @param html     the content as the sanitised subset {@code <p> <br> <ul> <ol> <li> <strong> <b> <em> <i> <u>};
 *                 plain text without tags is one paragraph; may be null
 * @param children the sub-items, printed after the content
 */
public record DocumentSection(String label, Numbering.Style style, String title, String html,
                              List<DocumentSection> children) {

    public DocumentSection {
        label = Texts.optional(label);
        title = Texts.optional(title);
        html = Texts.nfc(html);
        children = children == null ? List.of() : List.copyOf(children);
    }
}
