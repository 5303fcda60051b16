package vn.quangngai.dvk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quangngai.dvk.testing.TestSite;

/** Crafted input that once crashed or hung a build: now one Vietnamese error naming the file and line. */
class HostileInputTest {

    @TempDir
    Path root;

    private final Console console = new Console();

    private static String crafted(String name) {
        return switch (name) {
            case "word" -> "a".repeat(16_400);
            case "underscores" -> "_".repeat(2_500) + "a";
            case "quotes" -> ">".repeat(10_000) + " a";
            case "lists" -> "- ".repeat(3_000) + "a";
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"word", "underscores", "quotes", "lists"})
    void aCraftedBodyIsAnErrorAtItsLineNotAStackOverflow(String name) {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n"
                + TestSite.story("A", "so-y-te").replace("Nội dung của A.", crafted(name)));
        assertThat(console.run("build", "--source", source.toString(), "--out", root.resolve("site").toString())).isEqualTo(Main.FAILED);
        assertThat(console.err()).startsWith("content/mo-hinh/a.md:10: lỗi: [nội dung] ").containsAnyOf("giới hạn", "tối đa").hasSizeLessThan(1_000);
        assertThat(Files.exists(root.resolve("site"))).isFalse();
    }

    @Test
    void aSummaryOfTwoMegabytesIsRefusedByTheFileSizeLimit() {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n"
                + TestSite.story("A", "so-y-te", "summary2: \"" + "lời tóm tắt ".repeat(180_000) + "\"").replace("summary:", "x_summary:")
                        .replace("summary2:", "summary:"));
        assertThat(console.run("build", "--source", source.toString(), "--out", root.resolve("site").toString())).isEqualTo(Main.FAILED);
        assertThat(console.err()).startsWith("content/mo-hinh/a.md: lỗi: tệp lớn 2,").contains("quá giới hạn 1,0 MB");
    }

    @Test
    void aFiftyMegabyteDataFileFailsWithItsNameInsteadOfHanging() throws IOException {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
        try (Writer writer = Files.newBufferedWriter(source.resolve("data/trang.yaml"), StandardCharsets.UTF_8)) {
            writer.write("publisher: so-noi-vu\nreport:\n  title: \"");
            String chunk = "báo cáo ".repeat(1_000);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.getBytes(StandardCharsets.UTF_8).length) {
                writer.write(chunk);
            }
            writer.write("\"\n");
        }
        assertThat(console.run("check", "--source", source.toString())).isEqualTo(Main.FAILED);
        assertThat(console.err()).startsWith("data/trang.yaml: lỗi: tệp lớn 50,").contains("quá giới hạn 1,0 MB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\x01", "\\e", "\\uFFFE", "\\uD800"})
    void anEscapedControlCharacterInADataFileIsAnErrorNamingFileLineAndField(String escape) throws IOException {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
        Path agencies = source.resolve("data/co-quan.yaml");
        String text = Files.readString(agencies);
        String line = "name: Sở Y tế tỉnh Quảng Ngãi";
        int lineNumber = text.substring(0, text.indexOf(line)).split("\n", -1).length;
        Files.writeString(agencies, text.replace(line, "name: \"Sở Y tế" + escape + " tỉnh Quảng Ngãi\""));
        assertThat(console.run("build", "--source", source.toString(), "--out", root.resolve("site").toString())).isEqualTo(Main.FAILED);
        assertThat(console.err()).startsWith("data/co-quan.yaml:" + lineNumber + ": lỗi: [agencies[").contains("].name] có ký tự không in được U+");
        assertThat(Files.exists(root.resolve("site"))).isFalse();
    }

    @Test
    void aTitleThatIsAnAliasIsRefused() {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n"
                + TestSite.story("A", "so-y-te").replace("title: \"A\"", "title: *alias"));
        assertThat(console.run("check", "--source", source.toString())).isEqualTo(Main.FAILED);
        assertThat(console.err()).startsWith("content/mo-hinh/a.md:2: lỗi: [title] bí danh YAML \"*alias\"");
    }
}
