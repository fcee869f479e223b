package vn.kehoach.shared.web;

import java.util.List;

/**
 * A request that is well-formed but breaks a rule of the domain (a plan that is not a draft cannot be edited, …).
 * The message key is shown to the user; the request is answered with 409 (state) or 400 (input). A rule about one
 * input names the form field it concerns, so that the form shows the message beside it; several rules broken by one
 * submission travel together ({@link Problems}), so that the user learns of all of them at once.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public BusinessRuleException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private BusinessRuleException(String field, String messageKey, Object[] args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** A rule about one input: the field of the form (or command) it concerns. */
    public static BusinessRuleException onField(String field, String messageKey, Object... args) {
        return new BusinessRuleException(field, messageKey, args);
    }

    /** The form field the rule is about; null for the request as a whole. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    /** Every broken rule this exception stands for: itself, or all of them when several were found together. */
    public List<BusinessRuleException> brokenRules() {
        return List.of(this);
    }
}
