package vn.quangngai.dvk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/** The preview server's path: one SiteBuild, many builds; only what changed is rendered again. */
class WarmBuildTest {

    @TempDir
    Path root;
    Path source;
    Path out;
    SiteBuild warm;

    @BeforeEach
    void firstBuild() {
        source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/a.md --
                %s
                -- content/mo-hinh/b.md --
                %s
                -- content/mo-hinh/c.md --
                %s
                """.formatted(TestSite.story("A", "so-y-te"), TestSite.story("B", "so-tu-phap"), TestSite.story("C", "so-ngoai-vu")));
        out = root.resolve("site");
        warm = SiteBuild.warm();
        warm.run(source, out);
    }

    private Object inode(String path) {
        try {
            return Files.getAttribute(out.resolve(path), "unix:ino");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.regex.Pattern TEXT =
            java.util.regex.Pattern.compile("\\.(html|xml|json|txt|css|js|csv|svg|webmanifest)$");

    /** Every file of a site, text as text and the rest (.gz twins, share cards, icons) as its bytes. */
    private static Map<String, String> contents(Path site) {
        Map<String, String> files = new TreeMap<>();
        for (String name : Pages.files(site)) {
            try {
                files.put(name, TEXT.matcher(name).find() ? TestSite.read(site.resolve(name))
                        : java.util.Arrays.toString(Files.readAllBytes(site.resolve(name))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private void assertEqualsAColdBuild() {
        Path cold = root.resolve("cold-" + System.nanoTime());
        new SiteBuild().run(source, cold);
        assertThat(contents(out)).isEqualTo(contents(cold));
    }

    /** A `build` beside a preview (they take turns on the lock) publishes its own site: the preview's next build is whole. */
    @Test
    void aWarmBuildAfterAnotherBuildPublishedHereIsAWholeOneAgain() {
        new SiteBuild().run(source, out, settings -> settings.withBaseUrl("https://example.gov.vn/ban-khac/"));
        TestSite.put(source, "content/mo-hinh/b.md", TestSite.story("B", "so-tu-phap").replace("Nội dung của B.", "Nội dung mới của B."));
        warm.run(source, out);
        assertThat(TestSite.read(out.resolve("index.html"))).doesNotContain("ban-khac");
        assertEqualsAColdBuild();
    }

    @Test
    void aBodyEditRendersThatStoryAgainAndReusesUnrelatedPages() {
        Object storyA = inode("mo-hinh/a/index.html");
        Object storyB = inode("mo-hinh/b/index.html");
        Object fieldPage = inode("linh-vuc/y-te/index.html");
        TestSite.put(source, "content/mo-hinh/b.md", TestSite.story("B", "so-tu-phap").replace("Nội dung của B.", "Nội dung mới của B."));
        warm.run(source, out);
        assertThat(TestSite.read(out.resolve("mo-hinh/b/index.html"))).contains("Nội dung mới của B.");
        assertThat(inode("mo-hinh/b/index.html")).isNotEqualTo(storyB);
        assertThat(inode("mo-hinh/a/index.html")).isEqualTo(storyA);
        assertThat(inode("linh-vuc/y-te/index.html")).isEqualTo(fieldPage);
    }

    @Test
    void warmOutputEqualsAColdBuildOfTheSameSource() {
        TestSite.put(source, "content/mo-hinh/b.md", TestSite.story("Bê", "so-tu-phap", "districts: [ly-son]"));
        TestSite.put(source, "content/mo-hinh/d.md", TestSite.story("D", "so-y-te"));
        warm.run(source, out);
        Path cold = root.resolve("cold");
        new SiteBuild().run(source, cold);
        assertThat(contents(out)).isEqualTo(contents(cold));
    }

    /** The registry read is kept while its files are unchanged: an edit, a mistake and its fix are each seen. */
    @Test
    void aRegistryEditAMistakeInItAndItsFixAreEachSeenByTheNextWarmBuild() throws IOException {
        String agencies = Files.readString(source.resolve("data/co-quan.yaml"));
        assertThat(agencies).contains("name: Sở Y tế tỉnh Quảng Ngãi");
        TestSite.put(source, "data/co-quan.yaml", agencies.replace("name: Sở Y tế tỉnh Quảng Ngãi", "name: Sở Y tế Quảng Ngãi (tên thử)"));
        warm.run(source, out);
        assertThat(TestSite.read(out.resolve("mo-hinh/a/index.html"))).contains("Sở Y tế Quảng Ngãi (tên thử)");
        assertEqualsAColdBuild();

        TestSite.put(source, "data/co-quan.yaml", agencies.replace("name: Sở Y tế tỉnh Quảng Ngãi", "name: \"\""));
        assertThatThrownBy(() -> warm.run(source, out)).isInstanceOf(InvalidSourceException.class)
                .hasMessageContaining("data/co-quan.yaml");
        assertThatThrownBy(() -> warm.run(source, out)).as("said again, not forgotten").isInstanceOf(InvalidSourceException.class);

        TestSite.put(source, "data/co-quan.yaml", agencies);
        warm.run(source, out);
        assertThat(TestSite.read(out.resolve("mo-hinh/a/index.html"))).contains("Sở Y tế tỉnh Quảng Ngãi").doesNotContain("(tên thử)");
        assertEqualsAColdBuild();
    }

    @Test
    void anImprintEditReachesTheStructuredDataOfTheStoryPages() throws IOException {
        // structured data is made as each page renders (bake/Deferred): a warm build must still
        // see that the report it names has changed
        String imprint = Files.readString(source.resolve("data/trang.yaml"));
        assertThat(imprint).contains("month: \"2023-08\"");
        TestSite.put(source, "data/trang.yaml", imprint.replace("month: \"2023-08\"", "month: \"2023-09\""));
        warm.run(source, out);
        assertThat(TestSite.read(out.resolve("mo-hinh/a/index.html"))).contains("\"datePublished\":\"2023-09\"")
                .doesNotContain("\"datePublished\":\"2023-08\"");
        assertEqualsAColdBuild();
    }

    @Test
    void removedAndRenamedStoriesLeaveNoFileBehind() throws IOException {
        Files.delete(source.resolve("content/mo-hinh/c.md"));
        warm.run(source, out);
        assertThat(out.resolve("mo-hinh/c/index.html")).doesNotExist();
        assertThat(out.resolve("mo-hinh/c/index.html.gz")).doesNotExist();
        assertEqualsAColdBuild();
        Files.move(source.resolve("content/mo-hinh/b.md"), source.resolve("content/mo-hinh/be.md"));
        BuildResult result = warm.run(source, out);
        assertThat(out.resolve("mo-hinh/b/index.html")).doesNotExist();
        assertThat(out.resolve("mo-hinh/be/index.html")).exists();
        assertEqualsAColdBuild();
        assertThat(result.files()).isEqualTo(Pages.files(out).size());
        assertThat(result.htmlPages()).isEqualTo((int) Pages.files(out).stream().filter(f -> f.endsWith(".html")).count());
    }

    @Test
    void aStylesheetEditPublishesTheWholeSiteAgain() {
        TestSite.put(source, "assets/css/site.css", TestSite.read(source.resolve("assets/css/site.css")) + "\n.moi { color: red; }\n");
        warm.run(source, out);
        assertEqualsAColdBuild();
        assertThat(Pages.files(out)).filteredOn(f -> f.startsWith("css/site.") && f.endsWith(".css")).singleElement()
                .satisfies(css -> assertThat(TestSite.read(out.resolve(css))).contains(".moi"));
    }

    @Test
    void aRenderingFailureInAWarmBuildChangesNoFile() {
        Map<String, String> before = contents(out);
        TestSite.put(source, "content/mo-hinh/a.md", TestSite.story("A", "so-y-te").replace("Nội dung của A.", "[x](javascript&colon;alert(1))"));
        assertThatThrownBy(() -> warm.run(source, out)).isInstanceOf(RuntimeException.class).hasMessageContaining("javascript");
        assertThat(contents(out)).isEqualTo(before);
    }

    @Test
    void aTemplateEditRendersEveryPageAgain() {
        Object storyA = inode("mo-hinh/a/index.html");
        TestSite.put(source, "templates/story.ftl", TestSite.read(source.resolve("templates/story.ftl")).replace("Thời gian đăng", "Ngày đăng"));
        warm.run(source, out);
        assertThat(inode("mo-hinh/a/index.html")).isNotEqualTo(storyA);
        assertThat(TestSite.read(out.resolve("mo-hinh/a/index.html"))).contains("Ngày đăng");
    }

    @Test
    void aFailedWarmBuildKeepsThePublishedSiteAndTheNextGoodBuildStillReuses() {
        Object storyA = inode("mo-hinh/a/index.html");
        TestSite.put(source, "content/mo-hinh/b.md", TestSite.story("B", "so-yte"));
        assertThatThrownBy(() -> warm.run(source, out)).isInstanceOf(InvalidSourceException.class);
        assertThat(inode("mo-hinh/a/index.html")).isEqualTo(storyA);
        TestSite.put(source, "content/mo-hinh/b.md", TestSite.story("B", "so-tu-phap"));
        warm.run(source, out);
        assertThat(inode("mo-hinh/a/index.html")).isEqualTo(storyA);
    }
}
