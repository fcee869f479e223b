package vn.kehoach.shared.web;

/**
 * A request that is well-formed but breaks a rule of the domain (a plan that is not a draft cannot be edited, …).
 * The message key is shown to the user; the request is answered with 409 (state) or 400 (input).
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BusinessRuleException(String messageKey, Object... args) {
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
