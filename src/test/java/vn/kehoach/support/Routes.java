package vn.kehoach.support;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.pattern.PathPattern;
import vn.kehoach.shared.security.CurrentUser;

import java.beans.PropertyDescriptor;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every route of the application as its handler mappings declare it, with what a request to it may carry: path
 * variables, request parameters, and the properties of its form objects (nested lists as {@code rows[0].field}).
 * Tests walk these instead of a list, so that a new route or field is covered without being named.
 */
public final class Routes {

    private static final int MAX_DEPTH = 4;
    private static final Set<String> THINGS = Set.of("unit", "agency", "plan", "report");
    private static final Set<Class<?>> RESOLVED_BY_FRAMEWORK = Set.of(CurrentUser.class, Model.class,
            RedirectAttributes.class, Locale.class);

    private Routes() {
    }

    public enum Source { PATH, QUERY, FORM, FILE }

    /**
     * @param type the Java type the value is bound to (the element type of a list)
     * @param list whether several values (or elements) are bound
     */
    public record Input(String name, Class<?> type, Source source, boolean list) {

        /** Whether it names something by id: a number type named like an id, or any number in the path. */
        public boolean carriesId() {
            boolean number = type == Long.class || type == long.class;
            if (!number) return false;
            String last = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
            if (last.equals("version")) return false;
            // A filter bound into a form object names its thing plainly ("unit" of the audit search).
            return source == Source.PATH || source == Source.QUERY || last.endsWith("Id") || last.endsWith("Ids")
                    || THINGS.contains(last);
        }
    }

    public record Route(String pattern, PathPattern pathPattern, HttpMethod method, HandlerMethod handler,
                        List<Input> inputs) {

        public List<Input> pathVariables() {
            return inputs.stream().filter(i -> i.source() == Source.PATH).toList();
        }

        public List<Input> fields() {
            return inputs.stream().filter(i -> i.source() == Source.QUERY || i.source() == Source.FORM).toList();
        }

        public boolean multipart() {
            return inputs.stream().anyMatch(i -> i.source() == Source.FILE);
        }

        public boolean isGet() { return method == HttpMethod.GET; }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** The application's own routes (package vn.kehoach), one per pattern and method, in a stable order. */
    public static List<Route> of(RequestMappingHandlerMapping mapping) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            String pkg = handler.getBeanType().getPackageName();
            // The application's handlers; those of the tests (a controller that fails on purpose) are not routes.
            if (!pkg.startsWith("vn.kehoach") || pkg.startsWith("vn.kehoach.support")) continue;
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<Input> inputs = inputs(handler);
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(pattern.getPatternString(), pattern, method.asHttpMethod(), handler, inputs));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(r -> r.method().name()));
        return routes;
    }

    static List<Input> inputs(HandlerMethod handler) {
        List<Input> inputs = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (path != null) {
                inputs.add(new Input(name(path.name(), path.value(), parameter), type, Source.PATH, false));
            } else if (param != null) {
                String name = name(param.name(), param.value(), parameter);
                Class<?> element = elementType(parameter);
                boolean list = Collection.class.isAssignableFrom(type) || type.isArray();
                boolean file = MultipartFile.class.isAssignableFrom(list ? element : type);
                inputs.add(new Input(name, list ? element : type, file ? Source.FILE : Source.QUERY, list));
            } else if (parameter.hasParameterAnnotation(RequestHeader.class) || !isForm(parameter)) {
                continue;
            } else {
                properties(type, "", 0, inputs);
            }
        }
        return inputs;
    }

    private static boolean isForm(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        if (parameter.hasParameterAnnotation(ModelAttribute.class)) return true;
        if (BeanUtils.isSimpleProperty(type) || RESOLVED_BY_FRAMEWORK.contains(type)) return false;
        if (Errors.class.isAssignableFrom(type) || Principal.class.isAssignableFrom(type)) return false;
        String pkg = type.getPackageName();
        return pkg.startsWith("vn.kehoach") && !type.isInterface();
    }

    /** The bindable properties of a form object, nested ones with their path. */
    private static void properties(Class<?> type, String prefix, int depth, List<Input> inputs) {
        if (depth > MAX_DEPTH) return;
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() == null && !Collection.class.isAssignableFrom(property.getPropertyType())) {
                continue;
            }
            if (property.getReadMethod() == null) continue;
            Class<?> propertyType = property.getPropertyType();
            String name = prefix + property.getName();
            if (MultipartFile.class.isAssignableFrom(propertyType)) {
                inputs.add(new Input(name, propertyType, Source.FILE, false));
            } else if (Collection.class.isAssignableFrom(propertyType) || propertyType.isArray()) {
                Class<?> element = ResolvableType.forMethodReturnType(property.getReadMethod()).asCollection()
                        .resolveGeneric(0);
                if (propertyType.isArray()) element = propertyType.getComponentType();
                if (element == null || BeanUtils.isSimpleProperty(element)) {
                    inputs.add(new Input(name, element == null ? String.class : element, Source.FORM, true));
                } else {
                    properties(element, name + "[0].", depth + 1, inputs);
                }
            } else if (Map.class.isAssignableFrom(propertyType)) {
                inputs.add(new Input(name + "[key]", String.class, Source.FORM, false));
            } else if (BeanUtils.isSimpleProperty(propertyType)) {
                if (property.getWriteMethod() != null) inputs.add(new Input(name, propertyType, Source.FORM, false));
            } else if (property.getWriteMethod() != null || depth < MAX_DEPTH) {
                properties(propertyType, name + ".", depth + 1, inputs);
            }
        }
    }

    private static Class<?> elementType(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        if (type.isArray()) return type.getComponentType();
        if (!Collection.class.isAssignableFrom(type)) return type;
        Class<?> element = ResolvableType.forMethodParameter(parameter).asCollection().resolveGeneric(0);
        return element == null ? String.class : element;
    }

    private static String name(String name, String value, MethodParameter parameter) {
        if (!name.isEmpty()) return name;
        if (!value.isEmpty()) return value;
        return parameter.getParameterName();
    }

    /** The path of a route with its variables filled in ("/plans/{id}" and id=5: "/plans/5"). */
    public static String expand(String pattern, Map<String, String> variables) {
        StringBuilder path = new StringBuilder();
        for (String segment : pattern.split("/")) {
            if (segment.isEmpty()) continue;
            path.append('/');
            if (segment.startsWith("{")) {
                path.append(variables.get(segment.replaceAll("[{}]", "").replaceAll(":.*", "")));
            } else {
                path.append(segment);
            }
        }
        return path.isEmpty() ? "/" : path.toString();
    }
}
