package vn.quangngai.dvk.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.image.SyntheticImages;
import vn.quangngai.dvk.publish.Marker;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The shipped site through stock JBake 2.7.0 ({@code new Oven(config).bake()}, OrientDB store,
 * JBake's own tools beside ours) and through {@code dan-van-kheo build}: the same files, byte for
 * byte, less what JBake itself adds (docs/jbake-plugin.md: its plain copy of the stylesheets and
 * scripts) and our build's ownership marker.
 */
class StockOvenTest {

    static final String HOST = "https://example.invalid/dvk/";

    /** What JBake's own asset copy adds: the fingerprinted files our pages link are also written under their own names. */
    static final Set<String> JBAKES_OWN = Set.of("css/site.css", "css/nhung.css", "js/search.js");

    @Test
    void stockOvenBakesTheShippedSiteAsOurBuildDoes(@TempDir Path temp) throws IOException {
        Path source = shipped(temp.resolve("src"));
        Path ours = temp.resolve("ours");
        new SiteBuild().run(source, ours);
        Path stock = temp.resolve("stock");
        Oven oven = new Oven(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source.toFile(), stock.toFile(), true));
        oven.bake();

        assertThat(oven.getErrors()).isEmpty();
        Map<String, byte[]> built = files(ours);
        Map<String, byte[]> baked = files(stock);
        assertThat(built.keySet()).contains("co-quan/index.html", "dia-ban/mo-duc/index.html", "linh-vuc/index.html",
                "tim-kiem/index.html", "du-lieu/mo-hinh.json", "du-lieu/don-vi.csv", "feed.xml", "mo-hinh/4-xin-4-luon/index.html");
        assertThat(baked.keySet()).containsAll(JBAKES_OWN);
        built.remove(Marker.NAME);
        JBAKES_OWN.forEach(baked::remove);
        assertThat(baked.keySet()).containsExactlyElementsOf(built.keySet());
        built.forEach((path, bytes) -> assertThat(baked.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void wrongContentFailsTheOvenWithOurProblems(@TempDir Path temp) throws IOException {
        Path source = shipped(temp.resolve("src"));
        Path story = source.resolve("content/mo-hinh/4-xin-4-luon.md");
        Files.writeString(story, Files.readString(story).replaceFirst("(?m)^agency: .*$", "agency: ubnd-huyen-mo-doc"));
        Oven oven = new Oven(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source.toFile(),
                temp.resolve("out").toFile(), true));
        oven.bake();

        assertThat(oven.getErrors()).hasSize(1);
        assertThat(oven.getErrors().get(0).getMessage()).startsWith("Có 1 lỗi, chưa xuất bản được:")
                .contains("content/mo-hinh/4-xin-4-luon.md:").contains("[agency]").contains("ubnd-huyen-mo-duc");
        assertThat(temp.resolve("out/mo-hinh")).doesNotExist();
    }

    @Test
    void aStockOvenPublishesPhotosOnlyCleanedAndRefusesWhenJBakeWouldCopyTheOriginals(@TempDir Path temp) throws IOException {
        Path source = shipped(temp.resolve("src"));
        Path story = source.resolve("content/mo-hinh/4-xin-4-luon.md");
        Files.writeString(story, Files.readString(story).replaceFirst("\n---\n", "\nimages:\n  - src: anh/cau.jpg\n    alt: \"Cây cầu mới\"\n---\n"));
        Files.createDirectories(source.resolve("assets/anh"));
        byte[] phone = SyntheticImages.phoneJpeg(SyntheticImages.quadrant(1600, 1200), 6);
        Files.write(source.resolve("assets/anh/cau.jpg"), phone);

        Oven refused = new Oven(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source.toFile(),
                temp.resolve("refused").toFile(), true));
        refused.bake();
        assertThat(refused.getErrors()).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("assets/anh/").contains("GPS").contains(".jbakeignore"));

        Files.writeString(source.resolve("assets/anh/.jbakeignore"), "");
        Path stock = temp.resolve("stock");
        Oven oven = new Oven(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source.toFile(), stock.toFile(), true));
        oven.bake();
        assertThat(oven.getErrors()).isEmpty();
        assertThat(stock.resolve("anh/cau.jpg")).doesNotExist();
        List<Path> published;
        try (Stream<Path> walk = Files.walk(stock.resolve("anh"))) {
            published = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(published).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getFileName().toString()).startsWith("cau-").endsWith(".jpg");
            assertThat(Files.readAllBytes(p)).isNotEqualTo(phone);
            assertThat(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        });
        assertThat(Files.readString(stock.resolve("mo-hinh/4-xin-4-luon/index.html"))).contains("srcset=").contains("Cây cầu mới");
    }

    /** The project's site, with a public address, as a webmaster would bake it. */
    static Path shipped(Path root) throws IOException {
        for (String folder : new String[] {"content", "data", "templates", "assets"}) {
            TestSite.copyTree(TestSite.PROJECT.resolve(folder), root.resolve(folder));
        }
        String properties = Files.readString(TestSite.PROJECT.resolve("jbake.properties"), StandardCharsets.UTF_8);
        Files.writeString(root.resolve("jbake.properties"), properties.replace("\nsite.host=\n", "\nsite.host=" + HOST + "\n"),
                StandardCharsets.UTF_8);
        return root;
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
