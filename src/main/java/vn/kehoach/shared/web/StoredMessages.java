package vn.kehoach.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.kehoach.shared.text.StoredMessage;

/**
 * Shows a stored note in the reader's language ({@code ${@storedMessages.text(note)}} in templates): a note the
 * application wrote as a {@link StoredMessage} is read from the messages, one a person typed is shown as typed.
 */
@Component("storedMessages")
public class StoredMessages {

    private final MessageSource messages;

    StoredMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String stored) {
        return StoredMessage.parse(stored)
                .map(m -> messages.getMessage(m.key(), m.arguments().toArray(), stored,
                        LocaleContextHolder.getLocale()))
                .orElse(stored);
    }
}
