package vn.kehoach.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.kehoach.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provincial drafter writes a plan in the browser — a task with rich text and agencies picked by typing — and
 * submits it; the leader issues it with the registry's number.
 */
@IntegrationTest
class PlanJourneyTest extends BrowserSupport {

    @Test
    void drafterWritesATaskAndTheLeaderIssuesThePlan() {
        signIn("qn.snv", "Demo@2025");
        page.navigate(url("/plans/new"));
        page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill("2028");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo dự thảo")).click();
        assertThat(page.locator("h1")).containsText("năm 2028");
        assertUniqueIds();

        // "Thêm mục con" under II. NHIỆM VỤ, GIẢI PHÁP.
        page.locator(".plan-edit-section").filter(new Locator.FilterOptions().setHasText("NHIỆM VỤ, GIẢI PHÁP")).first()
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Thêm mục con")).first().click();
        assertUniqueIds();
        page.getByLabel("Tiêu đề", new Page.GetByLabelOptions().setExact(true)).fill("Tập huấn kỹ năng lồng ghép giới");
        Locator editor = page.locator(".rich-editor-area");
        editor.click();
        page.keyboard().type("Cho cán bộ ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("In đậm")).click();
        page.keyboard().type("cấp xã");
        page.getByLabel("Cơ quan chủ trì", new Page.GetByLabelOptions().setExact(true)).pressSequentially("noi vu",
                new Locator.PressSequentiallyOptions().setDelay(30));
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Sở Nội vụ tỉnh Quảng Ngãi"))
                .first().click();
        page.getByLabel("Cơ quan phối hợp", new Page.GetByLabelOptions().setExact(true)).pressSequentially("phu nu",
                new Locator.PressSequentiallyOptions().setDelay(30));
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Hội Liên hiệp Phụ nữ")).first()
                .click();
        assertThat(page.locator(".agency-chip")).containsText("Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi");
        page.getByLabel("Từ ngày").fill("01/04/2028");
        page.getByLabel("Đến ngày").fill("30/06/2028");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        Locator task = page.locator(".plan-edit-section")
                .filter(new Locator.FilterOptions().setHasText("Tập huấn kỹ năng lồng ghép giới")).last();
        assertThat(task).containsText("1.");
        assertThat(task).containsText("Chủ trì: Sở Nội vụ tỉnh Quảng Ngãi");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình lãnh đạo duyệt")).first().click();
        assertThat(page.locator("h1")).containsText("Chờ duyệt");
        // The bold typed in the editor is bold in the document the page shows (headings are bold there too).
        assertThat(page.locator(".plan-document .doc-body strong", new Page.LocatorOptions().setHasText("cấp xã")))
                .hasText("cấp xã");
        String planUrl = page.url();

        context.clearCookies();
        signIn("qn.lanhdao", "Demo@2025");
        // The plan waits on the leader's start page, and its row leads to it.
        Locator toSign = page.locator("#waiting li[data-kind=PLAN_TO_APPROVE]")
                .filter(new Locator.FilterOptions().setHasText("năm 2028"));
        assertThat(toSign).containsText("Ký ban hành kế hoạch");
        toSign.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(planUrl);
        page.getByLabel("Số văn bản").fill("27");
        page.getByLabel("Họ tên người ký").fill("Đặng Ngọc Dũng");
        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban hành")).click();
        assertThat(page.locator("h1")).containsText("Đã ban hành");
        assertThat(page.locator(".plan-document")).containsText("Số: 27/KH-UBND");
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }
}
