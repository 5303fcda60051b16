package vn.quangngai.dvk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker helper really runs the Nu Html Checker, finds every page, and names file and line. */
class HtmlCheckerTest {

    private static final String VALID = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>x</title></head>"
            + "<body><p>Xin chào</p></body></html>";

    @TempDir
    static Path site;

    private static HtmlChecker.Report report;

    /** One site, one run of the checker, for all the cases below. */
    @BeforeAll
    static void checkOneSite() throws IOException {
        write("index.html", VALID);
        write("khong-hop-le.html", """
                <!DOCTYPE html>
                <html lang="vi">
                <head><meta charset="utf-8"><title>Lỗi</title></head>
                <body>
                <ul>
                <p>Đoạn văn trong danh sách</p>
                </ul>
                </body>
                </html>
                """);
        write("mo-hinh/2026/trung-id/index.html", """
                <!DOCTYPE html>
                <html lang="vi">
                <head><meta charset="utf-8"><title>Trùng id</title></head>
                <body>
                <div id="a">một</div>
                <div id="a">hai</div>
                </body>
                </html>
                """);
        write("thieu-title.html", """
                <!DOCTYPE html>
                <html lang="vi">
                <head><meta charset="utf-8"></head>
                <body><p>Không có tiêu đề</p></body>
                </html>
                """);
        write("not-a-page.htm", "<p><p><ul><p>not checked: only *.html files are");
        write("style.css", "not html at all {");
        report = HtmlChecker.check(site);
    }

    @Test
    void checksEveryHtmlFileBelowTheFolderAndNothingElse() {
        assertThat(report.files()).isEqualTo(4);
        assertThat(report.errors()).extracting(HtmlChecker.Message::file)
                .doesNotContain("not-a-page.htm", "style.css");
    }

    @Test
    void aValidPageHasNoErrors() {
        assertThat(report.errors()).extracting(HtmlChecker.Message::file).doesNotContain("index.html");
    }

    @Test
    void aValidPageAloneGivesNoErrors(@TempDir Path alone) throws IOException {
        Files.writeString(alone.resolve("index.html"), VALID, StandardCharsets.UTF_8);

        assertThat(HtmlChecker.errors(alone)).isEmpty();
    }

    @Test
    void aParagraphDirectlyInsideAListIsAnErrorAtItsLine() {
        assertThat(report.errorLines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("khong-hop-le.html:6:1: ")
                        .contains("Element “p” not allowed as child of element “ul”"));
    }

    @Test
    void aDuplicateIdInANestedFolderIsFoundAndNamedByItsRelativePath() {
        assertThat(report.errorLines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("mo-hinh/2026/trung-id/index.html:6:")
                        .contains("Duplicate ID “a”"));
        // the checker's pointer to the first occurrence is advice, not an error
        assertThat(report.warningLines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("mo-hinh/2026/trung-id/index.html:5:")
                        .contains("first occurrence of ID “a”"));
    }

    @Test
    void aMissingTitleIsAnError() {
        assertThat(report.errorLines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("thieu-title.html:3:")
                        .contains("missing a required instance of child element “title”"));
    }

    @Test
    void errorsAreOnlyTheRealOnes() {
        assertThat(report.errors()).extracting(HtmlChecker.Message::file)
                .containsOnly("khong-hop-le.html", "mo-hinh/2026/trung-id/index.html", "thieu-title.html");
    }

    @Test
    void aFolderWithoutPagesHasNothingToCheck(@TempDir Path empty) {
        assertThat(HtmlChecker.check(empty).files()).isZero();
        assertThat(HtmlChecker.errors(empty)).isEmpty();
    }

    @Test
    void aMissingFolderIsRefused(@TempDir Path parent) {
        assertThatThrownBy(() -> HtmlChecker.errors(parent.resolve("no-such-site")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
