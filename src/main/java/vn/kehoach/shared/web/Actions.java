package vn.kehoach.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-click action (a button that posts and redirects): on success the given message, when a domain rule refuses
 * it the rule's own message, both as flash messages on the page the user returns to.
 */
public final class Actions {

    private Actions() {
    }

    public static void perform(RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success(successKey));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.danger(e.messageKey(), e.args()));
        }
    }
}
