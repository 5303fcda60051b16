package vn.quangngai.dvk.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/** The showcase's agency, district and field groupings are declared in jbake.properties, as any JBake site's are. */
class GroupingsTest {

    @TempDir
    Path root;

    private Path site(String... stories) {
        StringBuilder files = new StringBuilder();
        for (int i = 0; i < stories.length; i++) {
            files.append("-- content/mo-hinh/m").append(i).append(".md --\n").append(stories[i]);
        }
        return TestSite.write(root.resolve("src"), files.toString());
    }

    private static void settings(Path source, String from, String to) throws IOException {
        Path file = source.resolve("jbake.properties");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void theProjectDeclaresTheThreeAndAGroupingMaySetItsOwnPageSizeAndOrder() throws IOException {
        assertThat(Groupings.read(Path.of("."))).containsOnlyKeys("co-quan", "dia-ban", "linh-vuc")
                .allSatisfy((name, declared) -> assertThat(declared.pageSize()).isZero());
        Path source = site(TestSite.story("Một", "so-y-te").replace("date: 2026-11-25", "date: 2026-11-20"),
                TestSite.story("Hai", "so-y-te"), TestSite.story("Ba", "so-y-te").replace("date: 2026-11-25", "date: 2026-11-24"));
        settings(source, "taxonomy.co-quan.data=data/co-quan.yaml\n", "taxonomy.co-quan.data=data/co-quan.yaml\ntaxonomy.co-quan.page-size=2\n");
        settings(source, "taxonomy.linh-vuc.data=data/linh-vuc.yaml\n", "taxonomy.linh-vuc.data=data/linh-vuc.yaml\ntaxonomy.linh-vuc.order=title\n");
        Path out = root.resolve("site");
        new SiteBuild().run(source, out);
        // co-quan: two a page, newest first
        assertThat(Pages.page(out, "co-quan/so-y-te/").select("main h2 a, main h3 a").eachText()).containsExactly("Hai", "Ba");
        var second = Pages.page(out, "co-quan/so-y-te/trang-2/");
        assertThat(second.select("main h2 a, main h3 a").eachText()).containsExactly("Một");
        assertThat(second.title()).startsWith("Sở Y tế tỉnh Quảng Ngãi — trang 2");
        assertThat(second.select("nav.crumbs li").last().text()).isEqualTo("Trang 2");
        // linh-vuc: by title, the site's page size; its feed stays newest first
        assertThat(Pages.page(out, "linh-vuc/van-hoa-cong-so/").select("main h2 a, main h3 a").eachText()).containsExactly("Ba", "Hai", "Một");
        assertThat(out.resolve("linh-vuc/van-hoa-cong-so/trang-2/index.html")).doesNotExist();
        String feed = Files.readString(out.resolve("linh-vuc/van-hoa-cong-so/feed.json"), StandardCharsets.UTF_8);
        assertThat(feed.indexOf("\"title\": \"Hai\"")).isPositive().isLessThan(feed.indexOf("\"title\": \"Ba\""));
        assertThat(feed.indexOf("\"title\": \"Ba\"")).isLessThan(feed.indexOf("\"title\": \"Một\""));
    }

    @Test
    void aFileThatDeclaresNothingGetsTheThree() throws IOException {
        Path source = site(TestSite.story("Một", "so-y-te"));
        Path file = source.resolve("jbake.properties");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?m)^taxonom.*\\n", ""), StandardCharsets.UTF_8);
        assertThat(Groupings.read(source)).isEmpty();
        new SiteBuild().run(source, root.resolve("site"));
        assertThat(root.resolve("site/co-quan/so-y-te/index.html")).exists();
    }

    @Test
    void whatTheRegistryFixesCannotBeDeclaredOtherwise() throws IOException {
        Path source = site(TestSite.story("Một", "so-y-te"));
        settings(source, "taxonomies=co-quan dia-ban linh-vuc", "taxonomies=co-quan dia-ban chu-de");
        settings(source, "taxonomy.co-quan.key=agency", "taxonomy.co-quan.key=unit\ntaxonomy.co-quan.empty-pages=false");
        settings(source, "taxonomy.linh-vuc.key=fields\ntaxonomy.linh-vuc.data=data/linh-vuc.yaml\n", "");
        String text = Files.readString(source.resolve("jbake.properties"));
        int list = line(text, "taxonomies=");
        assertThatThrownBy(() -> Groupings.read(source)).isInstanceOfSatisfying(InvalidSourceException.class,
                e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "jbake.properties:" + line(text, "taxonomy.co-quan.key=") + ": lỗi: [taxonomy.co-quan.key] ở trang này phải là \"agency\", "
                                + "không phải \"unit\". — Các bài ghi nhóm này ở khóa cố định, theo tệp cố định của sổ đăng ký; xóa dòng này hoặc sửa lại.",
                        "jbake.properties:" + line(text, "taxonomy.co-quan.empty-pages=") + ": lỗi: [taxonomy.co-quan.empty-pages] trang này "
                                + "không dùng thiết lập \"empty-pages\". — Ở trang “Dân vận khéo”, mỗi nhóm chỉ đặt được page-size (số bài mỗi "
                                + "trang) và order (thứ tự); mục chưa có bài vẫn có trang (các trang khác liên kết tới nó) và mẫu trang là cố định. "
                                + "Xóa dòng này.",
                        "jbake.properties:" + list + ": lỗi: [taxonomies] trang này không có nhóm \"chu-de\". — Trang “Dân vận khéo” có ba nhóm "
                                + "theo sổ đăng ký: co-quan, dia-ban, linh-vuc. Muốn nhóm bài theo cách khác, dùng phần mở rộng trong một trang "
                                + "JBake khác (docs/jbake-plugin.md).",
                        "jbake.properties:" + list + ": lỗi: [taxonomies] thiếu nhóm \"linh-vuc\". — Trang “Dân vận khéo” có đủ ba nhóm: "
                                + "taxonomies=co-quan dia-ban linh-vuc."));
        assertThatThrownBy(() -> new SiteBuild().run(source, root.resolve("site"))).isInstanceOf(InvalidSourceException.class);
        assertThat(root.resolve("site")).doesNotExist();
    }

    private static int line(String text, String start) {
        java.util.List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + start);
    }
}
