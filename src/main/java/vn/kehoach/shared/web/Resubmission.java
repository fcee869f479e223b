package vn.kehoach.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A form the database could not take: sent again as it was typed from the "try again" page. Every field goes back as
 * it came (the version included, so that a save that did reach the database before the failure is not applied twice
 * but answered as a conflict); what the user wrote is also listed, to copy if they give up.
 *
 * @param action    where the form was posted, without its query (its parameters are among the fields)
 * @param fields    every submitted field and value, in order
 * @param multipart whether files were attached: they cannot be kept and must be chosen again
 */
public record Resubmission(String action, List<Field> fields, boolean multipart) {

    public record Field(String name, String value, boolean typed) {
    }

    /** Null for a request that carried no form (a GET: reloading the page is the retry). */
    public static Resubmission of(HttpServletRequest request) {
        if (!"POST".equalsIgnoreCase(request.getMethod())) return null;
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = forwarded instanceof String s ? s : request.getRequestURI();
        Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
        if (!(query instanceof String)) query = request.getQueryString();
        // Parameters of the address (which unit, which year) were not typed into the form.
        Set<String> inAddress = query == null
                ? Set.of()
                : UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams().keySet();
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            boolean fromForm = !inAddress.contains(entry.getKey());
            for (String value : entry.getValue()) {
                fields.add(new Field(entry.getKey(), value, fromForm && typed(entry.getKey(), value)));
            }
        }
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        return new Resubmission(uri, fields, multipart);
    }

    public List<Field> typedFields() {
        return fields.stream().filter(Field::typed).toList();
    }

    /** Text a person wrote, as opposed to the form's own bookkeeping (token, version, ids, flags). */
    private static boolean typed(String name, String value) {
        if (value == null || value.isBlank() || name.startsWith("_")) return false;
        String last = name.substring(name.lastIndexOf('.') + 1);
        return !last.equals("version") && !last.equals("id") && !last.endsWith("Id")
                && !value.equals("true") && !value.equals("false") && !value.equals("on");
    }
}
