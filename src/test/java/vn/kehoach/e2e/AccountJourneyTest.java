package vn.kehoach.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.kehoach.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A provincial unit administrator finds a unit, then gives a colleague an account, picking the agency by typing. */
@IntegrationTest
class AccountJourneyTest extends BrowserSupport {

    @Test
    void unitAdministratorCreatesAnAccountWithTheAgencyPicker() {
        signIn("qn.admin", "Demo@2025");

        page.navigate(url("/roster/units?q=dak+cam"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phường Đăk Cấm"))).isVisible();

        page.navigate(url("/admin/accounts/new"));
        assertUniqueIds();
        page.getByLabel("Tên đăng nhập", new Page.GetByLabelOptions().setExact(true)).fill("qn.sgd.e2e");
        page.getByLabel("Họ và tên", new Page.GetByLabelOptions().setExact(true)).fill("Trương Thị Mỹ");
        page.getByLabel("Cơ quan", new Page.GetByLabelOptions().setExact(true)).pressSequentially("giao duc",
                new Locator.PressSequentiallyOptions().setDelay(30));
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions()
                .setHasText("Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi")).first().click();
        page.locator("input[name=roles][value=REPORTER]").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Trương Thị Mỹ");
        assertThat(page.getByText("Mật khẩu tạm thời chỉ hiển thị một lần")).isVisible();
        assertThat(page.locator("dd").filter(new Locator.FilterOptions()
                .setHasText("Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"))).isVisible();
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }
}
