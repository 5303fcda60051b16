package vn.quangngai.dvk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.testing.TestSite;

/**
 * ./dan-van-kheo picks its JVM and start-up cache: the ahead-of-time cache with the JDK that wrote
 * it while the cache is at least as new as the jar, else the class-data archive with the java on
 * the PATH. The launcher runs for real, with two stand-in "java" programs that print how they were
 * started, in a copy of the project's layout.
 */
class UnixLauncherTest {

    @TempDir
    Path root;
    Path target;
    Path jar;

    @BeforeEach
    void layout() throws IOException {
        Files.copy(TestSite.PROJECT.resolve("dan-van-kheo"), root.resolve("dan-van-kheo"));
        target = Files.createDirectories(root.resolve("target"));
        jar = Files.writeString(target.resolve("dan-van-kheo.jar"), "jar");
        Files.writeString(target.resolve("dan-van-kheo.jsa"), "jsa");
        Path bin = Files.createDirectories(root.resolve("bin"));
        standIn(bin.resolve("java"), "java-on-path");
        standIn(root.resolve("jdk25-java"), "jdk25");
    }

    private static void standIn(Path file, String name) throws IOException {
        Files.writeString(file, "#!/bin/sh\necho " + name + " \"$@\"\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void aotCache(Instant written) throws IOException {
        Path aot = Files.writeString(target.resolve("dan-van-kheo.aot"), "aot");
        Files.writeString(target.resolve("dan-van-kheo.aot.java"), root.resolve("jdk25-java") + "\n");
        Files.setLastModifiedTime(aot, FileTime.from(written));
    }

    private String launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", root.resolve("dan-van-kheo").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PATH", root.resolve("bin") + ":/usr/bin:/bin");
        builder.environment().remove("DVK_NO_AOT");
        builder.environment().remove("DVK_JAVA_OPTS");
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.strip();
    }

    @Test
    void withoutAnAheadOfTimeCacheTheJavaOnThePathStartsWithTheClassDataArchive() throws Exception {
        String started = launch(Map.of(), "build", "--out", "x");
        assertThat(started).startsWith("java-on-path ")
                .contains("-XX:SharedArchiveFile=" + target.resolve("dan-van-kheo.jsa"), "-XX:TieredStopAtLevel=1", "-Xmx1g")
                .doesNotContain("AOTCache")
                .endsWith("-jar " + jar + " build --out x");
    }

    @Test
    void aCacheAsNewAsTheJarStartsTheJdkThatWroteItWithTheCache() throws Exception {
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        aotCache(Instant.parse("2026-01-01T00:01:00Z"));
        String started = launch(Map.of(), "build");
        assertThat(started).startsWith("jdk25 ")
                .contains("-XX:AOTCache=" + target.resolve("dan-van-kheo.aot"), "-XX:TieredStopAtLevel=1")
                .doesNotContain("SharedArchiveFile");
    }

    @Test
    void aCacheOlderThanTheJarIsLeftUnused() throws Exception {
        aotCache(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:01:00Z")));
        assertThat(launch(Map.of(), "build")).startsWith("java-on-path ").doesNotContain("AOTCache");
    }

    @Test
    void dvkNoAotTurnsTheCacheOff() throws Exception {
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        aotCache(Instant.parse("2026-01-01T00:01:00Z"));
        assertThat(launch(Map.of("DVK_NO_AOT", "1"), "build")).startsWith("java-on-path ").doesNotContain("AOTCache");
    }

    @Test
    void serveKeepsTheFullCompilerAndALargerHeap() throws Exception {
        assertThat(launch(Map.of(), "serve")).doesNotContain("TieredStopAtLevel").contains("-Xmx2g");
    }
}
