package vn.kehoach.shared.web;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import vn.kehoach.shared.text.InputText;

import java.beans.PropertyDescriptor;
import java.beans.PropertyEditorSupport;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How every request parameter, path variable and form field becomes a value, in one place.
 * <ul>
 * <li>Text is cleaned before anything reads it ({@link InputText}): a NUL byte typed or pasted anywhere used to
 * reach PostgreSQL, which refuses the statement (a 500). Passwords are taken as typed: they are only hashed.</li>
 * <li>A form's text fields are trimmed, and one left blank is null (Spring's {@link StringTrimmerEditor}), so that no
 * form repeats it: a space typed into an optional field is no value. Prose ({@link Narrative}) keeps its whitespace;
 * parameters outside a form are only cleaned.</li>
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
        Object target = binder.getTarget();
        if (target == null) {
            binder.registerCustomEditor(String.class, new CleanText());
            return;
        }
        binder.registerCustomEditor(String.class, new Trimmed());
        for (Untrimmed field : UNTRIMMED.get(target.getClass())) {
            binder.registerCustomEditor(String.class, field.path(), field.asTyped() ? new AsTyped() : new CleanText());
        }
    }

    /** A text field that is not trimmed: a password taken as typed, or prose only cleaned. */
    private record Untrimmed(String path, boolean asTyped) {
    }

    /**
     * The untrimmed fields of each class, found once: Spring makes a binder for every object a page puts in its
     * model, not only for forms, and looking through a class's properties on each was a tenth of the start page.
     */
    private static final ClassValue<List<Untrimmed>> UNTRIMMED = new ClassValue<>() {
        @Override
        protected List<Untrimmed> computeValue(Class<?> type) {
            List<Untrimmed> found = new ArrayList<>();
            untrimmed(type, "", 0, found);
            return List.copyOf(found);
        }
    };

    /**
     * The fields of a form (and of its rows, whose paths Spring matches without the index: {@code entries.narrative}
     * for {@code entries[3].narrative}) that are not trimmed: passwords taken as typed, prose only cleaned.
     */
    private static void untrimmed(Class<?> type, String prefix, int depth, List<Untrimmed> found) {
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            String path = prefix + property.getName();
            Class<?> propertyType = property.getPropertyType();
            if (propertyType == String.class) {
                if (property.getName().toLowerCase(Locale.ROOT).contains("password")) {
                    found.add(new Untrimmed(path, true));
                } else if (annotated(type, property.getName())) {
                    found.add(new Untrimmed(path, false));
                }
            } else if (depth < 3 && property.getReadMethod() != null) {
                Class<?> row = rowType(property, propertyType);
                if (row != null) untrimmed(row, path + ".", depth + 1, found);
            }
        }
    }

    /** The application's own class a property holds, directly or as the elements of a list; null otherwise. */
    private static Class<?> rowType(PropertyDescriptor property, Class<?> propertyType) {
        Class<?> candidate = propertyType;
        if (propertyType != null && List.class.isAssignableFrom(propertyType)) {
            candidate = ResolvableType.forMethodReturnType(property.getReadMethod()).asCollection().resolveGeneric();
        }
        return candidate != null && candidate.getName().startsWith(APPLICATION_PACKAGE) && !candidate.isEnum()
                ? candidate
                : null;
    }

    private static final String APPLICATION_PACKAGE = "vn.kehoach.";

    private static boolean annotated(Class<?> type, String name) {
        Field field = ReflectionUtils.findField(type, name);
        return field != null && field.isAnnotationPresent(Narrative.class);
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

    /** Cleaned text without leading and trailing whitespace; null when nothing is left. */
    static final class Trimmed extends PropertyEditorSupport {

        private final StringTrimmerEditor trimmer = new StringTrimmerEditor(true);

        @Override
        public void setAsText(String text) {
            trimmer.setAsText(InputText.clean(text));
            setValue(trimmer.getValue());
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
