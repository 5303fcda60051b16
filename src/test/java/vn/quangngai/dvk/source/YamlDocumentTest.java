package vn.quangngai.dvk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;

class YamlDocumentTest {

    @Test
    void remembersTheLineOfEveryValueOffsetToTheFile() {
        YamlDocument doc = YamlDocument.parse("title: A\nfields:\n  - y-te\n  - tu-phap\n", "a.md", 2);
        assertThat(doc.root().get("title").asText()).isEqualTo("A");
        assertThat(doc.lineOf("title")).isEqualTo(2);
        assertThat(doc.lineOf("fields")).isEqualTo(3);
        assertThat(doc.lineOf("fields[1]")).isEqualTo(5);
        assertThat(doc.lineOf("fields[1].missing")).isEqualTo(5);
    }

    @Test
    void keepsDatesAndNumbersAsTextForTypedReading() {
        YamlDocument doc = YamlDocument.parse("date: 2026-11-25\nvalue: 3000\n", "a.md", 1);
        assertThat(doc.root().get("date").isTextual()).isTrue();
        assertThat(doc.root().get("value").asText()).isEqualTo("3000");
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() {
        assertThatThrownBy(() -> YamlDocument.parse("title: A\nagency: [so-y-te\n", "content/mo-hinh/a.md", 2))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> {
                    Problem p = e.problems().get(0);
                    assertThat(p.file()).isEqualTo("content/mo-hinh/a.md");
                    assertThat(p.line()).isBetween(3, 4);
                    assertThat(p.column()).isPositive();
                    assertThat(p.message()).startsWith("lỗi cú pháp YAML");
                });
    }

    @Test
    void refusesTagsThatNameClassesWithoutInstantiatingThem() {
        String yaml = "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n";
        assertThatThrownBy(() -> YamlDocument.parse(yaml, "a.md", 2))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> {
                    assertThat(e.problems().get(0).message()).contains("thẻ YAML").contains("không được phép");
                    assertThat(e.problems().get(0).line()).isEqualTo(2);
                });
    }

    @Test
    void refusesAnyExplicitTag() {
        assertThatThrownBy(() -> YamlDocument.parse("date: !!timestamp 2026-11-25\n", "a.md", 1))
                .isInstanceOf(InvalidSourceException.class);
    }

    @Test
    void duplicateKeysAreErrorsNotSilentlyOverwritten() {
        assertThatThrownBy(() -> YamlDocument.parse("title: A\ntitle: B\n", "a.md", 2))
                .isInstanceOfSatisfying(InvalidSourceException.class,
                        e -> assertThat(e.problems().get(0)).extracting(Problem::line, Problem::field).containsExactly(3, "title"));
    }

    @Test
    void emptyDocumentIsANullRoot() {
        assertThat(YamlDocument.parse("", "a.md", 2).root().isNull()).isTrue();
    }

    @Test
    void sourceTextAcceptsBomAndCrlfAndNormalisesToNfc() {
        byte[] bytes = "\uFEFFtitle: D\u0061\u0302n\r\nx: y\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(SourceText.decode(bytes, "a.md")).isEqualTo("title: Dân\nx: y\n");
    }

    @Test
    void sourceTextRejectsLatin1WithTheLineOfTheFirstBadByte() {
        byte[] bytes = "title: ok\nsummary: D\u00e2n\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SourceText.decode(bytes, "content/mo-hinh/a.md"))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> {
                    assertThat(e.problems().get(0).line()).isEqualTo(2);
                    assertThat(e.problems().get(0).message()).contains("UTF-8");
                });
    }
}
