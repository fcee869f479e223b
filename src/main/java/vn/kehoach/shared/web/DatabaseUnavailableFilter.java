package vn.kehoach.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The outermost filter: a database failure that escapes everything else (the sessions kept in the database cannot be
 * read or written, so no page and not even Boot's error page can run) is answered here with the same "try again" page
 * (503, the typed form kept), rendered without a session.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Before Spring Session's filter (Integer.MIN_VALUE + 50) and Spring Security's. */
        @Bean
        FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
                                                                                    ObjectProvider<ThymeleafViewResolver> views,
                                                                                    LocaleResolver locales,
                                                                                    MessageSource messages) {
            FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
                    new DatabaseUnavailableFilter(views, locales, messages));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }

    private final ObjectProvider<ThymeleafViewResolver> views;
    private final LocaleResolver locales;
    private final MessageSource messages;

    DatabaseUnavailableFilter(ObjectProvider<ThymeleafViewResolver> views, LocaleResolver locales,
                              MessageSource messages) {
        this.views = views;
        this.locales = locales;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) throw e;
            log.warn("Database unavailable for {} {} (outside the controllers): {}", request.getMethod(),
                    request.getRequestURI(), e.toString());
            try {
                answer(request, response);
            } catch (Exception rendering) {
                e.addSuppressed(rendering);
                throw e;
            }
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, GlobalExceptionHandler.RETRY_AFTER_SECONDS);
        Locale locale = locales.resolveLocale(request);
        if (GlobalExceptionHandler.isApi(request)) {
            String text = messages.getMessage("error.503.text", null, locale);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\","
                    + "\"code\":\"error.503.text\"}");
            return;
        }
        ModelAndView page = GlobalExceptionHandler.unavailablePage(request);
        // The layout would read a fresh CSRF token from the session, which lives in the unreachable database; the
        // form to send again carries the token it came with.
        request.removeAttribute("_csrf");
        request.removeAttribute(CsrfToken.class.getName());
        // Thymeleaf's resolver itself: the content-negotiating one needs the dispatcher's request context.
        View view = views.getObject().resolveViewName(page.getViewName(), locale);
        if (view == null) throw new IllegalStateException("no view for " + page.getViewName());
        view.render(page.getModel(), request, response);
    }
}
