package vn.kehoach.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of the browser journeys: Debian's headless Chromium driven by Playwright, started once per test run.
 * Every page's console errors (a script blocked by the Content-Security-Policy, a failed asset) fail the test.
 */
abstract class BrowserSupport {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void openPage() {
        boolean ci = System.getenv("CI") != null;
        if (!ci) {
            // CI installs chromium (.ci/run); a developer without it still gets every other test.
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
        }
        context = browser().newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) consoleErrors.add(message.text());
        });
        page.onPageError(error -> consoleErrors.add(error));
    }

    @AfterEach
    void closePage() {
        if (context != null) context.close();
    }

    /** Duplicate ids break labels and scripts (a fragment rendered twice); every journey checks the pages it visits. */
    void assertUniqueIds() {
        Object duplicates = page.evaluate(
                """
                        () => { const seen = {}; const dup = [];
                          document.querySelectorAll('[id]').forEach(e => { if (seen[e.id]) dup.push(e.id); seen[e.id] = true; });
                          return dup.join(','); }""");
        Assertions.assertThat(duplicates).as("duplicate ids on " + page.url()).isEqualTo("");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String username, String password) {
        submitSignIn(username, password);
        // The first page after signing in is the first this context renders for the journey: on two cores beside the
        // other fork's heaviest test (MultiNodeTests) it once took more than the 15 s a click waits for.
        page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(45_000));
    }

    /** The sign-in form filled and sent, whatever the answer (a wrong password stays on it). */
    void submitSignIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click(new Locator.ClickOptions().setNoWaitAfter(true));
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }
}
