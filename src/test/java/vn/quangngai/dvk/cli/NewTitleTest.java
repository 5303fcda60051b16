package vn.quangngai.dvk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quangngai.dvk.testing.TestSite;

/** A title whose letters the command line lost is refused; a file or standard input keeps every letter. */
class NewTitleTest {

    @TempDir
    Path root;
    Path source;
    final Console console = new Console();

    @BeforeEach
    void site() {
        source = TestSite.write(root.resolve("src"), "");
    }

    private int run(String input, String... args) {
        return console.runWithInput(input, args);
    }

    private long stories() throws Exception {
        try (var files = Files.list(source.resolve("content/mo-hinh"))) {
            return files.count();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"D?n v?n kh?o", "Gi?m s?t", "?n c?", "Dân vận \uFFFD khéo"})
    void aTitleWithLettersLostOnTheWayIsRefusedAndNothingIsWritten(String title) throws Exception {
        assertThat(run("", "new", "--source", source.toString(), "--agency", "so-y-te", title)).isEqualTo(Main.USAGE);
        assertThat(console.err()).contains("đã làm mất các chữ có dấu").contains("--title-file")
                .contains("--title -").contains("trình biên tập");
        assertThat(stories()).isZero();
    }

    @Test
    void aQuestionMarkThatEndsAPhraseIsNotALostLetter() {
        assertThat(NewStory.lostLetters("Vì sao phải đổi mới ?")).isNull();
        assertThat(NewStory.lostLetters("Dân vận khéo")).isNull();
        assertThat(NewStory.lostLetters("Vì sao?")).isNotNull();
    }

    @Test
    void theTitleIsReadFromAUtf8FileWithItsBom() throws Exception {
        Path file = root.resolve("ten.txt");
        Files.write(file, ("\uFEFF\r\nDân vận khéo ở Đức Phổ\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(run("", "new", "--source", source.toString(), "--agency", "so-y-te", "--title-file", file.toString())).isZero();
        assertThat(Files.readString(source.resolve("content/mo-hinh/dan-van-kheo-o-duc-pho.md")))
                .contains("title: \"Dân vận khéo ở Đức Phổ\"");
    }

    @Test
    void aTitleFileInAnotherEncodingIsRefusedWithItsName() throws Exception {
        Path file = root.resolve("ten.txt");
        Files.write(file, "Dân vận khéo".getBytes(StandardCharsets.UTF_16LE));
        assertThat(run("", "new", "--source", source.toString(), "--agency", "so-y-te", "--title-file", file.toString()))
                .isEqualTo(Main.USAGE);
        assertThat(console.err()).contains("ten.txt").contains("UTF-16");
        assertThat(stories()).isZero();
    }

    @Test
    void theTitleIsReadFromStandardInputWithTitleDash() throws Exception {
        assertThat(run("Mô hình “4 xin”\n", "new", "--source", source.toString(), "--agency", "so-y-te", "--title", "-")).isZero();
        assertThat(console.out()).contains("Gõ tên mô hình");
        assertThat(Files.readString(source.resolve("content/mo-hinh/mo-hinh-4-xin.md"))).contains("title: \"Mô hình “4 xin”\"");
    }
}
