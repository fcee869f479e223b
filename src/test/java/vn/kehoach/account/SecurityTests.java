package vn.kehoach.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.kehoach.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class SecurityTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void redirectsAnonymousVisitorsToLogin() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void answersApiCallsOfAnonymousVisitorsWith401() {
        assertThat(mvc.get().uri("/api/anything")).hasStatus(401);
    }

    @Test
    void showsVietnameseLoginPage() {
        MvcTestResult result = mvc.get().uri("/login").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Đăng nhập").contains("lang=\"vi\"")
                .contains("<meta name=\"_csrf\"").contains("<meta name=\"_csrf_header\"");
    }

    @Test
    void signsInWithTheDemoAdministrator() {
        MvcTestResult result = mvc.perform(formLogin("/login").user("admin").password("Demo@2025"));
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        assertThat(result.getMvcResult().getRequest().getSession(false)).isNotNull();
    }

    @Test
    void refusesAWrongPasswordAndKeepsTheUsername() {
        MvcTestResult result = mvc.perform(formLogin("/login").user("admin").password("wrong"));
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error=bad");

        MvcTestResult page = mvc.get().uri("/login?error=bad")
                .session((MockHttpSession) result.getMvcResult().getRequest().getSession())
                .exchange();
        assertThat(page).bodyText().contains("Tên đăng nhập hoặc mật khẩu không đúng").contains("value=\"admin\"");
    }

    @Test
    void refusesAnUnknownUser() {
        assertThat(mvc.perform(formLogin("/login").user("nobody").password("Demo@2025")))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error=bad");
    }

    @Test
    void refusesLogoutWithoutCsrfToken() {
        assertThat(mvc.post().uri("/logout").with(user("admin"))).hasStatus(403);
    }

    @Test
    void logsOutWithCsrfToken() {
        assertThat(mvc.post().uri("/logout").with(user("admin")).with(csrf()))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?logout");
    }

    @Test
    void sendsSecurityHeadersWithoutInlineScript() {
        MvcTestResult result = mvc.get().uri("/login").exchange();
        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'");
        String scriptSrc = csp.substring(csp.indexOf("script-src"));
        scriptSrc = scriptSrc.substring(0, scriptSrc.indexOf(';'));
        assertThat(scriptSrc).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void showsHealthToAnonymousWithoutDetails() {
        MvcTestResult result = mvc.get().uri("/actuator/health").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isStrictlyEqualTo("{\"status\":\"UP\",\"groups\":[\"readiness\"]}");
    }

    /** Up once start-up work is done (the context is started), out of service while the application refuses traffic. */
    @Test
    void theReadinessProbeFollowsTheApplicationsReadiness() {
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("{\"status\":\"UP\"}");
        try {
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
            assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatus(503).bodyJson()
                    .isStrictlyEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Test
    void keepsOtherActuatorEndpointsClosed() {
        assertThat(mvc.get().uri("/actuator/env")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/actuator/env").with(user("x").roles("VIEWER"))).hasStatus(404);
    }
}
