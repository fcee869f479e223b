package vn.kehoach.e2e;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.kehoach.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SignInJourneyTest extends BrowserSupport {

    @Test
    void signsInThroughTheLoginPageAndSeesTheDashboard() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "vi");

        signIn("admin", "Demo@2025");

        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("h1")).containsText("Xin chào, Quản trị hệ thống");
        assertThat(page.getByText("Quản trị hệ thống").first()).isVisible();
        assertThat(consoleErrors).as("browser console errors (CSP violations, missing assets)").isEmpty();
    }

    @Test
    void staysOnTheLoginPageWithAMessageAfterAWrongPassword() {
        submitSignIn("admin", "sai-mat-khau");
        page.waitForURL(url -> url.contains("/login?error="));

        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(page.getByLabel("Tên đăng nhập")).hasValue("admin");
    }
}
