package vn.kehoach.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * A database failure noticed outside a controller (loading the session from the database, a filter's query) reaches
 * Boot's error page: there too it is "try again" (503) with the form kept, not a 500.
 */
class UnavailableErrorViewResolver implements ErrorViewResolver, Ordered {

    /** Boot offers its own resolver (error/404.html, error/5xx.html…) only while no other is declared: keep both. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        UnavailableErrorViewResolver unavailableErrorViewResolver() {
            return new UnavailableErrorViewResolver();
        }

        @Bean
        DefaultErrorViewResolver conventionErrorViewResolver(ApplicationContext context, WebProperties web) {
            return new DefaultErrorViewResolver(context, web.getResources());
        }
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure)
                || !DatabaseUnavailable.isCause(failure)) {
            return null;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            attributes.getResponse().setHeader(HttpHeaders.RETRY_AFTER, GlobalExceptionHandler.RETRY_AFTER_SECONDS);
        }
        // The view's own status (503) replaces the 500 the error controller set.
        return GlobalExceptionHandler.unavailablePage(request);
    }

    @Override
    public int getOrder() { return Ordered.HIGHEST_PRECEDENCE; }
}
