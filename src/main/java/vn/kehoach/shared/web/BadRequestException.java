package vn.kehoach.shared.web;

/**
 * A request no page of the application sends (a date in a parameter that is none, say): answered 400 with the
 * message, in the user's language, instead of failing deeper down.
 */
public class BadRequestException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BadRequestException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
