package vn.kehoach.reporting;

import java.util.List;

/**
 * One argument of a notification: words shown as they are (a plan's title, a reference, a date), or a message of its
 * own, a key with its arguments (a report's title and year), rendered in the reader's language when it is read.
 *
 * @param text the words, for an argument that is no message; null otherwise
 * @param key  the message key, for an argument that is a message; null otherwise
 * @param args the message's own arguments (numbers, words)
 */
public record NoticeArg(String text, String key, List<Object> args) {

    public NoticeArg {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static NoticeArg text(String text) {
        return new NoticeArg(text == null ? "" : text, null, List.of());
    }

    public static NoticeArg message(String key, Object... args) {
        return new NoticeArg(null, key, List.of(args));
    }

    /** Each of the words as an argument of its own. */
    public static List<NoticeArg> texts(List<String> texts) {
        return texts.stream().map(NoticeArg::text).toList();
    }
}
