package vn.kehoach.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.kehoach.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sở Nội vụ opens the province's strategy targets for 2025, goes to the share of agencies with a woman as key
 * leader, sees its trend drawn and its communes on the colour scale, and opens one commune's figure.
 */
@IntegrationTest
class IndicatorJourneyTest extends BrowserSupport {

    @Test
    void theProvinceFollowsATargetDownToACommune() {
        signIn("qn.snv", "Demo@2025");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chỉ tiêu").setExact(true)).click();
        page.getByLabel("Năm").selectOption("2025");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
        assertThat(page.locator("h1")).containsText("năm 2025");
        assertThat(page.locator("#attainment tr[data-code='1.1'] .js-current")).containsText("(");
        assertUniqueIds();

        page.locator("#attainment tr[data-code='1.1'] a").click();
        assertThat(page.locator("h1")).containsText("Chỉ tiêu 1.1 – Tỉnh Quảng Ngãi – năm 2025");
        // Chart.js drew the trend: the canvas got its drawing size from the script.
        page.waitForFunction("() => { const c = document.querySelector('canvas.js-trend-chart');"
                + " return c && window.Chart && window.Chart.getChart(c) !== undefined; }");
        assertThat(page.locator(".unit-tile").count()).as("the communes of the province").isGreaterThanOrEqualTo(5);
        assertThat(page.locator(".unit-tile[class*='shade-']").count()).isEqualTo(page.locator(".unit-tile").count());

        page.locator(".unit-tile").filter(new Locator.FilterOptions().setHasText("Phường Đăk Cấm")).click();
        assertThat(page.locator("h1")).containsText("Chỉ tiêu 1.1 – Phường Đăk Cấm – năm 2025");
        assertThat(consoleErrors).isEmpty();
    }
}
