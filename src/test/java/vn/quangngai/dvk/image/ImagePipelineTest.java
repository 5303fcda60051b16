package vn.quangngai.dvk.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.quangngai.dvk.image.SyntheticImages.markers;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;

class ImagePipelineTest {

    private static final String STORY = "content/mo-hinh/cau-moi.md";

    @TempDir
    Path dir;

    private ImagePipeline pipeline() {
        return new ImagePipeline(dir.resolve("cache"), ImageSettings.DEFAULT);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("assets/anh").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static BufferedImage readBack(Variant v) throws IOException {
        BufferedImage image = ImageIO.read(v.file().toFile());
        assertThat(image).as(v.path()).isNotNull();
        assertThat(image.getWidth()).as(v.path()).isEqualTo(v.width());
        assertThat(image.getHeight()).as(v.path()).isEqualTo(v.height());
        return image;
    }

    private static boolean reddish(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int b = rgb & 0xFF;
        return r > 200 && b < 60;
    }

    private static boolean bluish(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return b > 200 && r < 60 && g < 60;
    }

    /** Stored 3200 × 1600 with the top-left quadrant red; where that corner must land once upright. */
    @ParameterizedTest
    @CsvSource({
        "1, 3200, 1600, top-left",
        "3, 3200, 1600, bottom-right",
        "6, 1600, 3200, top-right",
        "8, 1600, 3200, bottom-left",
    })
    void phonePhotoIsPublishedUprightAndWithoutAnyMetadata(int orientation, int width, int height, String corner)
            throws IOException {
        byte[] photo = SyntheticImages.phoneJpeg(SyntheticImages.quadrant(3200, 1600), orientation);
        String raw = new String(photo, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains(SyntheticImages.MAKE, SyntheticImages.ARTIST, SyntheticImages.XMP_MARK,
                SyntheticImages.COMMENT, "Photoshop 3.0");
        assertThat(Orientation.ofJpeg(photo)).as("the EXIF block is real: the library reads it").isEqualTo(orientation);

        ProcessedImage result = pipeline().process(write("IMG_0001.JPG", photo), STORY, 12);

        assertThat(result.width()).isEqualTo(width);
        assertThat(result.height()).isEqualTo(height);
        assertThat(result.variants()).extracting(Variant::width).containsExactly(480, 800, 1200, 1600);
        assertThat(result.warnings()).isEmpty();
        for (Variant v : result.files()) {
            byte[] bytes = Files.readAllBytes(v.file());
            assertThat(markers(bytes)).as(v.path())
                    .doesNotContain(0xE1, 0xE2, 0xED, 0xFE)
                    .allMatch(m -> m < 0xE1 || m > 0xEF, "no APPn but JFIF's APP0");
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(v.path())
                    .doesNotContain("Exif", SyntheticImages.MAKE, SyntheticImages.MODEL, SyntheticImages.ARTIST,
                            SyntheticImages.XMP_MARK, SyntheticImages.COMMENT, "Photoshop", "8BIM", "ICC_PROFILE");
        }
        for (Variant v : result.variants()) {
            BufferedImage image = readBack(v);
            assertThat(v.height()).isEqualTo(v.width() * height / width);
            int w = image.getWidth();
            int h = image.getHeight();
            int x = corner.endsWith("left") ? w / 4 : 3 * w / 4;
            int y = corner.startsWith("top") ? h / 4 : 3 * h / 4;
            assertThat(reddish(image.getRGB(x, y))).as(v.path() + " red at the " + corner).isTrue();
            assertThat(bluish(image.getRGB(w - 1 - x, h - 1 - y))).as(v.path() + " blue opposite").isTrue();
            assertThat(bluish(image.getRGB(w - 1 - x, y))).as(v.path() + " blue beside").isTrue();
        }
        assertThat(result.shareCard().path()).matches("anh/img-0001-[0-9a-f]{8}-1200x630\\.jpg");
        assertThat(result.variants()).extracting(Variant::path)
                .allMatch(p -> p.matches("anh/img-0001-[0-9a-f]{8}-\\d+\\.jpg"));
    }

    @Test
    void widthsNeverExceedTheSourceAndANarrowPhotoIsAWarning() throws IOException {
        ProcessedImage mid = pipeline().process(write("a.jpg", SyntheticImages.jpeg(SyntheticImages.quadrant(1000, 750), false)), STORY, 3);
        assertThat(mid.variants()).extracting(Variant::width).containsExactly(480, 800, 1000);
        assertThat(mid.warnings()).isEmpty();

        ProcessedImage small = pipeline().process(write("b.png", SyntheticImages.encode(SyntheticImages.quadrant(600, 400), "png")), STORY, 4);
        assertThat(small.variants()).extracting(Variant::width).containsExactly(480, 600);
        assertThat(small.warnings()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.toString()).contains(STORY, "b.png", "600 px", "800 px");
        });
    }

