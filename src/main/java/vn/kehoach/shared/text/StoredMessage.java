package vn.kehoach.shared.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note the application writes into a record (a report's cancel reason, a step in a plan's history) as a message key
 * and its arguments, so that each reader sees it in their own language: "msg:plan.history.copiedFrom|2025". Notes
 * people typed are stored as they wrote them and shown as they are.
 */
public record StoredMessage(String key, List<String> arguments) {

    private static final String PREFIX = "msg:";
    private static final String SEPARATOR = "|";
    private static final Pattern STORED = Pattern.compile("msg:([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)((?:\\|.*)?)",
            Pattern.DOTALL);

    public StoredMessage {
        arguments = List.copyOf(arguments);
    }

    /** The stored form; an argument may not contain "|" (numbers, symbols and dates do not). */
    public static String of(String key, Object... arguments) {
        StringBuilder text = new StringBuilder(PREFIX).append(key);
        for (Object argument : arguments) text.append(SEPARATOR).append(argument == null ? "" : argument);
        return text.toString();
    }

    /** The key and arguments of a stored note; empty for a note a person wrote, or none. */
    public static Optional<StoredMessage> parse(String stored) {
        if (stored == null) return Optional.empty();
        Matcher m = STORED.matcher(stored);
        if (!m.matches()) return Optional.empty();
        List<String> arguments = m.group(2).isEmpty()
                ? List.of()
                : Arrays.asList(m.group(2).substring(1).split("\\|", -1));
        return Optional.of(new StoredMessage(m.group(1), arguments));
    }
}
