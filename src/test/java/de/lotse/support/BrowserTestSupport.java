package de.lotse.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Browser tests drive Debian's Chromium with Playwright against the running application and check every
 * page with axe-core for WCAG 2.1 A and AA. Without Chromium they are skipped with a message, except under
 * {@code CI=true}, where a missing browser fails the build instead of passing it silently.
 */
@LotseIntegrationTest
public abstract class BrowserTestSupport {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LOTSE_CHROMIUM", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Browser tests need Chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ": under CI=true a missing browser is an error, not a skip.");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        // A German browser, as our users run it (headless Chromium still orders date fields its own way).
                        "--lang=de-DE")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900));
        page = context.newPage();
        // Generous waits: on a busy two-core CI machine a first page can take many seconds to render. Waiting
        // longer never lets a wrong page pass; it only stops slowness from looking like a failure.
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(60_000);
        consoleErrors.clear();
        // What a person would miss: scripts or styles the Content-Security-Policy refused, script errors,
        // and stylesheets, fonts or scripts that failed to load. The page's own status (a 403 page) is no error.
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add("script error: " + error));
        page.onResponse(response -> {
            if (!"document".equals(response.request().resourceType()) && response.status() >= 400) {
                consoleErrors.add(response.status() + " for " + response.url());
            }
        });
        page.onRequestFailed(request -> consoleErrors.add("failed: " + request.url()));
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Benutzername").fill(username);
        page.getByLabel("Passwort").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
    }

    protected void signInAsDemo(String username) {
        signIn(username, LotseIntegrationTest.DEMO_PASSWORD);
        page.waitForURL(url("/"));
    }

    /** Zero axe-core violations of WCAG 2.1 A and AA on the page as it is now, and nothing the CSP blocked. */
    protected void assertAccessible() {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        String violations = results.getViolations().stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", page.url(), violations).isEmpty();
        assertThat(consoleErrors).as("blocked or missing resources and script errors on %s", page.url()).isEmpty();
    }
}
