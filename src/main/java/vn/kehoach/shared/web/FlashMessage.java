package vn.kehoach.shared.web;

import java.io.Serializable;

/**
 * A one-time message shown after a redirect. It carries a message key and arguments, never ready-made text, so that
 * it is rendered in the user's language.
 */
public record FlashMessage(Kind kind, String key, Object[] args) implements Serializable {

    /** The flash attribute name the layout reads. */
    public static final String ATTRIBUTE = "flash";

    public enum Kind { SUCCESS, INFO, WARNING, DANGER;

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
