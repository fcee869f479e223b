package vn.kehoach.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.kehoach.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent with mistakes, in a browser: the summary is what a screen reader reads first (it has the focus), each
 * entry names its field and takes the user there, and on a phone the page still fits the screen.
 */
@IntegrationTest
class FormErrorsJourneyTest extends BrowserSupport {

    @Test
    void theSummaryTakesTheFocusNamesEachFieldAndLeadsToIt() {
        signIn("qn.admin", "Demo@2025");
        page.navigate(url("/admin/accounts/new"));
        page.getByLabel("Tên đăng nhập", new Page.GetByLabelOptions().setExact(true)).fill("qn.snv");
        page.getByLabel("Họ và tên", new Page.GetByLabelOptions().setExact(true)).fill("Người thứ hai");
        page.locator("input[name=roles][value=REPORTER]").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        Locator summary = page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("2 lỗi"));
        assertThat(summary).isFocused();
        Locator toAgency = summary.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("Cơ quan"));
        // Named by their labels, in the order of the form.
        assertThat(summary.getByRole(AriaRole.LINK).first()).containsText("Tên đăng nhập: ");
        assertThat(summary.getByRole(AriaRole.LINK).last()).containsText("Cơ quan: ");
        assertThat(page.getByLabel("Họ và tên", new Page.GetByLabelOptions().setExact(true))).hasValue("Người thứ hai");

        toAgency.click();
        // The agency is picked by typing: the link leads to the text box, not to the hidden id it fills.
        assertThat(page.getByLabel("Cơ quan", new Page.GetByLabelOptions().setExact(true))).isFocused();
        assertThat(page.getByLabel("Cơ quan", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("aria-invalid", "true");
        assertUniqueIds();
        // The refused form itself is answered 422, which Chromium logs; anything else would be a fault of the page.
        assertThat(consoleErrors).as("browser console errors")
                .allMatch(e -> e.contains("the server responded with a status of 422"));

        page.setViewportSize(390, 844);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow at 390 px").isLessThanOrEqualTo(0);
    }
}
