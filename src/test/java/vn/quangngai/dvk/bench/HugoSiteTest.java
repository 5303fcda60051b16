package vn.quangngai.dvk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The Hugo twin the benchmark times against ours builds the same stories into comparable pages.
 * Needs Hugo on the PATH (apt-get install hugo); without it the test is reported as skipped, except
 * with CI=true, where it fails.
 */
class HugoSiteTest {

    private static final int STORIES = 45;

    @TempDir
    Path root;

    @Test
    void hugoBuildsEveryStoryOfOursWithPaginatedTermPagesAFeedAndASitemap() throws IOException, InterruptedException {
        Path hugo = HugoSite.executable().orElse(null);
        if (hugo == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("hugo is not on the PATH: .ci/run installs it (apt-get install hugo)");
        }
        assumeTrue(hugo != null, "hugo is not on the PATH (apt-get install hugo)");
        Registry registry = new RegistryReader(TestSite.PROJECT, new Problems()).read();
        StoryGenerator generator = StoryGenerator.of(registry, List.of(), 7);
        Path source = TestSite.write(root.resolve("ours"), "");
        generator.write(source, STORIES);
        Path twin = root.resolve("hugo");
        HugoSite.write(twin, 20);
        generator.write(twin, STORIES);
        new SiteBuild().run(source, root.resolve("site"));

        Path out = root.resolve("hugo-site");
        Process process = new ProcessBuilder(HugoSite.build(hugo, twin, out)).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(log).isZero();

        assertThat(storyPages(out)).hasSize(STORIES).isEqualTo(storyPages(root.resolve("site")));
        String story = Files.readString(out.resolve("mo-hinh/mo-hinh-tong-hop-00001/index.html"), StandardCharsets.UTF_8);
        assertThat(story).contains("<table>", "<h2 id=", "href=\"/agency/", "href=\"/fields/");
        assertThat(out.resolve("mo-hinh/page/3/index.html")).exists();
        assertThat(out.resolve("mo-hinh/page/4/index.html")).doesNotExist();
        String agencyId = generator.story(0).agency();
        assertThat(Files.readString(out.resolve("agency/" + agencyId + "/index.html"), StandardCharsets.UTF_8))
                .contains("href=\"/mo-hinh/mo-hinh-tong-hop-00001/\"");
        assertThat(Files.readString(out.resolve("agency/index.html"), StandardCharsets.UTF_8)).contains("/agency/" + agencyId + "/");
        assertThat(out.resolve("fields/index.html")).exists();
        assertThat(Files.readString(out.resolve("index.xml"), StandardCharsets.UTF_8)).contains("mo-hinh-tong-hop-00045");
        assertThat(Files.readString(out.resolve("sitemap.xml"), StandardCharsets.UTF_8)).contains("mo-hinh-tong-hop-00045");
    }

    /** The paths of the story pages a site has, {@code mo-hinh/SLUG/index.html}. */
    private static Set<String> storyPages(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("mo-hinh"))) {
            return files.filter(folder -> folder.getFileName().toString().startsWith("mo-hinh-tong-hop-"))
                    .filter(folder -> Files.isRegularFile(folder.resolve("index.html")))
                    .map(folder -> site.relativize(folder.resolve("index.html")).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }
}