    @Test
    void progressiveJpegIsRead() throws IOException {
        byte[] progressive = SyntheticImages.jpeg(SyntheticImages.quadrant(1200, 800), true);
        assertThat(markers(progressive)).contains(0xC2);
        ProcessedImage result = pipeline().process(write("p.jpg", progressive), STORY, 1);
        BufferedImage image = readBack(result.variants().get(0));
        assertThat(reddish(image.getRGB(100, 50))).isTrue();
        assertThat(bluish(image.getRGB(400, 250))).isTrue();
    }

    @Test
    void sixteenBitPngIsRead() throws IOException {
        byte[] png = SyntheticImages.png16(900, 600, 200, 120, 40);
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getColorModel().getComponentSize(0)).isEqualTo(16);
        ProcessedImage result = pipeline().process(write("sau.png", png), STORY, 1);
        int rgb = readBack(result.variants().get(0)).getRGB(200, 100);
        assertThat((rgb >> 16) & 0xFF).isBetween(190, 210);
        assertThat((rgb >> 8) & 0xFF).isBetween(110, 130);
        assertThat(rgb & 0xFF).isBetween(30, 50);
    }

    @Test
    void cmykJpegBecomesSrgbWithoutInvertedColours() throws IOException {
        byte[] cmyk = SyntheticImages.cmykJpeg(900, 600);
        assertThat(markers(cmyk)).as("Adobe APP14 marks a CMYK JPEG").contains(0xEE);
        ProcessedImage result = pipeline().process(write("in-an.jpg", cmyk), STORY, 1);
        for (Variant v : result.files()) {
            assertThat(markers(Files.readAllBytes(v.file()))).doesNotContain(0xEE, 0xE2);
        }
        int rgb = readBack(result.variants().get(0)).getRGB(200, 100);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        assertThat(r).as("cyan has little red").isLessThan(120);
        assertThat(b).as("and much blue").isGreaterThan(180);
        assertThat(g).isGreaterThan(r);
    }

    @Test
    void webpIsReadAndTransparencyLaidOnWhite() throws IOException {
        ProcessedImage result = pipeline().process(write("zalo.webp", SyntheticImages.transparentWebp(900, 600)), STORY, 1);
        assertThat(result.variants()).extracting(Variant::width).containsExactly(480, 800, 900);
        assertThat(readBack(result.variants().get(1)).getRGB(400, 300) & 0xFFFFFF).isGreaterThan(0xF0F0F0);
    }

    @Test
    void anotherColourProfileIsConvertedToSrgbAndNotKept() throws IOException {
        BufferedImage grey = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = grey.createGraphics();
        g.setColor(new java.awt.Color(64, 64, 64));
        g.fillRect(0, 0, 900, 600);
        g.dispose();
        byte[] tagged = SyntheticImages.jpegWithProfile(grey);
        assertThat(markers(tagged)).contains(0xE2);

        ProcessedImage result = pipeline().process(write("p3.jpg", tagged), STORY, 1);
        byte[] out = Files.readAllBytes(result.largest().file());
        assertThat(markers(out)).doesNotContain(0xE2);
        int level = readBack(result.largest()).getRGB(450, 300) & 0xFF;
        assertThat(level).as("linear 64/255 is about 137 in sRGB").isBetween(125, 150);
    }

    @Test
    void heicNamedJpgIsRefusedWithWhatToDo() throws IOException {
        Path heic = write("IMG_2024.jpg", SyntheticImages.heic());
        assertThatThrownBy(() -> pipeline().process(heic, STORY, 7))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> {
                    Problem p = e.problems().get(0);
                    assertThat(p.isError()).isTrue();
                    assertThat(p.file()).isEqualTo(STORY);
                    assertThat(p.line()).isEqualTo(7);
                    assertThat(p.toString()).contains("IMG_2024.jpg", "HEIC/HEIF", "JPEG, PNG hoặc WebP",
                            "Cài đặt › Camera › Định dạng", "Tương thích nhất", "Zalo");
                });
    }

    @ParameterizedTest
    @CsvSource({"gif, GIF", "bmp, BMP", "tiff, TIFF"})
    void otherFormatsAreRefusedByTheirBytes(String format, String label) throws IOException {
        Path file = write("anh." + (format.equals("gif") ? "png" : "jpg"),
                SyntheticImages.encode(SyntheticImages.quadrant(100, 100), format));
        assertThatThrownBy(() -> pipeline().process(file, STORY, 9))
                .isInstanceOfSatisfying(InvalidSourceException.class, e ->
                        assertThat(e.problems().get(0).toString()).contains(STORY + ":9", file.getFileName().toString(),
                                "định dạng " + label, "JPEG"));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws IOException {
        byte[] bomb = SyntheticImages.claimingSize(SyntheticImages.jpeg(SyntheticImages.quadrant(64, 64), false), 60000, 60000);
        ImagePipeline pipeline = pipeline();
        Path file = write("bom.jpg", bomb);
        assertThatThrownBy(() -> pipeline.process(file, STORY, 5))
                .isInstanceOfSatisfying(InvalidSourceException.class, e ->
                        assertThat(e.problems().get(0).toString()).contains("bom.jpg", "60000×60000", "quá giới hạn 50,0 triệu"));
        assertThat(pipeline.encodes()).isZero();
    }

    @Test
    void aFileOverTheByteLimitIsRefusedAndAMissingFileNamed() throws IOException {
        ImageSettings tight = new ImageSettings(List.of(480), 0.8f, 1200, 630, 1000, 50_000_000L, 800);
        Path big = write("lon.jpg", SyntheticImages.jpeg(SyntheticImages.quadrant(800, 600), false));
        assertThatThrownBy(() -> new ImagePipeline(dir.resolve("c"), tight).process(big, STORY, 2))
                .hasMessageContaining("lon.jpg").hasMessageContaining("quá giới hạn");
        assertThatThrownBy(() -> pipeline().process(dir.resolve("khong-co.jpg"), STORY, 2))
                .hasMessageContaining("không tìm thấy ảnh").hasMessageContaining("khong-co.jpg");
    }

    @Test
    void aNameDifferingFromTheFileOnlyByCaseIsAnErrorOnEverySystem() throws IOException {
        Path onDisk = write("Cau-Moi.JPG", SyntheticImages.jpeg(SyntheticImages.quadrant(900, 600), false));
        Path named = onDisk.resolveSibling("cau-moi.jpg");
        assertThatThrownBy(() -> pipeline().process(named, STORY, 8))
                .isInstanceOfSatisfying(InvalidSourceException.class, e ->
                        assertThat(e.problems().get(0).toString()).contains(STORY + ":8", "cau-moi.jpg", "Cau-Moi.JPG",
                                "chữ hoa/chữ thường"));
    }

    @Test
    void shareCardKeepsTheCentreOfALandscapeAndTheUpperThirdOfAPortrait() throws IOException {
        ProcessedImage landscape = pipeline().process(
                write("ngang.jpg", SyntheticImages.jpeg(SyntheticImages.sideBands(3000, 1000, 500), false)), STORY, 1);
        BufferedImage card = readBack(landscape.shareCard());
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
        assertThat(bluish(card.getRGB(5, 315))).as("the side bands are cut off").isTrue();
        assertThat(bluish(card.getRGB(1194, 315))).isTrue();

        ProcessedImage portrait = pipeline().process(
                write("doc.jpg", SyntheticImages.jpeg(SyntheticImages.topBand(1200, 2400, 800), false)), STORY, 1);
        BufferedImage face = readBack(portrait.shareCard());
        assertThat(reddish(face.getRGB(600, 5))).as("the upper third is in the card").isTrue();
        assertThat(bluish(face.getRGB(600, 624))).isTrue();
    }

    @Test
    void aWarmRunEncodesNothingAndTwoRunsAreByteIdentical() throws IOException {
        List<ImagePipeline.Request> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requests.add(new ImagePipeline.Request(
                    write("anh-" + i + ".jpg", SyntheticImages.phoneJpeg(SyntheticImages.quadrant(1700 + i * 10, 1000), 6)),
                    STORY, 10 + i));
        }
        ImagePipeline cold = new ImagePipeline(dir.resolve("cache-a"), ImageSettings.DEFAULT);
        List<ProcessedImage> first = cold.processAll(requests);
        assertThat(cold.encodes()).as("480, 800, 1000 and the share card").isEqualTo(4 * 4);
        assertThat(first).extracting(p -> p.variants().get(0).path()).allMatch(p -> p.startsWith("anh/anh-"));

        ImagePipeline warm = new ImagePipeline(dir.resolve("cache-a"), ImageSettings.DEFAULT);
        List<ProcessedImage> again = warm.processAll(requests);
        assertThat(warm.encodes()).as("nothing re-encoded on a warm run").isZero();
        assertThat(again).isEqualTo(first);

        ImagePipeline other = new ImagePipeline(dir.resolve("cache-b"), ImageSettings.DEFAULT);
        List<ProcessedImage> second = other.processAll(requests);
        assertThat(other.encodes()).isEqualTo(4 * 4);
        for (int i = 0; i < first.size(); i++) {
            List<Variant> a = first.get(i).files();
            List<Variant> b = second.get(i).files();
            assertThat(b).extracting(Variant::path).isEqualTo(a.stream().map(Variant::path).toList());
            for (int j = 0; j < a.size(); j++) {
                assertThat(Files.readAllBytes(b.get(j).file())).as(a.get(j).path())
                        .isEqualTo(Files.readAllBytes(a.get(j).file()));
            }
        }

        Path site = dir.resolve("site");
        first.get(0).copyTo(site);
        assertThat(site.resolve(first.get(0).largest().path())).exists();
        assertThat(first.get(0).srcset("/")).startsWith("/anh/anh-0-").contains(" 480w, /anh/anh-0-").endsWith(" 1000w");
    }

    @Test
    void otherSettingsOrOtherBytesGiveOtherNames() throws IOException {
        Path photo = write("a.jpg", SyntheticImages.jpeg(SyntheticImages.quadrant(900, 600), false));
        String base = pipeline().process(photo, STORY, 1).largest().path();
        ImageSettings lower = new ImageSettings(ImageSettings.DEFAULT.widths(), 0.7f, 1200, 630,
                ImageSettings.DEFAULT.maxBytes(), ImageSettings.DEFAULT.maxPixels(), 800);
        assertThat(new ImagePipeline(dir.resolve("cache"), lower).process(photo, STORY, 1).largest().path()).isNotEqualTo(base);
        ImageSettings otherLimits = new ImageSettings(ImageSettings.DEFAULT.widths(), 0.8f, 1200, 630,
                1_000_000, 2_000_000L, 1000);
        ImagePipeline sameOutput = new ImagePipeline(dir.resolve("cache"), otherLimits);
        assertThat(sameOutput.process(photo, STORY, 1).largest().path()).as("limits do not shape the output").isEqualTo(base);
        assertThat(sameOutput.encodes()).isZero();
        Files.write(photo, SyntheticImages.jpeg(SyntheticImages.quadrant(900, 601), false));
        assertThat(pipeline().process(photo, STORY, 1).largest().path()).isNotEqualTo(base);
    }

    @Test
    void aBrokenCacheEntryIsMadeAgain() throws IOException {
        Path photo = write("a.jpg", SyntheticImages.jpeg(SyntheticImages.quadrant(900, 600), false));
        ProcessedImage first = pipeline().process(photo, STORY, 1);
        byte[] good = Files.readAllBytes(first.largest().file());
        Files.delete(first.largest().file());
        ImagePipeline again = pipeline();
        ProcessedImage second = again.process(photo, STORY, 1);
        assertThat(again.encodes()).isPositive();
        assertThat(Files.readAllBytes(second.largest().file())).isEqualTo(good);
    }

    @Test
    void errorsOfSeveralPhotosAreReportedTogether() throws IOException {
        List<ImagePipeline.Request> requests = List.of(
                new ImagePipeline.Request(write("tot.jpg", SyntheticImages.jpeg(SyntheticImages.quadrant(900, 600), false)), STORY, 3),
                new ImagePipeline.Request(write("iphone.heic", SyntheticImages.heic()), STORY, 4),
                new ImagePipeline.Request(write("dong.gif", SyntheticImages.encode(SyntheticImages.quadrant(50, 50), "gif")), STORY, 5));
        assertThatThrownBy(() -> pipeline().processAll(requests))
                .isInstanceOfSatisfying(InvalidSourceException.class, e ->
                        assertThat(e.problems()).extracting(Problem::line).containsExactly(4, 5));
    }

    @Test
    void publishedNamesAreAsciiLowerCase() {
        assertThat(ImagePipeline.stem("Cầu Mới Đức Phổ.JPG")).isEqualTo("cau-moi-duc-pho");
        assertThat(ImagePipeline.stem("ảnh.png")).isEqualTo("anh");
        assertThat(ImagePipeline.stem("...jpg")).isEqualTo("anh");
    }
}
