package vn.quangngai.dvk.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.story.Story;
import vn.quangngai.dvk.testing.TestSite;

class SiteReaderTest {

    @TempDir
    Path root;

    private InvalidSourceException failure() {
        try {
            new SiteReader(root).read();
        } catch (InvalidSourceException e) {
            return e;
        }
        throw new AssertionError("the site was expected not to build");
    }

    @Test
    void aNonAsciiFileNameIsAcceptedAndSlugged() {
        TestSite.write(root, "-- content/mo-hinh/Bốn xin, bốn luôn.md --\n" + TestSite.story("A", "so-y-te"));
        assertThat(new SiteReader(root).read().stories()).extracting(Story::slug).containsExactly("bon-xin-bon-luon");
    }

    @Test
    void nfdContentAndFileNamesAreNormalisedToNfc() throws IOException {
        TestSite.write(root, "");
        String nfd = Normalizer.normalize(TestSite.story("Dân vận khéo ở Đức Phổ", "ubnd-thi-xa-duc-pho"), Normalizer.Form.NFD);
        Files.writeString(root.resolve("content/mo-hinh/" + Normalizer.normalize("Đức Phổ.md", Normalizer.Form.NFD)), nfd,
                StandardCharsets.UTF_8);
        Story story = new SiteReader(root).read().stories().get(0);
        assertThat(story.title()).isEqualTo("Dân vận khéo ở Đức Phổ");
        assertThat(story.slug()).isEqualTo("duc-pho");
    }

    @Test
    void twoFilesThatFoldToOneSlugAreAnError() {
        TestSite.write(root, """
                -- content/mo-hinh/duc-pho.md --
                %s
                -- content/mo-hinh/Đức Phổ.md --
                %s
                """.formatted(TestSite.story("A", "so-y-te"), TestSite.story("B", "so-y-te")));
        assertThat(failure().errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("mo-hinh/duc-pho/").contains("content/mo-hinh/duc-pho.md");
        });
    }

    @Test
    void twoStoriesWhoseTitlesFoldToOneAreAnError() {
        TestSite.write(root, """
                -- content/mo-hinh/a.md --
                %s
                -- content/mo-hinh/b.md --
                %s
                """.formatted(TestSite.story("Dân vận khéo", "so-y-te"), TestSite.story("Dan van kheo", "so-tu-phap")));
        assertThat(failure().errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/mo-hinh/b.md");
            assertThat(p.message()).contains("content/mo-hinh/a.md");
        });
    }

    @Test
    void aFileThatIsNotMarkdownOrAStrayFolderIsNeverSkippedSilently() {
        TestSite.write(root, """
                -- content/mo-hinh/a.md --
                %s
                -- content/mo-hinh/b.txt --
                ghi chú
                -- content/tin-tuc/c.md --
                %s
                """.formatted(TestSite.story("A", "so-y-te"), TestSite.story("C", "so-y-te")));
        assertThat(failure().errors()).extracting(Problem::file).containsExactly("content/mo-hinh/b.txt", "content/tin-tuc");
    }

    @Test
    void editorLeftoversAreIgnoredAndUpperCaseMdIsAccepted() {
        TestSite.write(root, """
                -- content/mo-hinh/A.MD --
                %s
                -- content/mo-hinh/a.md~ --
                cũ
                -- content/mo-hinh/~$a.md --
                khóa
                -- content/mo-hinh/.a.md.swp --
                x
                """.formatted(TestSite.story("A", "so-y-te")));
        assertThat(new SiteReader(root).read().stories()).extracting(Story::slug).containsExactly("a");
    }

    @Test
    void aPageMayNotTakeAPathTheSiteUses() {
        TestSite.write(root, "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te")
                + "-- content/co-quan.md --\n---\ntitle: X\ndate: 2026-11-25\nsummary: s\n---\n");
        assertThat(failure().errors()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("content/co-quan.md"));
    }

    @Test
    void aStoryMayNotTakeThePathOfAListPage() {
        TestSite.write(root, "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te")
                + "-- content/mo-hinh/trang-2.md --\n" + TestSite.story("B", "so-y-te"));
        assertThat(failure().errors()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("content/mo-hinh/trang-2.md"));
    }

    @Test
    void aFileNamedAsAWindowsDeviceIsAnError() {
        TestSite.write(root, "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te")
                + "-- content/mo-hinh/Con.md --\n" + TestSite.story("B", "so-y-te"));
        assertThat(failure().errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/mo-hinh/Con.md");
            assertThat(p.message()).contains("tên \"con\" là tên Windows dành riêng");
            assertThat(p.hint()).contains("con-duong.md");
        });
    }

    @Test
    void anImageMustExistUnderAssets() {
        TestSite.write(root, "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te", "images: [{src: anh/khong-co.jpg, alt: Ảnh}]"));
        assertThat(failure().errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("assets/anh/khong-co.jpg"));
    }

    @Test
    void problemsOfManyFilesAreReportedTogetherInFileOrder() {
        TestSite.write(root, """
                -- content/mo-hinh/b.md --
                %s
                -- content/mo-hinh/a.md --
                %s
                """.formatted(TestSite.story("B", "so-yte"), TestSite.story("A", "so-y-te").replace("2026-11-25", "hôm nay")));
        assertThat(failure().errors()).extracting(Problem::file).containsExactly("content/mo-hinh/a.md", "content/mo-hinh/b.md");
    }

    @Test
    void anEmptyContentFolderIsAnError() {
        TestSite.write(root, "");
        assertThat(failure().errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("chưa có bài"));
    }

    @Test
    void storiesComeNewestFirstThenInVietnameseTitleOrder() {
        TestSite.write(root, """
                -- content/mo-hinh/a.md --
                %s
                -- content/mo-hinh/b.md --
                %s
                -- content/mo-hinh/c.md --
                %s
                """.formatted(TestSite.story("Đoàn kết", "so-y-te"), TestSite.story("Dân vận", "so-y-te"),
                TestSite.story("Ba", "so-y-te").replace("2026-11-25", "2026-12-01")));
        assertThat(new SiteReader(root).read().stories()).extracting(Story::title).containsExactly("Ba", "Dân vận", "Đoàn kết");
    }

    @Test
    void badSettingsAreReported() {
        TestSite.write(root, "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
        TestSite.put(root, "jbake.properties", "site.host=example.gov.vn\nsite.title=X\n");
        assertThatThrownBy(() -> new SiteReader(root).read()).isInstanceOfSatisfying(InvalidSourceException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("site.host")));
    }

    @Test
    void aHiddenMarkdownFileIsAWarningNamingItNotSilence() {
        TestSite.write(root, "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te")
                + "-- content/mo-hinh/.nhap.md --\n" + TestSite.story("Nháp", "so-y-te")
                + "-- content/mo-hinh/._a.md --\nx\n");
        Site site = new SiteReader(root).read();
        assertThat(site.stories()).extracting(Story::slug).containsExactly("a");
        assertThat(site.warnings()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/mo-hinh/.nhap.md");
            assertThat(p.message()).contains("tệp ẩn nên không được xuất bản");
        });
    }
}
