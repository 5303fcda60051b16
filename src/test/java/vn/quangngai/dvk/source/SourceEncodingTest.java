package vn.quangngai.dvk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quangngai.dvk.problem.InvalidSourceException;

/** A file saved in another encoding is named as the editor names it, with the choice that fixes it. */
class SourceEncodingTest {

    private static InvalidSourceException thrown(byte[] bytes) {
        try {
            SourceText.decode(bytes, "content/mo-hinh/a.md");
        } catch (InvalidSourceException e) {
            return e;
        }
        throw new AssertionError("no error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void aUtf16FileWithItsByteOrderMarkIsNamedUtf16(String encoding) {
        byte[] text = ("\uFEFF---\ntitle: Đức Phổ\n---\n").getBytes(Charset.forName(encoding));
        assertThat(thrown(text).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("UTF-16").contains("\"Unicode\"");
            assertThat(p.hint()).contains("chọn \"UTF-8\"").contains("không chọn \"ANSI\" hay \"Unicode\"");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void aUtf16FileWithoutAMarkIsNamedUtf16Too(String encoding) {
        assertThat(thrown("---\ntitle: A\n---\n".getBytes(Charset.forName(encoding))).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-16"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1258", "ISO-8859-1"})
    void aFileInTheAnsiCodePageIsSentToUtf8AsNotepadNamesIt(String encoding) {
        byte[] text = "---\ntitle: Hồ sơ tàu cá\n---\n".getBytes(Charset.forName(encoding));
        assertThatThrownBy(() -> SourceText.decode(text, "a.md")).isInstanceOf(InvalidSourceException.class);
        assertThat(thrown(text).problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("UTF-8");
            assertThat(p.hint()).contains("Save As").contains("\"UTF-8\"").doesNotContain("UTF-8 (Unicode)");
        });
    }
}
