package vn.quangngai.dvk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.testing.TestSite;

/**
 * dan-van-kheo.cmd switches the console to UTF-8 before java writes, tells java so, and restores
 * the console's code page after; cmd.exe reads it in the old code page, with CRLF: ASCII only.
 */
class WindowsLauncherTest {

    @Test
    void theLauncherSwitchesToUtf8AroundJavaAndIsAsciiWithCrlf() throws Exception {
        byte[] bytes = Files.readAllBytes(TestSite.PROJECT.resolve("dan-van-kheo.cmd"));
        String text = new String(bytes, StandardCharsets.US_ASCII);
        for (byte b : bytes) {
            assertThat(b).isBetween((byte) 0x09, (byte) 0x7E);
        }
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> lines = text.lines().toList();
        int chcp = lines.indexOf("chcp 65001 >nul");
        int java = lines.stream().filter(l -> l.startsWith("java ")).findFirst().map(lines::indexOf).orElse(-1);
        int restore = lines.indexOf("if defined oldcp chcp %oldcp% >nul");
        assertThat(chcp).isPositive().isLessThan(java);
        assertThat(restore).isGreaterThan(java);
        assertThat(lines.get(java)).contains("-Dstdout.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-jar \"%jar%\" %*");
        assertThat(lines).contains("exit /b %status%");
    }
}
