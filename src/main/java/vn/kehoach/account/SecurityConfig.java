package vn.kehoach.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import vn.kehoach.account.domain.AppUserRepository;
import vn.kehoach.account.web.LoginFailureHandler;

import java.nio.charset.StandardCharsets;

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

    @Bean
    AccountFreshnessFilter accountFreshnessFilter(AppUserRepository users, AccountUserDetailsService details,
                                                  SecurityContextRepository contexts) {
        return new AccountFreshnessFilter(users, details, contexts);
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
                                 SecurityContextRepository contexts) throws Exception {
        http.securityMatcher("/api/**")
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(freshness, AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::unauthorizedJson))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(SecurityConfig::unauthorizedJson)
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
                                "/webjars/**", "/favicon.ico").permitAll()
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

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
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

    private static void unauthorizedJson(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                         org.springframework.security.core.AuthenticationException e)
            throws java.io.IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"Chưa đăng nhập\"}");
    }
}
