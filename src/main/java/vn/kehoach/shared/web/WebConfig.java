package vn.kehoach.shared.web;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import vn.kehoach.shared.security.CurrentUserArgumentResolver;
import vn.kehoach.shared.text.DayMonthYear;
import vn.kehoach.shared.text.VietnameseNumbers;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    /** Vietnam has one time zone; "today" and deadlines are Vietnamese dates whatever the server's zone. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }

    /**
     * Vietnamese unless the user picked English with ?lang=en (kept in a cookie); the browser's language is ignored.
     * The cookie is as secure and as closed to scripts as the session's.
     */
    @Bean
    LocaleResolver localeResolver(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocale(Locale.forLanguageTag("vi"));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSecure(secure);
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new InvalidFormStatusInterceptor());
        registry.addInterceptor(new PagingModelInterceptor());
    }

    /**
     * Dates and whole numbers as officials type them, in every form and parameter: "5/7/2025" as well as
     * "05/07/2025", "1.250" as well as "1250". Registered after Spring's own, so they are the ones used, also for
     * fields that name the shown pattern with {@code @DateTimeFormat}.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return DayMonthYear.parse(text);
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return DayMonthYear.format(date);
            }
        });
        registry.addFormatterForFieldType(Integer.class, new Formatter<Integer>() {
            @Override
            public Integer parse(String text, Locale locale) {
                Long value = VietnameseNumbers.parseWhole(text);
                return value == null ? null : Math.toIntExact(value);
            }

            @Override
            public String print(Integer value, Locale locale) {
                return value.toString();
            }
        });
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }

    /**
     * Switched off: Spring's ResourceUrlEncodingFilter (on with the resource chain that serves the version-less WebJars
     * URLs) asks the static resource handler about every link a page writes, and since static resources are mapped to
     * "/**" each link is a failed search of the packaged jar's classpath: a province's plan page with its 1,600
     * coverage links spent a second in it. The WebJars links need no rewriting: the chain finds their version when
     * they are requested. Declaring the registration, disabled, keeps Boot's Thymeleaf configuration from adding its own.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /** First of all filters, so that every redirect, Spring Security's included, passes through it. */
    @Bean
    FilterRegistrationBean<HostSafeRedirectFilter> hostSafeRedirectFilter() {
        FilterRegistrationBean<HostSafeRedirectFilter> registration = new FilterRegistrationBean<>(
                new HostSafeRedirectFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Before every other filter but the character encoding (the parameters are read with it), and before Spring
     * Security, whose CSRF check is the first to read them: see {@link RequestLimitsFilter}.
     */
    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(RequestLimits limits, MessageSource messages,
                                                                    LocaleResolver localeResolver) {
        FilterRegistrationBean<RequestLimitsFilter> registration = new FilterRegistrationBean<>(
                new RequestLimitsFilter(limits, messages, localeResolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * Errors Tomcat answers itself (a malformed request line, say) must not print its report with server version and
     * exception text either.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> quietTomcatErrors() {
        return factory -> factory.addContextCustomizers(context -> {
            ErrorReportValve valve = new ErrorReportValve();
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            context.getParent().getPipeline().addValve(valve);
        });
    }
}
