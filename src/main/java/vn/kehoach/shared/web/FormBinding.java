package vn.kehoach.shared.web;

import org.springframework.beans.BeanUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import vn.kehoach.shared.text.InputText;

import java.beans.PropertyDescriptor;
import java.beans.PropertyEditorSupport;
import java.util.Locale;

/**
 * How every request parameter, path variable and form field becomes a value, in one place.
 * <ul>
 * <li>Text is cleaned before anything reads it ({@link InputText}): a NUL byte typed or pasted anywhere used to
 * reach PostgreSQL, which refuses the statement (a 500). Passwords are taken as typed: they are only hashed.</li>
 * <li>Lists in forms as long as real documents: Spring binds at most 256 elements of a list by default, and the
 * preview of an imported 40-page plan has over 300 sections (a 500 error on saving it). The bound that matters is the
 * number of fields a request may carry (see {@link RequestLimits}); a list cannot have more elements than that, and an
 * index beyond it is refused with 400 ({@link GlobalExceptionHandler}).</li>
 * <li>Values of the wrong type (a date that is none, an id that is no number, an unknown choice) are a field error
 * of the form (422, the form again with the message) or, for a parameter, a 400 with the reason
 * ({@link GlobalExceptionHandler}).</li>
 * </ul>
 */
@ControllerAdvice
class FormBinding {

    private final RequestLimits limits;

    FormBinding(RequestLimits limits) {
        this.limits = limits;
    }

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(limits.maxFields());
        binder.registerCustomEditor(String.class, new CleanText());
        Object target = binder.getTarget();
        if (target != null) {
            for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(target.getClass())) {
                if (property.getPropertyType() == String.class
                        && property.getName().toLowerCase(Locale.ROOT).contains("password")) {
                    binder.registerCustomEditor(String.class, property.getName(), new AsTyped());
                }
            }
        }
    }

    /** Text without control characters, NFC. */
    static final class CleanText extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(InputText.clean(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** Text exactly as sent. */
    static final class AsTyped extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
