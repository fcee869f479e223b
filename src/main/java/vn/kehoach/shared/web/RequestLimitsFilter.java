package vn.kehoach.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers a request Tomcat refused to read (a form or upload above the limits in application.properties, or a
 * malformed one) in the application, in the user's language.
 * <p>
 * Tomcat refuses by throwing from the first {@code getParameter}: in Spring Security's CSRF check, and again on the
 * error page, which reads parameters too; the user got Tomcat's English "413 Payload Too Large" and lost the page.
 * This filter reads the parameters before anything else. When Tomcat refuses them, nothing of the request is used:
 * the page the user came from (the Referer, on this site) is shown again, as a GET through the whole security chain,
 * with the reason and the refusal's status; without such a page, the error page. Scripts (fetch) and the API get
 * the reason as text or as a JSON problem.
 */
final class RequestLimitsFilter extends OncePerRequestFilter {

    /** Header the pages' scripts send with fetch(): they show the answer's text themselves. */
    static final String SCRIPT_HEADER = "X-Requested-With";

    private final RequestLimits limits;
    private final MessageSource messages;
    private final LocaleResolver locales;

    RequestLimitsFilter(RequestLimits limits, MessageSource messages, LocaleResolver locales) {
        this.limits = limits;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InvalidParameterException refused = null;
        if (carriesForm(request)) {
            try {
                request.getParameterMap();
            } catch (InvalidParameterException e) {
                refused = e;
            }
        }
        if (refused == null) {
            chain.doFilter(request, response);
        } else if (!clientGone(refused)) {
            refuse(request, response, refused);
        }
    }

    private static boolean carriesForm(HttpServletRequest request) {
        return isType(request, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || isType(request, MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private static boolean isType(HttpServletRequest request, String type) {
        String actual = request.getContentType();
        return actual != null && actual.toLowerCase(Locale.ROOT).startsWith(type);
    }

    private static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClientAbortException) return true;
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, InvalidParameterException e)
            throws ServletException, IOException {
        boolean tooLarge = e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value();
        boolean upload = isType(request, MediaType.MULTIPART_FORM_DATA_VALUE);
        String key;
        Object[] args;
        if (tooLarge && upload) {
            key = "error.request.uploadTooLarge";
            args = new Object[]{RequestLimits.megabytes(limits.maxFileBytes()),
                    RequestLimits.megabytes(limits.maxUploadBytes())};
        } else if (tooLarge) {
            key = "error.request.formTooLarge";
            args = new Object[]{RequestLimits.megabytes(limits.maxFormBytes())};
        } else {
            // Tomcat answers 400 both for a malformed body and for too many fields.
            key = "error.request.unreadable";
            args = new Object[]{limits.maxFields()};
        }
        int status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value();
        logger.info("Request refused by the container (" + status + ") on " + request.getRequestURI() + ": "
                + e.getMessage());
        if (GlobalExceptionHandler.isApi(request) || request.getHeader(SCRIPT_HEADER) != null) {
            answerAsText(request, response, status, key, args);
            return;
        }
        HttpServletRequest asGet = new RefusedRequest(request);
        response.setStatus(status);
        String back = pageBefore(request);
        if (back != null) {
            request.setAttribute(FlashMessage.ATTRIBUTE, FlashMessage.danger(key, args));
            request.getRequestDispatcher(back).forward(asGet, response);
        } else {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
            request.setAttribute("detail", text(request, key, args));
            request.getRequestDispatcher("/error").forward(asGet, response);
        }
    }

    private void answerAsText(HttpServletRequest request, HttpServletResponse response, int status, String key,
                              Object[] args)
            throws IOException {
        String text = text(request, key, args);
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (GlobalExceptionHandler.isApi(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"status\":" + status + ",\"code\":\"" + key + "\",\"detail\":\""
                    + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(text);
        }
    }

    private String text(HttpServletRequest request, String key, Object[] args) {
        return messages.getMessage(key, args, key, locales.resolveLocale(request));
    }

    /** The path (with its query) of the page on this site the form was sent from, or null. */
    static String pageBefore(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) return null;
        URI uri;
        try {
            uri = URI.create(referer);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                || port != request.getServerPort()) {
            return null;
        }
        String path = uri.getRawPath();
        String context = request.getContextPath();
        if (path == null || !path.startsWith(context + "/")) return null;
        path = path.substring(context.length());
        if (path.startsWith("//") || path.startsWith("/error")) return null;
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** The refused request as a plain GET without a body: what the page it forwards to needs, nothing sent. */
    private static final class RefusedRequest extends HttpServletRequestWrapper {

        RefusedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() { return "GET"; }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() { return Map.of(); }

        @Override
        public Enumeration<String> getParameterNames() { return Collections.emptyEnumeration(); }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getContentType() { return null; }

        @Override
        public int getContentLength() { return 0; }

        @Override
        public long getContentLengthLong() { return 0; }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name)
                    ? null
                    : super.getHeader(name);
        }

        @Override
        public Collection<Part> getParts() { return List.of(); }

        @Override
        public Part getPart(String name) {
            return null;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public boolean isFinished() { return true; }

                @Override
                public boolean isReady() { return true; }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("no body");
                }

                @Override
                public int read() {
                    return -1;
                }
            };
        }

        @Override
        public BufferedReader getReader() { return new BufferedReader(new StringReader("")); }
    }
}
