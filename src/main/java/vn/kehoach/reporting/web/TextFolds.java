package vn.kehoach.reporting.web;

import org.springframework.stereotype.Component;

/**
 * Long texts of a report as its pages show them: the first lines, the rest behind "Xem thêm". A province's report
 * drafted from 158 reports below has a line from each under every task and every part of its assessment; shown whole,
 * its page was 160,000 pixels high. The Word export and the form keep the texts whole.
 */
@Component("textFolds")
public class TextFolds {

    /** Longer than this, a text is folded. */
    static final int FOLD_ABOVE_LINES = 12;
    /** Lines shown before the fold. */
    static final int SHOWN_LINES = 8;

    /**
     * @param head      what is shown
     * @param rest      what the fold hides, null when nothing is hidden
     * @param restLines how many lines the fold hides
     */
    public record Fold(String head, String rest, int restLines) {
    }

    public Fold of(String text) {
        if (text == null) return new Fold(null, null, 0);
        String[] lines = text.split("\n", -1);
        if (lines.length <= FOLD_ABOVE_LINES) return new Fold(text, null, 0);
        int cut = 0;
        for (int i = 0; i < SHOWN_LINES; i++) cut = text.indexOf('\n', cut) + 1;
        return new Fold(text.substring(0, cut - 1), text.substring(cut), lines.length - SHOWN_LINES);
    }
}
