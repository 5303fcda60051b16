package vn.quangngai.dvk.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One switch decides whether a build reuses anything of the last one. */
class IncrementalTest {

    @TempDir
    Path root;

    @Test
    void aWarmProcessBakesOnlyChangesAfterPublishingToTheSameFolder() throws IOException {
        Path source = Files.createDirectories(root.resolve("src/templates"));
        Path site = Files.createDirectories(root.resolve("site"));
        Incremental warm = Incremental.warm();

        assertThat(warm.begin("settings", source.getParent(), site)).as("nothing published yet").isFalse();
        assertThat(warm.pages().unchanged("index.html", "model")).isFalse();
        warm.pages().published(site);
        assertThat(warm.begin("settings", source.getParent(), site)).isTrue();
        assertThat(warm.pages().unchanged("index.html", "model")).isTrue();
        assertThat(warm.begin("other settings", source.getParent(), site)).as("settings changed").isFalse();
    }

    @Test
    void aOneOffBuildReusesNothing() throws IOException {
        Path source = Files.createDirectories(root.resolve("src/templates"));
        Path site = Files.createDirectories(root.resolve("site"));
        Incremental oneOff = Incremental.oneOff();

        oneOff.begin("settings", source.getParent(), site);
        oneOff.pages().unchanged("index.html", "model");
        oneOff.pages().published(site);

        assertThat(oneOff.begin("settings", source.getParent(), site)).isFalse();
        assertThat(oneOff.pages().unchanged("index.html", "model")).isFalse();
        assertThat(oneOff.pages().removed()).isEmpty();
        assertThat(oneOff.markdown().toHtml("a.md", "*x*")).isNotSameAs(oneOff.markdown().toHtml("a.md", "*x*"));
    }
}
