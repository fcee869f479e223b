package vn.kehoach.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.servlet.LocaleResolver;
import vn.kehoach.account.domain.AccountFreshness;
import vn.kehoach.account.web.LoginFailureHandler;
import vn.kehoach.audit.AuditTrail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** No inline script or style anywhere: every script is a file under /js, every style under /css. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The application uses none of these browser features; no page or injected frame may ask for them. */
    static final String PERMISSIONS_POLICY = String.join(", ", "accelerometer=()", "autoplay=()", "camera=()",
            "display-capture=()", "geolocation=()", "gyroscope=()", "magnetometer=()", "microphone=()",
            "midi=()", "payment=()", "usb=()");

    private static final long HSTS_MAX_AGE = 365L * 24 * 3600;

    /** Request attribute the 403 page reads to explain an expired form instead of a missing permission. */
    static final String CSRF_FAILURE_ATTRIBUTE = "csrfFailure";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Where sign-ins are kept: the HTTP session (and the request, for the current request). */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /** The one way in, for the form and for HTTP Basic alike: waits, locks and the audit of sign-ins. */
    @Bean
    GuardedAuthenticationProvider guardedAuthenticationProvider(AccountUserDetailsService accounts,
                                                                PasswordEncoder encoder, SignInGuard guard,
                                                                AuditTrail audit) {
        return new GuardedAuthenticationProvider(accounts, encoder, guard, audit);
    }

    @Bean
    AccountFreshnessFilter accountFreshnessFilter(AccountFreshness accounts, AccountUserDetailsService details,
                                                  SecurityContextRepository contexts) {
        return new AccountFreshnessFilter(accounts, details, contexts);
    }

    /** The freshness filter runs inside the security chains only, not a second time as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<AccountFreshnessFilter> accountFreshnessFilterRegistration(AccountFreshnessFilter filter) {
        FilterRegistrationBean<AccountFreshnessFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * JSON for integration and for the pages' own scripts: a session or HTTP Basic, 401 instead of a redirect.
     * CSRF protection applies to the session (cookie) case; a request that carries its own Authorization header
     * cannot be forged by another site.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AccountFreshnessFilter freshness,
                                 SecurityContextRepository contexts, MessageSource messages, LocaleResolver locales)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> unauthorizedJson(response, e,
                key -> messages.getMessage(key, null, locales.resolveLocale(request)));
        http.securityMatcher("/api/**")
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(freshness, AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(accessDeniedHandler()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .headers(SecurityConfig::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, LoginFailureHandler loginFailureHandler,
                                 AccountFreshnessFilter freshness, SecurityContextRepository contexts)
            throws Exception {
        http.securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(freshness, AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/fonts/**",
                                "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailureHandler))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .requestCache(cache -> cache.requestCache(cleanUrlRequestCache()))
                .exceptionHandling(ex -> ex.accessDeniedHandler(accessDeniedHandler()))
                .csrf(Customizer.withDefaults())
                .headers(SecurityConfig::headers);
        return http.build();
    }

    /**
     * HSTS goes out on HTTPS requests only (as the standard wants); behind a TLS-terminating proxy the request counts
     * as HTTPS when a trusted proxy says so in X-Forwarded-Proto (server.forward-headers-strategy=native).
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE))
                .permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY));
    }

    /** Back to the page asked for before sign-in, without Spring's "?continue" marker in the address bar. */
    private static HttpSessionRequestCache cleanUrlRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    private static AccessDeniedHandler accessDeniedHandler() {
        AccessDeniedHandlerImpl delegate = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            if (exception instanceof CsrfException) {
                request.setAttribute(CSRF_FAILURE_ATTRIBUTE, Boolean.TRUE);
            }
            delegate.handle(request, response, exception);
        };
    }

    /**
     * 401 for a missing or wrong sign-in; 429 with Retry-After while the username or the address must wait (the same
     * for an account that does not exist).
     */
    private static void unauthorizedJson(HttpServletResponse response, AuthenticationException e,
                                         UnaryOperator<String> text)
            throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (e instanceof SignInRefusedException refused) {
            long seconds = refused.remainingSeconds();
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            String detail = text.apply(switch (refused.reason()) {
                case LOCKED -> "api.unauthorized.locked";
                case ADDRESS_BLOCKED -> "api.unauthorized.blocked";
                case WAIT -> "api.unauthorized.wait";
            });
            response.getWriter().write("{\"status\":429,\"title\":\"Too Many Requests\",\"detail\":\"" + detail
                    + "\",\"retryAfterSeconds\":" + seconds + "}");
            return;
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\""
                + text.apply("api.unauthorized.signIn") + "\"}");
    }
}
