package vn.kehoach.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kehoach.support.IntegrationTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page of every role passes axe-core (no serious or critical violation, WCAG 2.1 AA contrast included),
 * fits a 390 px phone screen without scrolling sideways, and a form is filled and sent with the keyboard alone, its
 * focus visible at every step. One browser; each account signs in once.
 */
@IntegrationTest
class AccessibilityJourneyTest extends BrowserSupport {

    static final String PASSWORD = "Demo@2025";
    static final int PHONE_WIDTH = 390;

    /**
     * Deque's build of axe-core, from the test classpath (com.deque.html.axe-core:playwright). Evaluated through the
     * DevTools protocol, which the page's Content-Security-Policy does not govern, so the app's CSP stays as it is.
     */
    static final String AXE = resource("/axe.min.js");

    @Autowired
    JdbcTemplate jdbc;

    /** A page to check: who opens it, a name for the failure message, and how to get there once signed in. */
    record Visit(String user, String name, Consumer<Page> open) {
    }

    /** The main pages, in the order visited; a page added here is checked for axe, width and clipping. */
    private List<Visit> mainPages() {
        long provincialPlan = id("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.code = '51' and p.year = 2025 and p.status = 'ISSUED' order by p.id limit 1""");
        long communeDraft = id("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.code = '21484' and p.status in ('DRAFT', 'RETURNED') order by p.id limit 1""");
        long agencyReport = editableReportOf("qn.syt");
        long communeReport = editableReportOf("dakcam.vhxh");
        long resubmitted = id("""
                select id from report where reporter_kind = 'AGENCY' and round >= 2 and year = 2025
                order by id limit 1""");
        long account = id("select id from app_user where username = 'qn.syt'");
        List<Visit> visits = new ArrayList<>();
        visits.add(new Visit("", "sign-in", path("/login")));
        for (String user : List.of("admin", "bnv.reviewer", "qn.admin", "qn.snv", "qn.lanhdao", "qn.syt",
                "dakcam.vhxh", "dakcam.lanhdao", "dakcam.ca")) {
            visits.add(new Visit(user, "start page", path("/")));
        }
        visits.addAll(List.of(
                new Visit("qn.snv", "plan list", path("/plans")),
                new Visit("qn.snv", "new plan", path("/plans/new")),
                new Visit("qn.snv", "plan detail", path("/plans/" + provincialPlan)),
                new Visit("qn.snv", "import preview", this::previewImportedPlan),
                new Visit("qn.snv", "review page", path("/reviews/" + resubmitted)),
                new Visit("qn.snv", "rounds", path("/reports/" + resubmitted + "/rounds")),
                new Visit("qn.snv", "reporting status", path("/reporting/status?plan=" + provincialPlan)),
                new Visit("qn.snv", "indicators", path("/indicators")),
                new Visit("qn.snv", "notifications", path("/notifications")),
                new Visit("qn.snv", "reports to review", path("/reviews")),
                new Visit("qn.syt", "own reports", path("/reports")),
                new Visit("qn.syt", "report form", path("/reports/" + agencyReport + "/edit")),
                new Visit("dakcam.vhxh", "consolidated report form", path("/reports/" + communeReport + "/edit")),
                // The demo's draft is xã Ba Tơ's: its drafter opens the editor.
                new Visit("bato.vhxh", "plan editor", path("/plans/" + communeDraft + "/edit")),
                new Visit("qn.admin", "units", path("/roster/units")),
                new Visit("qn.admin", "agencies", path("/roster/agencies")),
                new Visit("qn.admin", "accounts", path("/admin/accounts")),
                new Visit("qn.admin", "account", path("/admin/accounts/" + account)),
                new Visit("qn.admin", "audit trail", path("/admin/audit"))));
        return visits;
    }

    @Test
    void everyMainPageOfEveryRolePassesAxeAndFitsAPhone() {
        Map<String, List<Visit>> byUser = mainPages().stream()
                .collect(Collectors.groupingBy(Visit::user, LinkedHashMap::new, Collectors.toList()));
        List<String> violations = new ArrayList<>();
        List<String> tooWide = new ArrayList<>();
        for (Map.Entry<String, List<Visit>> account : byUser.entrySet()) {
            context.clearCookies();
            if (!account.getKey().isEmpty()) {
                signIn(account.getKey(), PASSWORD);
                assertThat(page.locator("#main")).isVisible();
            }
            for (Visit visit : account.getValue()) {
                String where = visit.name() + " as " + (visit.user().isEmpty() ? "anonymous" : visit.user());
                page.setViewportSize(1280, 900);
                visit.open().accept(page);
                assertThat(page.locator("#main")).isVisible();
                where += " (" + page.url().replace(url(""), "") + ")";
                screenshot(visit, "desktop");
                List<String> desktop = axeViolations();
                for (String violation : desktop) violations.add(where + ": " + violation);
                page.setViewportSize(PHONE_WIDTH, 844);
                afterLayout();
                for (String overflow : overflowAtThisWidth()) tooWide.add(where + ": " + overflow);
                // The phone layout has its own findings: a table box that now scrolls, a collapsed menu.
                for (String violation : axeViolations()) {
                    if (!desktop.contains(violation))
                        violations.add(where + " at " + PHONE_WIDTH + " px: " + violation);
                }
                screenshot(visit, "phone");
            }
        }
        assertThat(violations).as("axe-core serious or critical violations (rule [impact] target: message)")
                .isEmpty();
        assertThat(tooWide).as("pages wider than a %d px phone, or content cut off at its edge", PHONE_WIDTH)
                .isEmpty();
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }

