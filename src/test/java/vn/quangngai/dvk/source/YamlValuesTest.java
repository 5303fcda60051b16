package vn.quangngai.dvk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;

/** Values YAML can express but a page cannot show: invisible characters, anchors and aliases. */
class YamlValuesTest {

    private static Problem refused(String yaml) {
        InvalidSourceException thrown = (InvalidSourceException) org.assertj.core.api.Assertions.catchThrowable(
                () -> YamlDocument.parse(yaml, "content/mo-hinh/a.md", 2));
        assertThat(thrown).as("refused: " + yaml).isNotNull();
        assertThat(thrown.problems()).hasSize(1);
        return thrown.problems().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\x01", "\\0", "\\e", "\\uFFFE", "\\uFFFF", "\\uFDD0", "\\x85", "\\x7F", "\\U0001FFFF", "\\r", "\\uD800", "\\uDC00"})
    void anEscapedControlCharacterOrNoncharacterIsAnErrorAtItsFieldAndLine(String escape) {
        Problem problem = refused("date: 2026-11-25\nsummary: \"Tóm " + escape + " tắt\"\n");
        assertThat(problem.file()).isEqualTo("content/mo-hinh/a.md");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.field()).isEqualTo("summary");
        assertThat(problem.message()).startsWith("có ký tự không in được U+").contains("ở vị trí 5");
    }

    @Test
    void controlCharactersInNestedValuesAndKeysAreFoundWhileTabsLineBreaksAndEmojiStay() {
        assertThat(refused("agencies:\n  - id: a\n    name: \"Sở\\x01\"\n").field()).isEqualTo("agencies[0].name");
        assertThat(refused("\"ti\\x02tle\": A\n").line()).isEqualTo(2);
        YamlDocument doc = YamlDocument.parse("summary: \"Một\\tdòng\\nhai 😀 Đức Phổ\"\n", "a.md", 1);
        assertThat(doc.root().get("summary").asText()).isEqualTo("Một\tdòng\nhai 😀 Đức Phổ");
    }

    @Test
    void anAliasIsRefusedInsteadOfPublishingTheAnchorsName() {
        Problem problem = refused("title: *alias\n");
        assertThat(problem.toString()).startsWith("content/mo-hinh/a.md:2: lỗi: [title] bí danh YAML \"*alias\" không được phép");
        assertThat(refused("fields: &ds [y-te]\ntitle: A\n").toString())
                .startsWith("content/mo-hinh/a.md:2: lỗi: [fields] nhãn YAML \"&ds\" không được phép");
    }

    @Test
    void aQuotedStarOrAmpersandIsPlainText() {
        YamlDocument doc = YamlDocument.parse("title: \"*alias\"\nsummary: \"&amp\"\n", "a.md", 1);
        assertThat(doc.root().get("title").asText()).isEqualTo("*alias");
        assertThatThrownBy(() -> YamlDocument.parse("title: *x\n", "a.md", 1)).isInstanceOf(InvalidSourceException.class);
    }
}
