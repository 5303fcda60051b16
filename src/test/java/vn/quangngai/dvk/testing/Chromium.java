package vn.quangngai.dvk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * One headless session of Debian's chromium, driven through Debian's chromedriver, for every
 * browser test and tool (browser/, search/). Both paths are given to Selenium explicitly, so
 * Selenium Manager never looks for, or downloads, a browser or a driver; {@code CHROME_PATH} and
 * {@code CHROMEDRIVER_PATH} name other programs. Widths are set with Chrome's device emulation (a
 * phone at 360 px honours the page's viewport meta tag as a phone does); pages opened directly
 * through {@link #driver()} get a 1280 × 900 window. Also runs axe-core, read from the class path.
 */
public final class Chromium implements AutoCloseable {

    /** The browser and its driver: {@code CHROME_PATH} and {@code CHROMEDRIVER_PATH}, else Debian's. */
    public record Programs(Path browser, Path driver) {

        public static Programs from(Map<String, String> environment) {
            return new Programs(Path.of(environment.getOrDefault("CHROME_PATH", "/usr/bin/chromium")),
                    Path.of(environment.getOrDefault("CHROMEDRIVER_PATH", "/usr/bin/chromedriver")));
        }

        /** Those of the two that are not an executable file. */
        public List<String> missing() {
            List<String> missing = new ArrayList<>();
            for (Path program : List.of(browser, driver)) {
                if (!Files.isExecutable(program)) {
                    missing.add(program.toString());
                }
            }
            return missing;
        }
    }

    public static final Programs PROGRAMS = Programs.from(System.getenv());

    /** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Selenium logs through java.util.logging; held here so the level set below is not collected away. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** The programs of {@link #PROGRAMS} that are not installed. */
    public static List<String> missing() {
        return PROGRAMS.missing();
    }

    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static String missingMessage() {
        return "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; "
                + ".ci/run does), or CHROME_PATH and CHROMEDRIVER_PATH; not found: " + String.join(", ", missing());
    }

    /**
     * Runs a test class only where the browser is installed, and always in CI ({@code CI=true}),
     * where {@link #start()} then fails: a CI run must never pass by skipping the browser tests.
     * Elsewhere, without the browser, the class is skipped and says why.
     */
    public static final class Required implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (missing().isEmpty() || inCi()) {
                return ConditionEvaluationResult.enabled("chromium and chromedriver are installed, or this is CI");
            }
            System.err.println("SKIPPED " + context.getDisplayName() + ": " + missingMessage());
            return ConditionEvaluationResult.disabled(missingMessage());
        }
    }

    /** Starts the browser; without it, fails (see {@link Required} for when tests get this far). */
    public static Chromium start() {
        if (!missing().isEmpty()) {
            throw new IllegalStateException(missingMessage() + (inCi() ? ". CI=true: failing instead of skipping." : ""));
        }
        SELENIUM_LOG.setLevel(Level.SEVERE);
        try {
            Path profile = Files.createTempDirectory("dvk-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(PROGRAMS.browser().toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-extensions", "--disable-dev-shm-usage", "--lang=vi", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(PROGRAMS.driver().toFile())
                    .usingAnyFreePort()
                    .withLogOutput(OutputStream.nullOutputStream())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(30));
            preloadAxe(driver);
            return new Chromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The session's driver, for tests that find elements and wait on them themselves. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code url} in a viewport {@code width} px wide: a phone below 768 px, a desktop above. */
    public void open(String url, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", width < 768 ? 780 : 900, "deviceScaleFactor", 1, "mobile", width < 768));
        driver.get(url);
    }

    /** Turns the page's own scripts off or on (device tools, such as {@link #js}, still run). */
    public void javaScript(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public String title() {
        return driver.getTitle();
    }

    public void press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The page's full height as a PNG, {@code width} px wide. */
    public byte[] screenshot(int width) {
        Number height = (Number) js("return Math.ceil(document.documentElement.getBoundingClientRect().height)");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height.intValue(), "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** axe-core's violations of {@link #WCAG_TAGS} on the open page, as axe reports them. */
    public List<JsonNode> axeViolations() {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                if (!window.axe) { done('axe failed: axe-core is not loaded in this page'); return; }
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)), e => done('axe failed: ' + e));
                """, WCAG_TAGS);
        String text = String.valueOf(result);
        if (text.startsWith("axe failed")) {
            throw new IllegalStateException(text);
        }
        try {
            List<JsonNode> violations = new ArrayList<>();
            JSON.readTree(text).forEach(violations::add);
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core 4.11 (560 KB), loaded into every page the session opens: once over the wire, not once a page. */
    private static void preloadAxe(ChromeDriver driver) {
        try (InputStream in = Chromium.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile; the system cleans /tmp
            }
        }
    }
}
