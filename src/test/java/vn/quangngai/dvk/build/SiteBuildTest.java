package vn.quangngai.dvk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.jbake.BakeException;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.publish.FileTree;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

class SiteBuildTest {

    @TempDir
    Path root;
    Path source;
    Path out;

    @BeforeEach
    void buildAGoodSite() {
        source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/a.md --
                %s
                -- content/mo-hinh/b.md --
                %s
                """.formatted(TestSite.story("A", "so-y-te"), TestSite.story("B", "ubnd-huyen-ly-son")));
        out = root.resolve("site");
        new SiteBuild().run(source, out);
    }

    /** Every file of the site and its bytes, to compare a whole tree. */
    private Map<String, String> snapshot() {
        return snapshot(out);
    }

    private static Map<String, String> snapshot(Path site) {
        Map<String, String> files = new TreeMap<>();
        for (String name : Pages.files(site)) {
            try {
                files.put(name, java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(site.resolve(name)))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return files;
    }

    @Test
    void invalidContentPublishesNothingAndLeavesThePreviousSiteFileForFile() {
        Map<String, String> before = snapshot();
        TestSite.put(source, "content/mo-hinh/c.md", TestSite.story("C", "so-yte"));
        TestSite.put(source, "content/mo-hinh/a.md", TestSite.story("A đã sửa", "so-y-te"));
        assertThatThrownBy(() -> new SiteBuild().run(source, out)).isInstanceOf(InvalidSourceException.class)
                .hasMessageContaining("content/mo-hinh/c.md:4");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(Files.exists(root.resolve(".site.building"))).isFalse();
    }

    @Test
    void aTemplateErrorNamesTemplateAndLineAndLeavesThePreviousSite() {
        Map<String, String> before = snapshot();
        TestSite.put(source, "templates/story.ftl", "<#ftl output_format=\"HTML\">\n<p>${content.story.title}</p>\n<p>${content.khong_co.x}</p>\n");
        assertThatThrownBy(() -> new SiteBuild().run(source, out)).isInstanceOfSatisfying(BakeException.class, e -> {
            assertThat(e.getMessage()).contains("story.ftl").contains("line 3").contains("mo-hinh/a/index.html");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anExceptionInTheMiddleOfBakingLeavesThePreviousSite() {
        Map<String, String> before = snapshot();
        // a standalone page's HTML is made while its tool lists its pages: the exception escapes the tool
        TestSite.put(source, "content/lien-he.md", "---\ntitle: \"Trang\"\ndate: 2026-11-25\nsummary: \"Tóm tắt.\"\n---\n"
                + "[x](javascript&colon;alert(1))\n");
        assertThatThrownBy(() -> new SiteBuild().run(source, out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("content/lien-he.md");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(Files.exists(root.resolve(".site.building"))).isFalse();
    }

    @Test
    void aStoryWhoseHtmlFailsAsItsPageRendersIsReportedWithItsFileAndLeavesThePreviousSite() {
        Map<String, String> before = snapshot();
        TestSite.put(source, "content/mo-hinh/a.md", TestSite.story("A", "so-y-te").replace("Nội dung của A.", "[x](javascript&colon;alert(1))"));
        assertThatThrownBy(() -> new SiteBuild().run(source, out)).isInstanceOf(BakeException.class)
                .hasMessageContaining("content/mo-hinh/a.md: liên kết \"javascript:alert(1)\" không được phép")
                .hasMessageContaining("khi tạo mo-hinh/a/index.html");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(Files.exists(root.resolve(".site.building"))).isFalse();
    }

    @Test
    void aMissingTemplateIsAnErrorToo() throws IOException {
        Files.delete(source.resolve("templates/term.ftl"));
        assertThatThrownBy(() -> new SiteBuild().run(source, out)).isInstanceOf(BakeException.class)
                .hasMessageContaining("term.ftl");
    }

    @Test
    void aMissingTemplatesFolderIsOneErrorNamingItAndLeavesThePreviousSite() throws IOException {
        Map<String, String> before = snapshot();
        FileTree.delete(source.resolve("templates"));
        // JBake's engine printed a stack trace, looked for templates in the working folder, and failed every page
        assertThatThrownBy(() -> new SiteBuild().run(source, out)).isInstanceOfSatisfying(InvalidSourceException.class, e -> {
            assertThat(e.problems()).singleElement().asString()
                    .startsWith("templates: lỗi: không có thư mục mẫu trang")
                    .contains("template.folder");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void noStaleFileSurvivesARebuild() throws IOException {
        assertThat(Files.exists(out.resolve("mo-hinh/b/index.html"))).isTrue();
        Files.delete(source.resolve("content/mo-hinh/b.md"));
        Files.writeString(out.resolve("left-over.html"), "x");
        new SiteBuild().run(source, out);
        assertThat(Files.exists(out.resolve("mo-hinh/b/index.html"))).isFalse();
        assertThat(Files.exists(out.resolve("left-over.html"))).isFalse();
        assertThat(Files.exists(out.resolve("mo-hinh/a/index.html"))).isTrue();
    }

    /** What lies beside the output, by name. */
    private List<String> besideTheSite() throws IOException {
        try (var siblings = Files.list(root)) {
            return siblings.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void theSiteBeforeTheLastBuildIsKeptBesideItAndAFailedBuildLeavesNoCopyBehind() throws IOException {
        Path previous = root.resolve(".site.previous");
        Map<String, String> first = snapshot();
        TestSite.put(source, "content/mo-hinh/c.md", TestSite.story("C", "so-y-te"));
        new SiteBuild().run(source, out);
        assertThat(snapshot(previous)).isEqualTo(first);
        assertThat(besideTheSite()).containsExactlyInAnyOrder("src", "site", ".site.previous", ".site.lock", ".dan-van-kheo-anh");
        Map<String, String> second = snapshot();
        Files.delete(source.resolve("content/mo-hinh/c.md"));
        new SiteBuild().run(source, out);
        assertThat(snapshot(previous)).isEqualTo(second);
        assertThat(besideTheSite()).containsExactlyInAnyOrder("src", "site", ".site.previous", ".site.lock", ".dan-van-kheo-anh");
        // the failed build wrote over the site before last; that copy is deleted before the build ends
        Map<String, String> third = snapshot();
        TestSite.put(source, "content/mo-hinh/a.md", TestSite.story("A", "so-y-te").replace("Nội dung của A.", "[x](javascript&colon;alert(1))"));
        assertThatThrownBy(() -> new SiteBuild().run(source, out)).isInstanceOf(BakeException.class);
        assertThat(besideTheSite()).containsExactlyInAnyOrder("src", "site", ".site.lock", ".dan-van-kheo-anh");
        assertThat(snapshot()).isEqualTo(third);
    }

    /**
     * A whole build writes over the files of the site before the last one and deletes those it
     * did not write: after edits that remove, rename, shorten and restyle, and with junk planted
     * in that folder (a stray file, a folder where a file goes, a file where a folder goes), the
     * site is file for file what a build into an empty folder makes.
     */
    @Test
    void aBuildWrittenOverTheSiteBeforeLastIsFileForFileAFreshBuild() throws IOException {
        Path previous = root.resolve(".site.previous");
        TestSite.put(source, "content/mo-hinh/c.md", TestSite.story("C", "so-y-te") + "\n" + "Một đoạn dài. ".repeat(400) + "\n");
        new SiteBuild().run(source, out); // the first build is now the site before last
        assertThat(Files.isDirectory(previous)).isTrue();
        Files.delete(source.resolve("content/mo-hinh/b.md"));
        TestSite.put(source, "content/mo-hinh/c.md", TestSite.story("C", "so-y-te") + "\nNgắn.\n");
        TestSite.put(source, "content/mo-hinh/d.md", TestSite.story("D", "ubnd-huyen-ly-son"));
        Files.writeString(source.resolve("assets/css/site.css"), "\nbody { color: #111; }\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(previous.resolve("stray.html"), "cũ");
        Files.delete(previous.resolve("feed.xml"));
        Files.createDirectories(previous.resolve("feed.xml/inside"));
        Files.writeString(previous.resolve("feed.xml/inside/x.html"), "x");
        vn.quangngai.dvk.publish.FileTree.delete(previous.resolve("mo-hinh/a"));
        Files.writeString(previous.resolve("mo-hinh/a"), "a file where a folder goes");
        new SiteBuild().run(source, out);
        assertThat(Files.exists(previous)).as("written over, then the site it replaced").isTrue();
        Path fresh = root.resolve("fresh");
        new SiteBuild().run(source, fresh);
        assertThat(snapshot()).isEqualTo(snapshot(fresh));
        assertThat(Files.readString(out.resolve("mo-hinh/c/index.html"))).contains("Ngắn.").doesNotContain("Một đoạn dài.");
        // and again, over the first build's files, which now hold the site before these edits
        new SiteBuild().run(source, out);
        assertThat(snapshot()).isEqualTo(snapshot(fresh));
    }

    /**
     * Links someone put in the folder a build writes over are never written or deleted through:
     * a link where a file goes is replaced by the file; a link where a folder goes stops the
     * build, and the next one, from a new folder, is whole. What they point at is untouched.
     */
    @Test
    void aBuildWritingOverTheSiteBeforeLastNeverWritesOrDeletesThroughALink() throws IOException {
        Path previous = root.resolve(".site.previous");
        new SiteBuild().run(source, out);
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("index.html"), "của người khác");
        Files.writeString(outside.resolve("keep.txt"), "giữ nguyên");
        Files.delete(previous.resolve("index.html"));
        Files.createSymbolicLink(previous.resolve("index.html"), outside.resolve("index.html"));
        new SiteBuild().run(source, out);
        assertThat(Files.readString(outside.resolve("index.html"))).isEqualTo("của người khác");
        assertThat(snapshot()).isEqualTo(snapshot(root.resolve(".site.previous")));

        vn.quangngai.dvk.publish.FileTree.delete(previous.resolve("mo-hinh/a"));
        Files.createSymbolicLink(previous.resolve("mo-hinh/a"), outside);
        Map<String, String> before = snapshot();
        assertThatThrownBy(() -> new SiteBuild().run(source, out)).isInstanceOf(BakeException.class)
                .hasMessageContaining("mo-hinh/a").hasMessageContaining("symbolic link");
        assertThat(snapshot()).isEqualTo(before);
        try (var left = Files.list(outside)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.html", "keep.txt");
        }
        assertThat(Files.readString(outside.resolve("index.html"))).isEqualTo("của người khác");
        new SiteBuild().run(source, out);
        new SiteBuild().run(source, root.resolve("fresh"));
        assertThat(snapshot()).isEqualTo(snapshot(root.resolve("fresh")));
        assertThat(outside.resolve("keep.txt")).hasContent("giữ nguyên");
    }

    /** A whole build that fails leaves no half-written folder behind, and the next one is whole. */
    @Test
    void aFailedBuildOverTheSiteBeforeLastLeavesNoFolderBehindAndTheNextBuildIsWhole() throws IOException {
        new SiteBuild().run(source, out);
        TestSite.put(source, "content/mo-hinh/a.md", TestSite.story("A", "so-y-te").replace("Nội dung của A.", "[x](javascript&colon;alert(1))"));
        assertThatThrownBy(() -> new SiteBuild().run(source, out)).isInstanceOf(BakeException.class);
        assertThat(Files.exists(root.resolve(".site.building"))).isFalse();
        TestSite.put(source, "content/mo-hinh/a.md", TestSite.story("A", "so-y-te"));
        new SiteBuild().run(source, out);
        new SiteBuild().run(source, root.resolve("fresh"));
        assertThat(snapshot()).isEqualTo(snapshot(root.resolve("fresh")));
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() {
        Map<String, String> first = snapshot();
        new SiteBuild().run(source, out);
        assertThat(snapshot()).isEqualTo(first);
    }

    @Test
    void underASubPathAbsoluteUrlsCarryItAndRelativeLinksStayRelative() {
        new SiteBuild().run(source, out, s -> s.withBaseUrl("https://example.gov.vn/dan-van-kheo/"));
        assertThat(Pages.page(out, "mo-hinh/a/").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.gov.vn/dan-van-kheo/mo-hinh/a/");
        assertThat(Pages.page(out, "mo-hinh/a/").select("link[rel=stylesheet]").attr("href")).matches("\\.\\./\\.\\./css/site\\.[0-9a-f]{10}\\.css");
        assertThat(Pages.page(out, "404.html").select("link[rel=stylesheet]").attr("href")).matches("/dan-van-kheo/css/site\\.[0-9a-f]{10}\\.css");
        assertThat(TestSite.read(out.resolve("sitemap.xml"))).contains("<loc>https://example.gov.vn/dan-van-kheo/dia-ban/ly-son/</loc>");
        assertThat(TestSite.read(out.resolve("feed.xml"))).contains("<id>https://example.gov.vn/dan-van-kheo/mo-hinh/b/</id>");
        assertThat(TestSite.read(out.resolve("robots.txt"))).contains("Sitemap: https://example.gov.vn/dan-van-kheo/sitemap.xml");
    }

    @Test
    void refusesAnOutputFolderThatWouldReplaceTheSource() {
        assertThatThrownBy(() -> new SiteBuild().run(source, source)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SiteBuild().run(source, source.resolve("content"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SiteBuild().run(source, root)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(source.resolve("content/mo-hinh/a.md"))).isTrue();
    }
}
