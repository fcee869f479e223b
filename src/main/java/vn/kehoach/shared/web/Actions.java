package vn.kehoach.shared.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a button or a form that posts and redirects does with the answer, in one place: on success a message on the
 * page it leads to; when a domain rule refuses it, the rule's own message (as a flash message after a one-click
 * action, beside the form's fields for a form, the input kept); anything else the caller names ({@link Attempt#on}),
 * and what is not named goes on to {@link GlobalExceptionHandler}.
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
        return form(result, redirect, page).perform(successKey, target, action);
    }

    /** The success message on the page {@code target}: the view name that goes there. */
    public static String done(RedirectAttributes redirect, String successKey, String target, Object... args) {
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success(successKey, args));
        return "redirect:" + target;
    }

    /** A one-click action: only what {@link Attempt#refusedTo} and {@link Attempt#on} name is caught. */
    public static Attempt click(RedirectAttributes redirect) {
        return new Attempt(redirect, null, null);
    }

    /**
     * A form: the page again from {@code page} when the form's checks fail, or when a domain rule refuses it, with
     * the problems beside the form's fields.
     */
    public static Attempt form(BindingResult result, RedirectAttributes redirect, Supplier<String> page) {
        Attempt attempt = new Attempt(redirect, result, page);
        return attempt.fallback(BusinessRuleException.class, e -> {
            FormErrors.reject(result, e);
            return page.get();
        });
    }

    /** An action and the answers it may get, the first one named that fits an exception being the one given. */
    public static final class Attempt {

        private final RedirectAttributes redirect;
        private final BindingResult result;
        private final Supplier<String> page;
        private final List<Answer<?>> answers = new ArrayList<>();
        /** How many answers at the end of the list are the defaults, tried after those the caller names. */
        private int defaults;

        private Attempt(RedirectAttributes redirect, BindingResult result, Supplier<String> page) {
            this.redirect = redirect;
            this.result = result;
            this.page = page;
        }

        private record Answer<E extends RuntimeException>(Class<E> type, Function<? super E, String> view) {

            String apply(RuntimeException e) {
                return view.apply(type.cast(e));
            }
        }

        /** Exceptions of this type answered with the view the function gives; named before the defaults. */
        public <E extends RuntimeException> Attempt on(Class<E> type, Function<? super E, String> view) {
            answers.add(answers.size() - defaults, new Answer<>(type, view));
            return this;
        }

        private <E extends RuntimeException> Attempt fallback(Class<E> type, Function<? super E, String> view) {
            answers.add(new Answer<>(type, view));
            defaults++;
            return this;
        }

        /** A domain rule refusing it: its own message, as a danger flash on the page {@code target}. */
        public Attempt refusedTo(String target) {
            return fallback(BusinessRuleException.class, e -> {
                redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.danger(e.messageKey(), e.args()));
                return "redirect:" + target;
            });
        }

        /**
         * Someone changed it first ({@code type}, the module's own stale-version exception): a warning that the page
         * {@code target} now shows it as it is, where the user can do it again.
         */
        public Attempt staleTo(String warningKey, Class<? extends RuntimeException> type, String target) {
            return on(type, e -> {
                redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.warning(warningKey));
                return "redirect:" + target;
            });
        }

        /**
         * Someone saved the same record first (its version moved): the form again with the user's input and a notice
         * at its top; saving again overwrites the other change.
         */
        public Attempt conflictTold() {
            return on(ObjectOptimisticLockingFailureException.class, e -> {
                result.reject("form.conflict");
                return page.get();
            });
        }

        /** Does it and gives the view it leads to (usually {@link Actions#done}), or the answer to its refusal. */
        public String then(Supplier<String> action) {
            if (result != null && result.hasErrors()) return page.get();
            try {
                return action.get();
            } catch (RuntimeException e) {
                for (Answer<?> answer : answers) {
                    if (answer.type().isInstance(e)) return answer.apply(e);
                }
                throw e;
            }
        }

        /** Does it, then the page {@code target} with the success message (none when the key is null). */
        public String perform(String successKey, String target, Runnable action) {
            return then(() -> {
                action.run();
                if (successKey == null) return "redirect:" + target;
                return done(redirect, successKey, target);
            });
        }
    }
}
