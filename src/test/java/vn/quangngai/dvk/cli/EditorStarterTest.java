package vn.quangngai.dvk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.testing.TestSite;

/**
 * Staff start the editor without a terminal: bien-tap.cmd (double-click on Windows) runs
 * dan-van-kheo.cmd serve --open, which opens the editor in the default browser. cmd.exe cannot run
 * here; what can be checked is the file itself and what serve --open asks of the system.
 */
class EditorStarterTest {

    @Test
    void theStarterIsAsciiWithCrlfAndRunsServeWithOpenThroughTheUtf8Launcher() throws Exception {
        byte[] bytes = Files.readAllBytes(TestSite.PROJECT.resolve("bien-tap.cmd"));
        for (byte b : bytes) {
            assertThat(b).isBetween((byte) 0x09, (byte) 0x7E);
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> lines = text.lines().toList();
        assertThat(lines).contains("cd /d \"%~dp0\"", "call \"%~dp0dan-van-kheo.cmd\" serve --open %*");
        // a failed start (no jar, busy port) stays on screen instead of closing the window at once
        assertThat(lines.get(lines.size() - 1)).isEqualTo("if errorlevel 1 pause");
        // the UTF-8 console comes from the launcher it calls
        assertThat(Files.readString(TestSite.PROJECT.resolve("dan-van-kheo.cmd"), StandardCharsets.US_ASCII)).contains("chcp 65001 >nul");
    }

    @Test
    void openIsAServeOptionAndEachSystemHasItsOpener() {
        assertThat(Options.parse(new String[] {"serve", "--open"}).open()).isTrue();
        assertThat(Options.parse(new String[] {"serve"}).open()).isFalse();
        assertThatThrownBy(() -> Options.parse(new String[] {"build", "--open"})).hasMessage("--open chỉ dùng với lệnh serve.");
        String url = "http://127.0.0.1:8820/bien-tap/";
        assertThat(Browser.command("Windows 11", url)).containsExactly("rundll32", "url.dll,FileProtocolHandler", url);
        assertThat(Browser.command("Mac OS X", url)).containsExactly("open", url);
        assertThat(Browser.command("Linux", url)).containsExactly("xdg-open", url);
    }
}