    @Test
    void aDrafterSignsInCreatesAPlanAndSavesItsHeaderWithTheKeyboardAlone() {
        page.navigate(url("/login"));
        assertThat(page.locator("#username")).isFocused();
        assertFocusVisible();
        page.keyboard().type("qn.snv");
        tabTo("#password", 1);
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        // The sign-in page has a heading too: wait for the start page itself, or the Tab below lands on the old page.
        page.waitForURL(url("/"));
        assertThat(page.locator("#main h1").first()).isVisible();

        // The first Tab shows the skip link; following it, the next Tab is inside the page's content.
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chuyển đến nội dung chính")))
                .isFocused();
        assertFocusVisible();
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.closest('#main') !== null")).isEqualTo(true);
        assertFocusVisible();

        page.navigate(url("/plans/new"));
        tabTo("#year", 60);
        page.keyboard().press("Control+A");
        page.keyboard().type("2047");
        tabTo("button[type=submit]", 6);
        assertThat(page.locator(":focus")).hasText("Tạo dự thảo");
        page.keyboard().press("Space");
        assertThat(page.locator("h1")).containsText("năm 2047");

        // The header form field by field, from its first field to its save button, which Enter sends.
        tabTo("#year", 60);
        tabTo("#signerName", 60);
        page.keyboard().press("Control+A");
        page.keyboard().type("Nguyễn Văn Bàn Phím");
        tabTo("form[action$='/header'] button[type=submit]:not([name])", 10);
        assertThat(page.locator(":focus")).hasText("Lưu");
        page.keyboard().press("Enter");
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.locator("#signerName")).hasValue("Nguyễn Văn Bàn Phím");
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }

    // --- how pages are opened ---------------------------------------------------------------------------------------

    private Consumer<Page> path(String path) {
        return page -> page.navigate(url(path));
    }

    /** The import preview is the answer to a POST: a real plan's text pasted and read. */
    private void previewImportedPlan(Page page) {
        page.navigate(url("/plans/import"));
        page.getByLabel("Nội dung kế hoạch").fill(resource("/fixtures/plans/phuong-dak-cam-2025-pdf.txt"));
        page.locator("form").filter(new Locator.FilterOptions().setHas(page.locator("#text")))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đọc và xem trước")).click();
        assertThat(page.locator("h1")).hasText("Xem trước kế hoạch đọc được");
    }

    // --- what is checked --------------------------------------------------------------------------------------------

    /** axe-core's serious and critical findings, one line per element. */
    @SuppressWarnings("unchecked")
    private List<String> axeViolations() {
        if (Boolean.FALSE.equals(page.evaluate("() => 'axe' in window"))) page.evaluate(AXE);
        // "label-content-name-mismatch" is experimental in axe, off by default: a control's name must contain its
        // visible text (WCAG 2.5.3), which speech-input users rely on.
        return (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                      resultTypes: ['violations'],
                      rules: { 'label-content-name-mismatch': { enabled: true } } });
                  return result.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .flatMap(v => v.nodes.map(n => v.id + ' [' + v.impact + '] ' + n.target.join(' ') + ': '
                          + ((n.any[0] || n.all[0] || n.none[0] || {}).message || v.help)));
                }""");
    }

    /**
     * What does not fit the screen: the page itself scrolling sideways, an element or its text reaching past the
     * screen's edge without a scroll box (overflow-x other than visible) between it and the page, or a box scrolling
     * sideways that a keyboard cannot reach.
     */
    @SuppressWarnings("unchecked")
    private List<String> overflowAtThisWidth() {
        return (List<String>) page.evaluate("""
                () => {
                  const root = document.documentElement, width = root.clientWidth, found = [];
                  if (root.scrollWidth > width) found.push('the page is ' + root.scrollWidth + ' px wide');
                  const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                      + [...el.classList].map(c => '.' + c).join('');
                  // Inside a box with overflow-x other than visible: scrolled or clipped there, not by the screen.
                  const inScrollBox = node => {
                    for (let a = node.parentElement; a && a !== document.body; a = a.parentElement) {
                      if (getComputedStyle(a).overflowX !== 'visible') return true;
                    }
                    return false;
                  };
                  const beyond = box => box.width > 1 && box.height > 1 && (box.left < -1 || box.right > width + 1);
                  // Elements, and text running out of its element (a long word that does not wrap).
                  const nodes = [...document.body.querySelectorAll('*')].map(el => [el, el.getBoundingClientRect()]);
                  const range = document.createRange();
                  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  for (let t = texts.nextNode(); t; t = texts.nextNode()) {
                    if (!t.textContent.trim()) continue;
                    range.selectNodeContents(t);
                    nodes.push([t, range.getBoundingClientRect()]);
                  }
                  for (const [node, box] of nodes) {
                    if (found.length >= 5) break;
                    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
                    if (!beyond(box) || inScrollBox(node) || getComputedStyle(el).visibility === 'hidden') continue;
                    const content = (node.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
                    found.push(describe(el) + (el === node ? '' : ' (its text)') + ' spans ' + Math.round(box.left)
                        + '..' + Math.round(box.right) + ' px "' + content + '"');
                  }
                  // A box that scrolls sideways is reached with Tab (to scroll with the arrow keys) and named.
                  for (const el of document.body.querySelectorAll('*')) {
                    if (!['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) continue;
                    if (el.scrollWidth <= el.clientWidth + 1 || el.clientHeight === 0) continue;
                    const named = el.getAttribute('role') === 'region'
                        && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'));
                    if (el.tabIndex < 0 || !named) found.push(describe(el) + ' scrolls sideways but is not a named, '
                        + 'focusable region');
                  }
                  return found;
                }""");
    }

    /** Waits for the layout and the scripts that watch it (ResizeObserver) to settle after a resize. */
    private void afterLayout() {
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    /** Tabs until the element matching the selector has focus, checking at each step that focus can be seen. */
    private void tabTo(String selector, int maxTabs) {
        // A page just reached by a keyboard submit may still be applying its stylesheet; focus is judged after it.
        page.waitForLoadState();
        for (int i = 0; i < maxTabs; i++) {
            page.keyboard().press("Tab");
            assertFocusVisible();
            if ((Boolean) page.evaluate("s => document.activeElement.matches(s)", selector)) return;
        }
        throw new AssertionError("Tab did not reach " + selector + " in " + maxTabs + " steps on " + page.url()
                + "; focus is on " + page.evaluate("() => document.activeElement.outerHTML.slice(0, 200)"));
    }

    /**
     * The focused element shows an outline at least 2 px wide whose colour contrasts 3:1 with what is behind the
     * element (WCAG 2.4.7 and the non-text contrast of 1.4.11).
     */
    private void assertFocusVisible() {
        Object problem = page.evaluate("""
                () => {
                  const el = document.activeElement;
                  if (!el || el === document.body) return 'nothing has focus';
                  const box = el.getBoundingClientRect();
                  if (box.width <= 1 || box.height <= 1) return 'the focused element cannot be seen';
                  const style = getComputedStyle(el);
                  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2)
                    return 'no focus outline (' + style.outlineStyle + ' ' + style.outlineWidth + ')';
                  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
                  const luminance = ([r, g, b]) => [r, g, b].map(v => v / 255)
                      .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
                      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
                  let behind = [255, 255, 255];
                  for (let a = el.parentElement; a; a = a.parentElement) {
                    const c = rgb(getComputedStyle(a).backgroundColor);
                    if (c.length === 3 || (c.length === 4 && c[3] === 1)) { behind = c.slice(0, 3); break; }
                  }
                  const [hi, lo] = [luminance(rgb(style.outlineColor)), luminance(behind)].sort((x, y) => y - x);
                  const ratio = (hi + 0.05) / (lo + 0.05);
                  return ratio >= 3 ? '' : 'focus outline contrast ' + ratio.toFixed(2) + ':1';
                }""");
        assertThat(problem).as("focus on %s at %s",
                page.evaluate("() => document.activeElement.outerHTML.slice(0, 160)"), page.url()).isEqualTo("");
    }

    // --- support ----------------------------------------------------------------------------------------------------

    /** With -Da11y.screenshots=DIR, each page at both widths is kept for a person to look at. */
    private void screenshot(Visit visit, String width) {
        String dir = System.getProperty("a11y.screenshots");
        if (dir == null) return;
        String name = (visit.user().isEmpty() ? "anonymous" : visit.user()) + "-" + visit.name() + "-" + width;
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of(dir, name.replaceAll("[^A-Za-z0-9.-]+", "_") + ".png")));
    }

    private long editableReportOf(String username) {
        return id("""
                select r.id from report r join app_user u on u.agency_id = r.owner_agency_id
                where u.username = ? and r.status in ('NOT_STARTED', 'DRAFT', 'RETURNED')
                order by r.due_date, r.id limit 1""", username);
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static String resource(String name) {
        try (InputStream in = AccessibilityJourneyTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is not on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
