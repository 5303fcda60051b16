package vn.quangngai.dvk.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JBake's own launcher ({@code org.jbake.launcher.Main -b SOURCE OUT}) in a process of its own, its
 * class path JBake with its libraries and our classes (not the tests'), as a webmaster runs it.
 */
class LauncherTest {

    @Test
    void launcherBakesTheProject(@TempDir Path temp) throws Exception {
        Path source = StockOvenTest.shipped(temp.resolve("src"));
        Path out = temp.resolve("out");
        Run run = launch(temp, source, out);

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(out.resolve("co-quan/index.html")).content(StandardCharsets.UTF_8).contains("href=\"../co-quan/ubnd-huyen-mo-duc/\"");
        assertThat(out.resolve("dia-ban/mo-duc/index.html")).content(StandardCharsets.UTF_8).contains("4 xin, 4 luôn").contains("Mộ Đức");
        assertThat(out.resolve("linh-vuc/index.html")).exists();
        assertThat(out.resolve("du-lieu/mo-hinh.json")).exists();
        assertThat(out.resolve("tim-kiem/index.html")).exists();
        assertThat(run.output()).doesNotContain("\tat ");
    }

    @Test
    void launcherFailsWithOurProblemOnWrongContent(@TempDir Path temp) throws Exception {
        Path source = StockOvenTest.shipped(temp.resolve("src"));
        Files.writeString(source.resolve("content/mo-hinh/ban-nhap.md"), "---\ntitle: \"Bản nháp\"\n---\nChưa xong.\n");
        Run run = launch(temp, source, temp.resolve("out"));

        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("content/mo-hinh/ban-nhap.md").contains("lỗi: [agency]").doesNotContain("\tat ");
    }

    record Run(int exit, String output) {
    }

    static Run launch(Path temp, Path source, Path out, String... jvmOptions) throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        Path log = temp.resolve("launcher.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", classPath, "org.jbake.launcher.Main", "-b", source.toString(), out.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("JBake's launcher did not finish:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
