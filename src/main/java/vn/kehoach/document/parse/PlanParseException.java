package vn.kehoach.document.parse;

import java.util.Arrays;

/**
 * An upload that cannot be imported as a plan. Carries a message key (document.import.error.*) and its arguments for
 * the messages files; the exception text is never meant for the user.
 */
public class PlanParseException extends RuntimeException {

    /** Why the input was refused, with its message key. */
    public enum Reason {
        /** Empty or whitespace only. */
        EMPTY("document.import.error.empty"),
        /** Over {@link PlanFileReader#MAX_BYTES}; argument: the limit in MB. */
        TOO_LARGE("document.import.error.tooLarge"),
        /** More text than {@link PlanFileReader#MAX_CHARS}; argument: the limit in characters. */
        TOO_LONG("document.import.error.tooLong"),
        /** A picture, PDF, old .doc, other archive or binary; argument: what it was found to be. */
        UNSUPPORTED_TYPE("document.import.error.unsupportedType"),
        /** A damaged .docx or zip. */
        CORRUPT("document.import.error.corrupt"),
        /** A .docx that expands far beyond its size (zip bomb). */
        UNSAFE("document.import.error.unsafe"),
        /** Readable text, but neither "KẾ HOẠCH" nor numbered sections. */
        NOT_A_PLAN("document.import.error.notAPlan");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Reason reason;
    private final transient Object[] args;

    public PlanParseException(Reason reason, Object... args) {
        this(reason, null, args);
    }

    public PlanParseException(Reason reason, Throwable cause, Object... args) {
        super(reason.key() + (args.length == 0 ? "" : " " + Arrays.toString(args)), cause);
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.key();
    }

    public Object[] args() {
        return args.clone();
    }
}
