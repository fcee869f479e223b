package vn.kehoach.shared;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a form's markup asks the browser to check (required, maxlength, min, max, pattern, a number or date input),
 * the form object it is bound to checks too, with the same limit: a request sent without the browser, or by an older
 * page, meets the same rules and gets the same messages.
 *
 * <p>Templates are read as the developer wrote them: each POST form with {@code th:object}, each control bound with
 * {@code th:field}. Rows of lists ({@code *{rows[__${i}__].note}}) are followed to the element type of the list.
 */
class FormRulesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Form objects whose model name is not their class name. */
    private static final Map<String, String> CLASS_OF = Map.ofEntries(
            Map.entry("returnForm", "ReasonForm"), Map.entry("revokeForm", "ReasonForm"),
            Map.entry("sendBackForm", "ReasonForm"), Map.entry("unlockForm", "ReasonForm"),
            Map.entry("fromFile", "SourceForm"), Map.entry("fromText", "SourceForm"),
            Map.entry("focalForm", "AgencyDateForms$Focal"), Map.entry("closeForm", "AgencyDateForms$Close"),
            Map.entry("roster/import.html#importForm", "UnitImportForm"),
            Map.entry("document/preview.html#importForm", "ImportForm"),
            Map.entry("indicator/catalogue-form.html#targetForm", "vn.kehoach.indicator.web.TargetForm"));
    /** Forms the browser checks that are not the application's: the sign-in form belongs to Spring Security. */
    private static final Set<String> NOT_FORM_OBJECTS = Set.of("account/login.html");
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("^\\*\\{(.+)}$");
    private static final java.util.regex.Pattern ROW_INDEX = java.util.regex.Pattern.compile("\\[__\\$\\{[^}]+}__]");

    @Test
    void everyRuleTheBrowserChecksIsCheckedOnTheServer() throws IOException {
        Map<String, Class<?>> forms = formClasses();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString();
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element form : doc.select("form")) {
                if (!form.attr("method").equalsIgnoreCase("post") || NOT_FORM_OBJECTS.contains(name)) continue;
                List<Element> checkedByBrowser = form.select("input, textarea, select").stream()
                        .filter(FormRulesTests::browserChecks).toList();
                if (checkedByBrowser.isEmpty()) continue;
                String object = form.attr("th:object").replaceAll("^\\$\\{(.+)}$", "$1");
                if (object.isEmpty()) {
                    checkedByBrowser.stream().filter(e -> !e.attr("type").equals("file"))
                            .forEach(e -> missing.add(name + ": " + e.attr("name") + " is checked by the browser"
                                    + " in a form bound to no form object"));
                    continue;
                }
                Class<?> type = formClass(forms, CLASS_OF.getOrDefault(name + "#" + object,
                        CLASS_OF.getOrDefault(object, Character.toUpperCase(object.charAt(0)) + object.substring(1))));
                assertThat(type).as("form object class of %s in %s", object, name).isNotNull();
                for (Element control : checkedByBrowser) {
                    Matcher field = FIELD.matcher(control.attr("th:field"));
                    if (!field.matches() || field.group(1).startsWith("__")) continue; // a name made at run time
                    String path = ROW_INDEX.matcher(field.group(1)).replaceAll("");
                    Field target = field(type, path);
                    assertThat(target).as("%s: %s.%s", name, object, path).isNotNull();
                    missing.addAll(compare(name + ": " + object + "." + path, control, target));
                    checked++;
                }
            }
        }
        assertThat(checked).as("controls checked").isGreaterThan(5);
        assertThat(missing).as("rules the browser checks but the server does not").isEmpty();
    }

    /** A form the user types into is bound to a form object and shows its problems in the shared summary. */
    @Test
    void everyFormTheUserFillsInHasTheErrorSummary() throws IOException {
        List<String> without = new ArrayList<>();
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString();
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element form : doc.select("form")) {
                if (!form.attr("method").equalsIgnoreCase("post") || NOT_FORM_OBJECTS.contains(name)) continue;
                boolean typedInto = form.select("input, textarea, select").stream()
                        .anyMatch(e -> !Set.of("hidden", "submit", "file", "checkbox").contains(e.attr("type")))
                        || form.select("[th:replace*='Field('], [th:insert*=row]").size() > 0;
                boolean summary = form.select("[th:replace*=errorSummary]").size() > 0;
                if (typedInto && (!summary || form.attr("th:object").isEmpty())) {
                    without.add(name + ": form " + form.attr("th:action"));
                }
            }
        }
        assertThat(without).as("forms without a form object and the error summary").isEmpty();
    }

    private static boolean browserChecks(Element control) {
        return control.hasAttr("required") || control.hasAttr("maxlength") || control.hasAttr("min")
                || control.hasAttr("max") || control.hasAttr("pattern")
                || Set.of("number", "date", "email").contains(control.attr("type"));
    }

    private static List<String> compare(String where, Element control, Field field) {
        List<String> missing = new ArrayList<>();
        if (control.hasAttr("required") && !control.attr("type").equals("file")
                && !has(field, NotBlank.class) && !has(field, NotNull.class) && !has(field, NotEmpty.class)) {
            missing.add(where + ": required, but no @NotBlank/@NotNull");
        }
        if (control.hasAttr("maxlength")) {
            Size size = annotation(field, Size.class);
            if (size == null || size.max() != Integer.parseInt(control.attr("maxlength"))) {
                missing.add(where + ": maxlength=" + control.attr("maxlength") + ", server "
                        + (size == null ? "none" : "@Size(max=" + size.max() + ")"));
            }
        }
        Min min = annotation(field, Min.class);
        DecimalMin decimalMin = annotation(field, DecimalMin.class);
        Max max = annotation(field, Max.class);
        DecimalMax decimalMax = annotation(field, DecimalMax.class);
        bound(where, control, "min", min == null ? null : min.value(), decimalMin == null ? null : decimalMin.value(),
                missing);
        bound(where, control, "max", max == null ? null : max.value(), decimalMax == null ? null : decimalMax.value(),
                missing);
        if (control.hasAttr("pattern") && !has(field, Pattern.class)) {
            missing.add(where + ": pattern without @Pattern");
        }
        if (control.attr("type").equals("number") && !Number.class.isAssignableFrom(field.getType())
                && !has(field, Pattern.class)) {
            missing.add(where + ": a number input bound to " + field.getType().getSimpleName());
        }
        if (control.attr("type").equals("date") && field.getType() != LocalDate.class) {
            missing.add(where + ": a date input bound to " + field.getType().getSimpleName());
        }
        if (control.attr("type").equals("email") && !has(field, Email.class)) {
            missing.add(where + ": an e-mail input without @Email");
        }
        return missing;
    }

    /** A min or max attribute needs the same bound on the server, as @Min/@Max or @DecimalMin/@DecimalMax. */
    private static void bound(String where, Element control, String attribute, Long whole, String decimal,
                              List<String> missing) {
        if (!control.hasAttr(attribute)) return;
        String value = control.attr(attribute);
        if (!value.equals(String.valueOf(whole)) && !value.equals(decimal)) {
            missing.add(where + ": " + attribute + "=" + value + " without the same bound on the server");
        }
    }

    /** The field a property path names, through lists and maps to their elements ("legalBasis.documentDate"). */
    private static Field field(Class<?> type, String path) {
        Class<?> current = type;
        Field found = null;
        for (String part : path.split("\\.")) {
            if (current == null) return null;
            found = declared(current, part.replaceAll("\\[.*]$", ""));
            if (found == null) return null;
            current = elementType(found.getGenericType());
        }
        return found;
    }

    private static Field declared(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            Type element = args[args.length - 1];
            return element instanceof Class<?> c ? c : null;
        }
        return type instanceof Class<?> c ? c : null;
    }

    /** On the field, or on the element type of a collection ({@code Map<String, @Size(max = 5000) String>}). */
    private static <A extends Annotation> A annotation(Field field, Class<A> kind) {
        A direct = field.getAnnotation(kind);
        if (direct != null) return direct;
        AnnotatedType type = field.getAnnotatedType();
        if (type instanceof AnnotatedParameterizedType p) {
            AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
            return args[args.length - 1].getAnnotation(kind);
        }
        return null;
    }

    private static boolean has(Field field, Class<? extends Annotation> kind) {
        return annotation(field, kind) != null;
    }

    /** By simple name, or by full name where two modules have a form of the same name. */
    private static Class<?> formClass(Map<String, Class<?>> forms, String name) {
        if (!name.contains(".")) return forms.get(name);
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The application's form classes by simple name (nested ones as "Outer$Inner"); null where it is ambiguous. */
    private static Map<String, Class<?>> formClasses() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
        Map<String, Class<?>> classes = new HashMap<>();
        for (Resource resource : resolver.getResources("classpath*:vn/kehoach/**/web/*Form*.class")) {
            if (resource.getURL().toString().contains("/test-classes/")) continue;
            String className = readers.getMetadataReader(resource).getClassMetadata().getClassName();
            try {
                Class<?> type = Class.forName(className, false, FormRulesTests.class.getClassLoader());
                String simple = type.getName().substring(type.getName().lastIndexOf('.') + 1);
                classes.merge(simple, type, (a, b) -> null);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
