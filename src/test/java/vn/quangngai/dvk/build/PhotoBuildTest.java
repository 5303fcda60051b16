package vn.quangngai.dvk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.check.HtmlChecker;
import vn.quangngai.dvk.image.SyntheticImages;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/**
 * Photos named by a story, through the whole build: made by the pipeline, published without
 * their sources or any metadata, shown with srcset, sizes and captions, cached between builds.
 */
class PhotoBuildTest {

    @TempDir
    Path root;

    private Path source() {
        return root.resolve("src");
    }

    /** Story "a" with two phone photos (orientation 6 and 8, with GPS and author), story "b" with none. */
    private void siteWithTwoPhotos() throws IOException {
        TestSite.write(source(), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te",
                "images:",
                "  - src: anh/Cau Moi.jpg",
                "    alt: \"Cây cầu mới bắc qua kênh\"",
                "    caption: \"Cây cầu do bà con góp công xây\"",
                "    credit: \"Nguyễn Văn A\"",
                "  - src: anh/hop-thon.jpg",
                "    alt: \"Bà con họp thôn\"")
                + "-- content/mo-hinh/b.md --\n" + TestSite.story("B", "so-y-te"));
        Files.createDirectories(source().resolve("assets/anh"));
        Files.write(source().resolve("assets/anh/Cau Moi.jpg"), SyntheticImages.phoneJpeg(SyntheticImages.quadrant(1800, 1200), 6));
        Files.write(source().resolve("assets/anh/hop-thon.jpg"), SyntheticImages.phoneJpeg(SyntheticImages.quadrant(1800, 1200), 8));
        Files.write(source().resolve("assets/anh/khong-dung.jpg"), SyntheticImages.phoneJpeg(SyntheticImages.quadrant(900, 600), 1));
    }

    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aStoryShowsItsPhotosInOrderWithSrcsetSizesCaptionAndCredit() throws IOException {
        siteWithTwoPhotos();
        Path out = root.resolve("out");
        new SiteBuild().run(source(), out);

        Document page = Pages.page(out, "mo-hinh/a/");
        List<Element> figures = page.select("article figure.photo");
        assertThat(figures).hasSize(2);
        Element first = figures.get(0).selectFirst("img");
        Element second = figures.get(1).selectFirst("img");
        assertThat(first.attr("alt")).isEqualTo("Cây cầu mới bắc qua kênh");
        assertThat(second.attr("alt")).isEqualTo("Bà con họp thôn");
        for (Element img : List.of(first, second)) {
            assertThat(img.attr("src")).matches("\\.\\./\\.\\./anh/[a-z0-9-]+-[0-9a-f]{8}-800\\.jpg");
            assertThat(img.attr("srcset")).matches("(\\.\\./\\.\\./anh/[a-z0-9-]+-[0-9a-f]{8}-\\d+\\.jpg \\d+w(, )?)+");
            assertThat(img.attr("sizes")).isNotEmpty();
            assertThat(img.attr("decoding")).isEqualTo("async");
            assertThat(img.attr("width")).as("the widest variant, upright: portrait").isEqualTo("1200");
            assertThat(img.attr("height")).isEqualTo("1800");
        }
        assertThat(first.hasAttr("loading")).as("the first photo is in view: not lazy").isFalse();
        assertThat(first.attr("fetchpriority")).isEqualTo("high");
        assertThat(second.attr("loading")).isEqualTo("lazy");
        assertThat(figures.get(0).selectFirst("figcaption").text()).isEqualTo("Cây cầu do bà con góp công xây Ảnh: Nguyễn Văn A");
        assertThat(figures.get(1).select("figcaption")).as("no caption, no credit: no figcaption").isEmpty();

        // every srcset entry is a published file of the width it says
        Map<String, Integer> listed = new LinkedHashMap<>();
        for (Element img : List.of(first, second)) {
            for (String entry : img.attr("srcset").split(", ")) {
                String[] parts = entry.split(" ");
                listed.put(parts[0].substring("../../".length()), Integer.parseInt(parts[1].replace("w", "")));
            }
        }
        assertThat(listed.values()).as("never upscaled above the 1200 px upright width").allMatch(w -> w <= 1200);
        assertThat(listed).hasSize(6);
        for (Map.Entry<String, Integer> e : listed.entrySet()) {
            BufferedImage image = ImageIO.read(out.resolve(e.getKey()).toFile());
            assertThat(image.getWidth()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(image.getHeight()).as(e.getKey()).isEqualTo(e.getValue() * 1800 / 1200);
        }

        Element card = Pages.page(out, "mo-hinh/").selectFirst("li.card[data-story=a]");
        Element thumb = card.selectFirst("img.card-thumb");
        assertThat(thumb.attr("alt")).as("the card's title names it").isEmpty();
        assertThat(thumb.attr("loading")).isEqualTo("lazy");
        assertThat(thumb.attr("srcset")).contains("-480.jpg 480w").doesNotContain("-1200.jpg");
        assertThat(first.attr("srcset")).as("the thumbnail is the story's first photo")
                .contains(thumb.attr("src").replace("../", "").replace("-480.jpg", ""));
        assertThat(Pages.page(out, "mo-hinh/").select("li.card[data-story=b] img")).as("no photo, no thumbnail").isEmpty();
        assertThat(HtmlChecker.errors(out)).isEmpty();
    }

    @Test
    void aStoryWithAPhotoIsSharedWithItsCropAndOneWithoutWithItsDrawnCard() throws IOException {
        siteWithTwoPhotos();
        Path out = root.resolve("out");
        new SiteBuild().run(source(), out);

        Document a = Pages.page(out, "mo-hinh/a/");
        String image = a.selectFirst("meta[property=og:image]").attr("content");
        assertThat(image).matches(".*/anh/[a-z0-9-]+-[0-9a-f]{8}-1200x630\\.jpg");
        assertThat(a.selectFirst("meta[property=og:image:type]").attr("content")).isEqualTo("image/jpeg");
        assertThat(a.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("Cây cầu mới bắc qua kênh");
        BufferedImage crop = ImageIO.read(out.resolve(image.substring(image.indexOf("anh/"))).toFile());
        assertThat(crop.getWidth()).isEqualTo(Integer.parseInt(a.selectFirst("meta[property=og:image:width]").attr("content")));
        assertThat(crop.getHeight()).isEqualTo(Integer.parseInt(a.selectFirst("meta[property=og:image:height]").attr("content")));
        assertThat(a.select("script[type=application/ld+json]").html()).contains(image.substring(image.indexOf("anh/")));

        Document b = Pages.page(out, "mo-hinh/b/");
        assertThat(b.selectFirst("meta[property=og:image]").attr("content")).contains("/anh-chia-se/").endsWith(".png");
        assertThat(b.selectFirst("meta[property=og:image:type]").attr("content")).isEqualTo("image/png");
    }

    @Test
    void everyPublishedPhotoIsUprightWithoutMetadataAndNoSourceIsPublished() throws IOException {
        siteWithTwoPhotos();
        Path out = root.resolve("out");
        new SiteBuild().run(source(), out);

        List<String> photos = Pages.files(out).stream().filter(p -> p.startsWith("anh/")).toList();
        assertThat(photos).as("only made files; neither the sources nor the unused photo")
                .allMatch(p -> p.matches("anh/(cau-moi|hop-thon)-[0-9a-f]{8}-(\\d+|1200x630)\\.jpg"))
                .noneMatch(p -> p.contains("khong-dung"));
        assertThat(photos.stream().filter(p -> p.startsWith("anh/cau-moi"))).hasSize(4);
        assertThat(photos.stream().filter(p -> p.startsWith("anh/hop-thon"))).hasSize(4);
        assertThat(Files.exists(out.resolve("anh/Cau Moi.jpg"))).isFalse();
        for (String path : photos) {
            byte[] bytes = Files.readAllBytes(out.resolve(path));
            assertThat(SyntheticImages.markers(bytes)).as(path).doesNotContain(0xE1, 0xED, 0xFE);
            assertThat(text(out.resolve(path))).as(path).doesNotContain("Exif", SyntheticImages.MAKE, SyntheticImages.MODEL,
                    SyntheticImages.ARTIST, SyntheticImages.XMP_MARK, SyntheticImages.COMMENT, "8BIM");
            if (path.endsWith("x630.jpg")) {
                continue;
            }
            BufferedImage image = ImageIO.read(out.resolve(path).toFile());
            assertThat(image.getHeight()).as(path + " upright: portrait").isGreaterThan(image.getWidth());
            int w = image.getWidth();
            int h = image.getHeight();
            // stored with the top-left quadrant red: orientation 6 turns it to the top right, 8 to the bottom left
            boolean six = path.startsWith("anh/cau-moi");
            int rgb = image.getRGB(six ? 3 * w / 4 : w / 4, six ? h / 4 : 3 * h / 4);
            assertThat((rgb >> 16) & 0xFF).as(path + " red corner").isGreaterThan(200);
            assertThat(rgb & 0xFF).as(path + " red corner").isLessThan(60);
        }
    }

    @Test
    void twoBuildsAreByteIdenticalAndAWarmBuildEncodesNothing() throws IOException {
        siteWithTwoPhotos();
        SiteBuild cold = new SiteBuild();
        cold.run(source(), root.resolve("one"));
        assertThat(cold.pipeline().encodes()).as("2 photos × (3 widths + share card)").isEqualTo(8);

        SiteBuild again = new SiteBuild();
        again.run(source(), root.resolve("two"));
        assertThat(again.pipeline().encodes()).as("a new process finds every photo in the cache").isZero();
        assertThat(tree(root.resolve("two"))).isEqualTo(tree(root.resolve("one")));

        SiteBuild warm = SiteBuild.warm();
        warm.run(source(), root.resolve("three"));
        TestSite.put(source(), "content/mo-hinh/b.md", TestSite.story("B", "so-y-te", "images: [{src: anh/hop-thon.jpg, alt: Họp}]"));
        warm.run(source(), root.resolve("three"));
        assertThat(warm.pipeline().encodes()).isZero();
        Element card = Pages.page(root.resolve("three"), "mo-hinh/").selectFirst("li.card[data-story=b] img");
        assertThat(card).as("a rebuild of changes only shows a photo newly named").isNotNull();
        assertThat(root.resolve("three").resolve(card.attr("src").replace("../", ""))).isRegularFile();
    }

    private static Map<String, String> tree(Path site) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : Pages.files(site)) {
            files.put(path, java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(site.resolve(path)))));
        }
        return files;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aHeicPhotoFailsTheBuildNamingFileLineAndHowToExportJpeg() throws IOException {
        TestSite.write(source(), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te",
                "images:", "  - src: anh/IMG_0001.jpg", "    alt: Ảnh"));
        Files.createDirectories(source().resolve("assets/anh"));
        Files.write(source().resolve("assets/anh/IMG_0001.jpg"), SyntheticImages.heic());
        Path out = root.resolve("out");
        assertThatThrownBy(() -> new SiteBuild().run(source(), out)).isInstanceOfSatisfying(InvalidSourceException.class, e -> {
            assertThat(e.errors()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("content/mo-hinh/a.md");
                assertThat(p.line()).isEqualTo(8);
                assertThat(p.message()).contains("IMG_0001.jpg", "HEIC");
                assertThat(p.hint()).contains("Cài đặt", "Camera", "Định dạng", "Tương thích nhất", "Zalo");
            });
        });
        assertThat(out).doesNotExist();
    }

    @Test
    void aNarrowPhotoIsAWarningAndTheSiteIsPublished() throws IOException {
        TestSite.write(source(), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te",
                "images: [{src: anh/nho.jpg, alt: Ảnh nhỏ}]"));
        Files.createDirectories(source().resolve("assets/anh"));
        Files.write(source().resolve("assets/anh/nho.jpg"), SyntheticImages.jpeg(SyntheticImages.quadrant(640, 480), false));
        BuildResult result = new SiteBuild().run(source(), root.resolve("out"));
        List<Problem> photoWarnings = new ArrayList<>(result.warnings());
        photoWarnings.removeIf(p -> !"images".equals(p.field()));
        assertThat(photoWarnings).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/mo-hinh/a.md");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("nho.jpg", "640 px");
        });
        assertThat(Pages.page(root.resolve("out"), "mo-hinh/a/").selectFirst("figure.photo img").attr("width")).isEqualTo("640");
    }
}
