package vn.kehoach.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.TestPlans;

import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sở Y tế writes its report in the browser and sends it; Sở Nội vụ returns it with a comment on the task; Sở Y tế
 * corrects and sends again; Sở Nội vụ sees what changed, accepts it, and finds it counted on the completeness chart.
 */
@IntegrationTest
class ReportJourneyTest extends BrowserSupport {

    static final String TASK = "Tư vấn sức khỏe sinh sản cho phụ nữ vùng cao";

    @Autowired
    TestPlans plans;

    @Test
    void anAgencyReportsItIsReturnedCorrectedAndAccepted() {
        LocalDate on = LocalDate.of(2032, 2, 1);
        long plan = plans.issue("51", on, "Ủy ban nhân dân", "Sở Nội vụ", 2032, "32", null,
                List.of(TestPlans.Task.of(TASK, "Sở Y tế")),
                List.of(new TestPlans.Requirement(ReportKind.SIX_MONTH, LocalDate.of(2032, 7, 31), "Sở Nội vụ",
                        Reporters.ASSIGNED_AGENCIES)));

        signIn("qn.syt", "Demo@2025");
        page.navigate(url("/reports?year=2032"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo 6 tháng đầu năm 2032")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Soạn báo cáo")).click();
        assertUniqueIds();
        Locator task = page.locator("article").filter(new Locator.FilterOptions().setHasText(TASK));
        // Sending too early marks what is missing; what was typed stays.
        task.getByLabel("Kết quả thực hiện").fill("Tư vấn tại 5 trạm y tế xã.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
        assertThat(page.locator(".alert-danger")).containsText("chưa gửi được");
        assertThat(task.getByLabel("Kết quả thực hiện")).hasValue("Tư vấn tại 5 trạm y tế xã.");

        task.getByLabel("Hoàn thành").check();
        task.getByLabel("Số hoạt động").fill("5");
        task.getByLabel("Người tham gia: nữ").fill("230");
        task.getByLabel("Kinh phí (đồng)").fill("12.500.000");
        page.getByLabel("Kết quả đạt được").fill("Hoàn thành kế hoạch 6 tháng.");
        page.getByLabel("Tồn tại, hạn chế").fill("Thiếu cán bộ nữ người dân tộc thiểu số.");
        page.getByLabel("Nguyên nhân").fill("Địa bàn rộng, đi lại khó khăn.");
        page.getByLabel("Phương hướng, nhiệm vụ kỳ tới").fill("Mở rộng tư vấn lưu động.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
        assertThat(page.locator("h1")).containsText("Đã gửi, chờ tiếp nhận");
        assertThat(page.locator("main")).containsText("5 hoạt động");
        String reportUrl = page.url();

        context.clearCookies();
        signIn("qn.snv", "Demo@2025");
        page.navigate(reportUrl.replace("/reports/", "/reviews/"));
        assertUniqueIds();
        page.getByLabel("Ý kiến về phần này").first().fill("Ghi rõ số phụ nữ người dân tộc thiểu số được tư vấn.");
        page.getByLabel("Lý do trả lại").fill("Bổ sung số liệu theo dân tộc.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại để hoàn thiện")).click();
        assertThat(page.locator("h1")).containsText("Trả lại để hoàn thiện");

        context.clearCookies();
        signIn("qn.syt", "Demo@2025");
        page.navigate(reportUrl + "/edit");
        assertThat(page.locator(".alert-warning").first()).containsText("Bổ sung số liệu theo dân tộc.");
        assertThat(task).containsText("Ghi rõ số phụ nữ người dân tộc thiểu số được tư vấn.");
        task.getByLabel("Kết quả thực hiện").fill("Tư vấn tại 5 trạm y tế xã, trong đó 180 phụ nữ dân tộc thiểu số.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
        assertThat(page.locator("h1")).containsText("Lần gửi thứ 2");

        context.clearCookies();
        signIn("qn.snv", "Demo@2025");
        page.navigate(reportUrl.replace("/reports/", "/reviews/"));
        assertThat(page.locator(".report-diff ins")).containsText("180 phụ nữ dân tộc thiểu số");
        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận báo cáo")).click();
        assertThat(page.locator("h1")).containsText("Đã tiếp nhận");

        page.navigate(url("/reporting/status?plan=" + plan));
        assertUniqueIds();
        assertThat(page.locator(".status-counts dd").nth(2)).hasText("1");
        Object drawn = page.evaluate("() => window.Chart !== undefined"
                + " && Chart.getChart(document.querySelector('canvas.js-status-chart')) !== undefined");
        assertThat(drawn).isEqualTo(true);
        // The early send was answered 422 on purpose (the form with its gaps); nothing else may fail.
        assertThat(consoleErrors).as("browser console errors")
                .allMatch(error -> error.contains("status of 422"));
    }
}
