package vn.quangngai.dvk.search;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through Debian's chromedriver, both named explicitly so Selenium
 * never runs Selenium Manager (no download at test time). In CI (CI=true) a missing browser fails
 * the test run; elsewhere the browser tests are skipped, and say why.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** The missing program, or null when both are there. */
    static String missing() {
        return !Files.isExecutable(BROWSER) ? BROWSER.toString() : !Files.isExecutable(DRIVER) ? DRIVER.toString() : null;
    }

    /** Call before each browser test, so that each one is reported failed (CI) or skipped. */
    static void require() {
        String missing = missing();
        if (missing == null) {
            return;
        }
        String message = missing + " is missing: apt-get install chromium chromium-driver (.ci/run does)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    /** A headless browser with a fresh profile in {@code profile}. */
    static ChromeDriver start(Path profile) {
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
