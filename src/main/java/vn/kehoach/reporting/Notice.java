package vn.kehoach.reporting;

import java.time.Instant;
import java.util.List;

/**
 * An in-app notification. The text is a message key with arguments, rendered in the reader's language; an argument
 * may be a message of its own (a report's title and year), rendered first.
 */
public record Notice(long id, String kind, String messageKey, List<NoticeArg> args, String link, Instant createdAt,
                     boolean read) {
}
