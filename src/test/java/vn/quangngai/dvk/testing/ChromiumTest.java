package vn.quangngai.dvk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every browser test finds its programs the same way: CHROME_PATH and CHROMEDRIVER_PATH first. */
class ChromiumTest {

    @TempDir
    Path root;

    @Test
    void theEnvironmentNamesTheBrowserAndTheDriver() {
        Chromium.Programs programs = Chromium.Programs.from(Map.of("CHROME_PATH", "/opt/chrome/chrome",
                "CHROMEDRIVER_PATH", "/opt/chrome/chromedriver"));
        assertThat(programs.browser()).isEqualTo(Path.of("/opt/chrome/chrome"));
        assertThat(programs.driver()).isEqualTo(Path.of("/opt/chrome/chromedriver"));
    }

    @Test
    void withoutTheEnvironmentDebiansProgramsAreUsed() {
        Chromium.Programs programs = Chromium.Programs.from(Map.of());
        assertThat(programs.browser()).isEqualTo(Path.of("/usr/bin/chromium"));
        assertThat(programs.driver()).isEqualTo(Path.of("/usr/bin/chromedriver"));
    }

    @Test
    void missingNamesEachProgramThatCannotRun() throws Exception {
        Path browser = Files.createFile(root.resolve("chrome"));
        Path driver = root.resolve("chromedriver");
        Chromium.Programs programs = Chromium.Programs.from(Map.of("CHROME_PATH", browser.toString(),
                "CHROMEDRIVER_PATH", driver.toString()));
        assertThat(programs.missing()).containsExactly(browser.toString(), driver.toString());
        assertThat(browser.toFile().setExecutable(true)).isTrue();
        assertThat(programs.missing()).containsExactly(driver.toString());
    }
}
