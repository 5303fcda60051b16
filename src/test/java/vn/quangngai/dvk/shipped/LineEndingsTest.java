package vn.quangngai.dvk.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.testing.TestSite;

/**
 * A Windows checkout gets the bytes a Linux one gets: git's own reading of .gitattributes says LF
 * for every text file and for the Unix scripts, CRLF for cmd.exe's, no conversion for pictures.
 */
class LineEndingsTest {

    private static String attributes(String... paths) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "check-attr", "text", "eol", "--"));
        command.addAll(List.of(paths));
        Process git = new ProcessBuilder(command).directory(TestSite.PROJECT.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void textFilesAndUnixScriptsAreLfEverywhere() throws Exception {
        String out = attributes("templates/story.ftl", "assets/css/site.css", "content/mo-hinh/4-xin-4-luon.md", "mvnw", "dan-van-kheo",
                "scripts/budgets.sh");
        assertThat(out).contains("templates/story.ftl: eol: lf", "assets/css/site.css: eol: lf",
                "content/mo-hinh/4-xin-4-luon.md: eol: lf", "mvnw: eol: lf", "dan-van-kheo: eol: lf", "scripts/budgets.sh: eol: lf");
        assertThat(out).contains("mvnw: text: set", "dan-van-kheo: text: set");
    }

    @Test
    void windowsScriptsAreCrlfAndPicturesAreBinary() throws Exception {
        String out = attributes("mvnw.cmd", "dan-van-kheo.cmd", "assets/anh/a.jpg", "assets/anh/B.JPG");
        assertThat(out).contains("mvnw.cmd: eol: crlf", "dan-van-kheo.cmd: eol: crlf", "assets/anh/a.jpg: text: unset", "assets/anh/B.JPG: text: unset");
    }
}
