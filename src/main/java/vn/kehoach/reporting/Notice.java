package vn.kehoach.reporting;

import java.time.Instant;
import java.util.List;

/**
 * An in-app notification. The text is a message key with arguments, rendered in the reader's language; an argument
 * that is itself a message key ("ReportKind.ANNUAL") is rendered first.
 */
public record Notice(long id, String kind, String messageKey, List<String> args, String link, Instant createdAt,
                     boolean read) {
}
