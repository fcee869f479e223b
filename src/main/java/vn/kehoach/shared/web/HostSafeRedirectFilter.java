package vn.kehoach.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Redirects never carry the request's Host header back to the browser: an absolute URL the application builds from
 * the request (Spring Security's login redirect, the page asked for before sign-in) becomes the path alone. A forged
 * {@code Host: evil.example} therefore cannot make a redirect (or a poisoned cache entry) send users elsewhere.
 */
public class HostSafeRedirectFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new RelativeRedirects(response));
    }

    /** The path, query and fragment of an absolute http(s) URL; anything else as it was. */
    static String relative(String location) {
        if (location == null) return null;
        try {
            URI uri = new URI(location);
            if (!uri.isAbsolute() || uri.getRawAuthority() == null) return location;
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return location;
            StringBuilder out = new StringBuilder(uri.getRawPath() == null || uri.getRawPath().isEmpty()
                    ? "/"
                    : uri.getRawPath());
            if (uri.getRawQuery() != null) out.append('?').append(uri.getRawQuery());
            if (uri.getRawFragment() != null) out.append('#').append(uri.getRawFragment());
            // "//evil.example" would be read as another host again.
            return out.toString().startsWith("//") ? "/" : out.toString();
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private static final class RelativeRedirects extends HttpServletResponseWrapper {

        RelativeRedirects(HttpServletResponse response) {
            super(response);
        }

        /** Sets the header itself, so that the container cannot make the location absolute again. */
        @Override
        public void sendRedirect(String location) throws IOException {
            if (isCommitted()) throw new IllegalStateException("response already committed");
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader(HttpHeaders.LOCATION, location);
            flushBuffer();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
        }
    }
}
