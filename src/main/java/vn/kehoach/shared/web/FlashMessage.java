package vn.kehoach.shared.web;

import java.io.Serializable;

/**
 * A one-time message shown after a redirect. It carries a message key and arguments, never ready-made text, so that
 * it is rendered in the user's language; it may end with a link to where the user should go instead.
 */
public record FlashMessage(Kind kind, String key, Object[] args, Link link) implements Serializable {

    public FlashMessage(Kind kind, String key, Object[] args) {
        this(kind, key, args, null);
    }

    /** A link after the message: an application path and the message key (with arguments) of its text. */
    public record Link(String path, String key, Object[] args) implements Serializable {
    }

    /** The same message followed by a link. */
    public FlashMessage withLink(String path, String linkKey, Object... linkArgs) {
        return new FlashMessage(kind, key, args, new Link(path, linkKey, linkArgs));
    }

    /** The flash attribute name the layout reads. */
    public static final String ATTRIBUTE = "flash";

    public enum Kind {
        SUCCESS, INFO, WARNING, DANGER;

        /** Bootstrap's alert class suffix. */
        public String css() {
            return name().toLowerCase();
        }
    }

    public static FlashMessage success(String key, Object... args) {
        return new FlashMessage(Kind.SUCCESS, key, args);
    }

    public static FlashMessage info(String key, Object... args) {
        return new FlashMessage(Kind.INFO, key, args);
    }

    public static FlashMessage warning(String key, Object... args) {
        return new FlashMessage(Kind.WARNING, key, args);
    }

    public static FlashMessage danger(String key, Object... args) {
        return new FlashMessage(Kind.DANGER, key, args);
    }
}
