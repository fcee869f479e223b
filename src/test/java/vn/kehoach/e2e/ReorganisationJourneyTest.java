package vn.kehoach.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.UnitType;
import vn.kehoach.roster.domain.AgencyService;
import vn.kehoach.roster.domain.UnitCommand;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.support.IntegrationTest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator records three communes merging into a new one: picks them and the new commune's province by
 * typing and the keyboard alone, reads the preview, and confirms. The units are made up here, so the demo map stays.
 */
@IntegrationTest
class ReorganisationJourneyTest extends BrowserSupport {

    private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

    @Autowired
    UnitService units;
    @Autowired
    AgencyService agencies;

    @Test
    void administratorPicksUnitsByKeyboardPreviewsAndConfirms() {
        CurrentUser system = CurrentUser.system("test");
        UnitRef province = units.create(system, new UnitCommand("R6", "Thử Trình Duyệt", "Tỉnh Thử Trình Duyệt", null,
                UnitType.PROVINCE, null, SINCE, null));
        for (String[] c : new String[][]{{"97501", "Sương Mai"}, {"97504", "Sương Chiều"}, {"97507", "Sương Đêm"}}) {
            agencies.applyTemplates(system, units.create(system, new UnitCommand(c[0], c[1], "Xã " + c[1], null,
                    UnitType.COMMUNE, province.id(), SINCE, null)).id());
        }

        signIn("admin", "Demo@2025");
        page.navigate(url("/roster/reorganisations/new"));
        assertUniqueIds();
        page.getByLabel("Ngày hiệu lực").fill("01/04/2027");
        Locator predecessors = page.getByLabel("Các đơn vị kết thúc hoạt động",
                new Page.GetByLabelOptions().setExact(true));
        for (String name : new String[]{"suong mai", "suong chieu", "suong dem"}) {
            pick(predecessors, name);
        }
        assertThat(page.locator("#predecessor-chips .agency-chip")).hasCount(3);
        assertThat(page.locator("#predecessor-chips")).containsText("Xã Sương Chiều — 97504 — Tỉnh Thử Trình Duyệt");

        page.getByLabel("Mã", new Page.GetByLabelOptions().setExact(true)).fill("97501");
        page.keyboard().press("Tab");
        page.keyboard().type("Sương Hợp");
        page.keyboard().press("Tab");
        page.getByLabel("Loại đơn vị").selectOption("COMMUNE");
        pick(page.getByLabel("Trực thuộc", new Page.GetByLabelOptions().setExact(true)), "thu trinh duyet");
        assertThat(page.getByLabel("Trực thuộc", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(Pattern.compile("^Tỉnh Thử Trình Duyệt — R6"));
        screenshots("form");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Xem trước sắp xếp");
        assertUniqueIds();
        assertThat(page.locator("#preview-closing tbody tr")).hasCount(3);
        assertThat(page.locator("#preview-created tbody tr")).containsText("Xã Sương Hợp");
        assertThat(page.locator("#preview-created tbody tr")).containsText("từ 01/04/2027");
        assertThat(page.locator("#preview-links tbody tr")).hasCount(3);
        assertThat(page.locator("#preview-agencies")).containsText("Công an xã Sương Hợp");
        screenshots("preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận")).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Sắp xếp đã ghi nhận");
        assertThat(page.getByText("Đã ghi nhận sắp xếp 3 đơn vị.")).isVisible();
        assertThat(page.locator("#recorded-links tbody tr")).hasCount(3);
        assertThat(units.findByCodeAt("97501", LocalDate.of(2027, 4, 1)).orElseThrow().fullName())
                .isEqualTo("Xã Sương Hợp");
        screenshots("result");
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }

    @Test
    void unitAdministratorPreviewsAMergeOfTheirCommunesAndGoesBackToChangeIt() {
        signIn("qn.admin", "Demo@2025");
        page.navigate(url("/roster/reorganisations/new"));
        page.getByLabel("Ngày hiệu lực").fill("01/01/2027");
        Locator predecessors = page.getByLabel("Các đơn vị kết thúc hoạt động",
                new Page.GetByLabelOptions().setExact(true));
        pick(predecessors, "21529");
        pick(predecessors, "21523");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();

        // Nothing says what the communes become: the form comes back with the problem and the picks.
        assertThat(page.locator("#successorIds-errors"))
                .containsText("Sáp nhập hoặc đổi tên cần đúng một đơn vị kế thừa");
        assertThat(page.locator("#predecessor-chips .agency-chip")).hasCount(2);
        assertUniqueIds();
        screenshots("form-errors");

        // A second new unit can be added and taken away again, without the mouse.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm đơn vị mới")).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#nu-code-1")).isFocused();
        assertThat(page.locator(".new-unit-row")).hasCount(2);
        page.locator(".new-unit-row").nth(1).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Bỏ dòng này")).press("Enter");
        assertThat(page.locator(".new-unit-row")).hasCount(1);

        page.getByLabel("Mã", new Page.GetByLabelOptions().setExact(true)).fill("21529");
        page.getByLabel("Tên", new Page.GetByLabelOptions().setExact(true)).fill("Ba Vì");
        page.getByLabel("Loại đơn vị").selectOption("COMMUNE");
        pick(page.getByLabel("Trực thuộc", new Page.GetByLabelOptions().setExact(true)), "quang ngai");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();
        assertThat(page.locator("h1")).hasText("Xem trước sắp xếp");
        assertThat(page.locator("#preview-closing")).containsText("Xã Ba Tô");
        assertThat(page.locator("#preview-created")).containsText("Xã Ba Vì");
        assertThat(page.locator("section h2").filter(new Locator.FilterOptions()
                .setHasText("Tài khoản đang sử dụng"))).isVisible();
        screenshots("preview-demo");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quay lại sửa")).click();
        assertThat(page.locator("h1")).hasText("Ghi nhận sắp xếp");
        assertThat(page.locator("#predecessor-chips")).containsText("Xã Ba Vì — 21529");
        assertThat(page.locator("#predecessor-chips")).containsText("Xã Ba Tô — 21523");
        assertThat(page.getByLabel("Tên", new Page.GetByLabelOptions().setExact(true))).hasValue("Ba Vì");
        assertThat(page.getByLabel("Trực thuộc", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(Pattern.compile("^Tỉnh Quảng Ngãi — 51"));
        // The form sent back with its problems answers 422 on purpose; Chromium logs that status as an error.
        assertThat(consoleErrors).as("browser console errors")
                .allMatch(e -> e.contains("status of 422"), "only the rejected form's 422").hasSize(1);
    }

    /** Types into a picker and chooses the first match with the arrow key and Enter. */
    private void pick(Locator input, String typed) {
        input.focus();
        input.pressSequentially(typed, new Locator.PressSequentiallyOptions().setDelay(30));
        assertThat(page.locator("#" + input.getAttribute("id") + "-options [role=option]").first()).isVisible();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
    }

    /** The page at desktop width and on a phone, which must not scroll sideways; kept for a person to look at. */
    private void screenshots(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/reorganisation-" + name + "-desktop.png")));
        page.setViewportSize(390, 844);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/reorganisation-" + name + "-390.png")));
        page.setViewportSize(1280, 720);
        assertThat(((Number) width).intValue()).as("page width at 390 px on " + page.url()).isLessThanOrEqualTo(390);
    }
}
