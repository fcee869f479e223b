package vn.kehoach.shared.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.Supplier;

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

    /**
     * An action sent with a small form (a reason, a date): done, and a redirect to {@code target} with the given
     * message; or, when the form's checks or a domain rule refuse it, the page again from {@code page} with the
     * problems beside the form's fields (the form in the model keeps what was typed).
     */
    public static String submit(BindingResult result, RedirectAttributes redirect, String successKey, String target,
                                Runnable action, Supplier<String> page) {
        if (!result.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success(successKey));
                return "redirect:" + target;
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return page.get();
    }
}
