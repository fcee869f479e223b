package vn.kehoach.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.kehoach.support.IntegrationTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provincial drafter pastes the province's 2024 plan, checks who does what agency by agency — unticks a task,
 * makes a lead a partner — watches the summary follow, and saves the draft with its assignments.
 */
@IntegrationTest
class ImportJourneyTest extends BrowserSupport {

    private static String fixture() throws IOException {
        try (InputStream in = ImportJourneyTest.class
                .getResourceAsStream("/fixtures/plans/tinh-quang-ngai-2024-phan-cong.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void drafterChecksTheAssignmentsAgencyByAgencyAndSaves() throws IOException {
        signIn("qn.snv", "Demo@2025");
        page.navigate(url("/plans/import"));
        page.getByLabel("Nội dung kế hoạch").fill(fixture());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đọc và xem trước")).last().click();
        assertThat(page.locator("h1")).containsText("Xem trước");
        assertUniqueIds();

        Locator summary = page.locator("#import-summary");
        assertThat(summary).containsText("15 nhiệm vụ");
        assertThat(summary).containsText("2 chế độ báo cáo");
        int agencies = count(summary, "agencies");
        int unmatched = count(summary, "unmatched");
        assertThat(agencies).isGreaterThanOrEqualTo(10);
        assertThat(unmatched).isPositive();

        // Ban Tổ chức Tỉnh ủy is no agency of the province's roster: untick its only task.
        Locator board = page.locator(".import-agency:has(input[name$='.name'][value='Ban Tổ chức Tỉnh ủy'])");
        assertThat(board.locator(".import-unmatched")).isVisible();
        assertThat(board.getByLabel("Đề nghị (ngoài thẩm quyền giao)")).isChecked();
        board.locator("input[data-link-section]").first().uncheck();
        assertThat(summary.locator("[data-count=agencies]")).hasText(Integer.toString(agencies - 1));
        assertThat(summary.locator("[data-count=unmatched]")).hasText(Integer.toString(unmatched - 1));

        // Sở Y tế leads the block it shares with Sở Giáo dục và Đào tạo; make it a partner there.
        Locator health = page.locator(".import-agency:has(input[name$='.name'][value='Sở Y tế'])");
        assertThat(health.locator("select[data-role=agency-match] option[selected]"))
                .hasText("Sở Y tế tỉnh Quảng Ngãi");
        health.locator("select[name$='.role']").first().selectOption("COORDINATING");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thành dự thảo")).click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+/edit$"));
        page.navigate(page.url().replace("/edit", ""));
        assertThat(page.locator("body")).containsText("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi");
        assertThat(page.locator("body")).not().containsText("Chưa xác định cơ quan: Ban Tổ chức Tỉnh ủy");
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }

    private static int count(Locator summary, String what) {
        return Integer.parseInt(summary.locator("[data-count=" + what + "]").textContent().strip());
    }
}
