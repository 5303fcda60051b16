package vn.quangngai.dvk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quangngai.dvk.image.SyntheticImages;
import vn.quangngai.dvk.testing.TestSite;

class MainTest {

    @TempDir
    Path root;

    private final Console console = new Console();

    @ParameterizedTest
    @ValueSource(strings = {"", "bake", "build --out", "build --verbose x", "build --port 8820", "build --base-url example.gov.vn/x/", "check --out x", "serve --port 0", "serve --port http"})
    void usageErrorsExitWithTwoAndShowUsage(String line) {
        assertThat(console.run(line.isEmpty() ? new String[0] : line.split(" "))).isEqualTo(Main.USAGE);
        assertThat(console.err()).contains("Cách dùng:");
    }

    @Test
    void invalidContentExitsWithOneAndNamesTheFile() {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-yte"));
        assertThat(console.run("build", "--source", source.toString(), "--out", root.resolve("site").toString())).isEqualTo(Main.FAILED);
        assertThat(console.err()).contains("content/mo-hinh/a.md:4: lỗi: [agency]").contains("so-y-te");
        assertThat(Files.exists(root.resolve("site"))).isFalse();
    }

    @Test
    void checkReportsEveryProblemWithoutWritingAnything() {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-yte")
                + "-- content/mo-hinh/b.md --\n" + TestSite.story("B", "so-y-te").replace("2026-11-25", "mai"));
        assertThat(console.run("check", "--source", source.toString())).isEqualTo(Main.FAILED);
        assertThat(console.err()).contains("content/mo-hinh/a.md:4").contains("content/mo-hinh/b.md:3").contains("Có 2 lỗi.");
        assertThat(Files.exists(source.resolve("target"))).isFalse();
    }

    @Test
    void checkOfAGoodSiteSaysSoAndListsWarnings() {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te", "agnecy: x"));
        assertThat(console.run("check", "--source", source.toString())).isEqualTo(Main.OK);
        assertThat(console.out()).startsWith("Không có lỗi: 1 bài mô hình").contains("1 cảnh báo");
        assertThat(console.err()).contains("cảnh báo: [agnecy]");
    }

    /** The case: a HEIC photo named .jpg passed check; now check says what it is, where, and what to do, and writes nothing. */
    @Test
    void checkReadsEveryPhotoHeaderAndWritesNothing() throws IOException {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te",
                "images:", "  - src: anh/iphone.jpg", "    alt: Ảnh", "  - src: anh/nho.jpg", "    alt: Ảnh nhỏ"));
        Files.createDirectories(source.resolve("assets/anh"));
        Files.write(source.resolve("assets/anh/iphone.jpg"), SyntheticImages.heic());
        Files.write(source.resolve("assets/anh/nho.jpg"), SyntheticImages.jpeg(SyntheticImages.quadrant(600, 400), false));
        assertThat(console.run("check", "--source", source.toString())).isEqualTo(Main.FAILED);
        assertThat(console.err()).contains("content/mo-hinh/a.md:8: lỗi: [images] ảnh iphone.jpg có định dạng HEIC/HEIF")
                .contains("Tương thích nhất")
                .contains("content/mo-hinh/a.md:10: cảnh báo: [images] ảnh nho.jpg chỉ rộng 600 px");
        Files.write(source.resolve("assets/anh/iphone.jpg"), SyntheticImages.phoneJpeg(SyntheticImages.quadrant(900, 1200), 6));
        Console again = new Console();
        assertThat(again.run("check", "--source", source.toString())).isEqualTo(Main.OK);
        assertThat(again.err()).as("1200 px wide once upright").doesNotContain("iphone.jpg").contains("nho.jpg chỉ rộng 600 px");
        try (var files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("src");
        }
        assertThat(Files.exists(source.resolve("target"))).isFalse();
    }

    @Test
    void checkListsDraftsAsInformationAndBuildSaysHowManyItLeftOut() {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te")
                + "-- content/mo-hinh/b.md --\n" + TestSite.story("B", "so-y-te", "draft: true"));
        assertThat(console.run("check", "--source", source.toString())).isEqualTo(Main.OK);
        assertThat(console.out()).startsWith("Bỏ qua 1 bản nháp (draft: true, không xuất bản): content/mo-hinh/b.md.\n")
                .contains("Không có lỗi: 1 bài mô hình").doesNotContain("cảnh báo");
        assertThat(console.err()).isEmpty();

        assertThat(console.run("build", "--source", source.toString(), "--out", root.resolve("site").toString(),
                "--base-url", "https://example.invalid/")).isEqualTo(Main.OK);
        assertThat(console.out()).contains("Bỏ qua 1 bản nháp (draft: true, không xuất bản): content/mo-hinh/b.md.\nĐã xuất bản");
        assertThat(root.resolve("site/mo-hinh/b")).doesNotExist();
    }

    @Test
    void aMissingSourceFolderExitsWithOne() {
        assertThat(console.run("build", "--source", root.resolve("khong-co").toString(), "--out", root.resolve("site").toString()))
                .isEqualTo(Main.FAILED);
        assertThat(console.err()).contains("jbake.properties");
    }

    /** In a JVM of its own, as a writer runs it: one summary line, nothing on stderr, no DEBUG or OrientDB chatter. */
    @Test
    void buildPrintsOneQuietSummaryLine() throws IOException, InterruptedException {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--source", source.toString(), "--out", root.resolve("site").toString(),
                "--base-url", "https://example.gov.vn/dan-van-kheo/"))
                .redirectOutput(root.resolve("stdout").toFile())
                .redirectError(root.resolve("stderr").toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        List<String> stdout = Files.readAllLines(root.resolve("stdout"));
        assertThat(stdout).singleElement().asString()
                .matches("Đã xuất bản \\d+ trang HTML \\(1 mô hình, 1 cơ quan, 0 địa bàn\\) trong \\d+,\\d\\d giây → .*site");
        assertThat(Files.readString(root.resolve("stderr"))).isEmpty();
    }
}
