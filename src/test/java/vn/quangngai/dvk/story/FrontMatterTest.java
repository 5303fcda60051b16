package vn.quangngai.dvk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.problem.InvalidSourceException;

class FrontMatterTest {

    /** The definition: split into lines, the first is ---, the next line that is --- closes. */
    private static FrontMatter byLines(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return new FrontMatter(String.join("\n", Arrays.copyOfRange(lines, 1, i)), 2,
                        String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length)), i + 2);
            }
        }
        return null;
    }

    @Test
    void splitsAsTheLineByLineDefinitionOnEveryShape() {
        String[] texts = {
            "---\ntitle: A\n---\nThân bài.\n",
            "---\n---\nThân bài.",
            "---\ntitle: A\n---",
            "---\ntitle: A\n---\n",
            " --- \ntitle: A\n  ---\t\n\nThân\n\n---\nbài\n",
            "---\na: 1\nb: 2\n---\n---\n",
            "---\r\n",
        };
        for (String text : texts) {
            FrontMatter expected = byLines(text);
            if (expected == null) {
                assertThatThrownBy(() -> FrontMatter.split(text, "a.md")).isInstanceOf(InvalidSourceException.class);
            } else {
                assertThat(FrontMatter.split(text, "a.md")).as(text).isEqualTo(expected);
            }
        }
    }

    @Test
    void aFileWithoutOpeningOrClosingFenceIsAnError() {
        assertThatThrownBy(() -> FrontMatter.split("title: A\n---\n", "a.md")).isInstanceOf(InvalidSourceException.class)
                .hasMessageContaining("bắt đầu bằng dòng");
        assertThatThrownBy(() -> FrontMatter.split("---\ntitle: A\n", "a.md")).isInstanceOf(InvalidSourceException.class)
                .hasMessageContaining("không có dòng");
        assertThatThrownBy(() -> FrontMatter.split("---", "a.md")).isInstanceOf(InvalidSourceException.class);
    }
}
