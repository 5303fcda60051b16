package vn.quangngai.dvk.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;

/** A YAML mistake is said in Vietnamese, at the line where it was written, with its fix. */
class YamlMessagesTest {

    private static Problem only(String yaml) {
        try {
            YamlDocument.parse(yaml.replace("|", "\n"), "content/mo-hinh/a.md", 2);
        } catch (InvalidSourceException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected an error");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "title: A|summary: Mô hình: 4 xin;                3; dấu hai chấm (:);      ngoặc kép",
            "title: A| fields: [y-te];                        3; dấu hai chấm (:);      sát lề trái",
            "title: A|fields: [y-te;                          3; ngoặc vuông [;         fields: [y-te, tu-phap]",
            "title: A|summary: - Một câu;                     3; gạch ngang (-);        summary: \"- …\"",
            "figures:|  - value: 1|   label: x;               4; không thẳng cột;       lùi 4 dấu cách",
            "title: A|agency:so-y-te|fields: [y-te];          3; thiếu dấu cách;        agency: so-y-te"})
    void aSyntaxErrorIsSaidInVietnameseAtItsLineWithTheFix(String yaml, int line, String message, String hint) {
        Problem p = only(yaml);
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.message()).contains(message).doesNotContain("allowed", "while", "expected");
        assertThat(p.hint()).contains(hint);
    }
}
