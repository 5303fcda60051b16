package vn.quangngai.dvk.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.story.Figure;

class StoryWriterTest {

    private static StoryText read(String text) {
        return StoryTextReader.read(text, "content/mo-hinh/a.md");
    }

    @Test
    void everyShippedStoryReadAndWrittenIsTheSameBytes() throws IOException {
        List<Path> stories;
        try (Stream<Path> files = Files.list(Path.of("content/mo-hinh"))) {
            stories = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(stories).hasSize(25);
        for (Path story : stories) {
            byte[] bytes = Files.readAllBytes(story);
            String written = StoryWriter.write(read(new String(bytes, StandardCharsets.UTF_8)));
            assertThat(written.getBytes(StandardCharsets.UTF_8)).as(story.toString()).isEqualTo(bytes);
        }
    }

    @Test
    void keysComeInOneOrderWithProseQuotedAndIdsBare() {
        String messy = "---\r\n"
                + "summary: Một câu có 100% người dân.\r\n"
                + "fields:\r\n  - y-te\r\n  - tu-phap\r\n"
                + "agency: 'so-y-te'\r\n"
                + "date: 2026-11-25\r\n"
                + "title: Bệnh viện \"Xanh\"\r\n"
                + "figures:\r\n- label: hồ sơ\r\n  value: 3.000\r\n"
                + "districts: mo-duc\r\n"
                + "---\r\n"
                + "Thân bài.\r\n\r\n\r\n";
        assertThat(StoryWriter.write(read(messy))).isEqualTo("---\n"
                + "title: \"Bệnh viện \\\"Xanh\\\"\"\n"
                + "date: 2026-11-25\n"
                + "agency: so-y-te\n"
                + "districts: [mo-duc]\n"
                + "fields: [y-te, tu-phap]\n"
                + "summary: \"Một câu có 100% người dân.\"\n"
                + "figures:\n"
                + "  - value: \"3.000\"\n"
                + "    label: \"hồ sơ\"\n"
                + "---\n"
                + "Thân bài.\n");
    }

    @Test
    void decomposedVietnameseIsWrittenComposed() {
        String nfd = Normalizer.normalize("---\ntitle: \"Mộ Đức\"\ndate: 2026-11-25\nagency: a\nfields: [b]\nsummary: \"Tóm tắt\"\n---\nNội dung.\n",
                Normalizer.Form.NFD);
        String written = StoryWriter.write(read(nfd));
        assertThat(written).isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
        assertThat(written).isNotEqualTo(nfd);
    }

    @Test
    void valuesYamlWouldReadOtherwiseAreQuotedAndReadBackTheSame() {
        StoryText story = new StoryText("Tên\tcó tab\nvà dòng \\ mới", "không phải ngày", "2023-08", "yes",
                List.of("a b", "null", "[x]", "mo-duc"), List.of("xa-phuoc-giang"), List.of(), "“Ngoặc cong” và #",
                List.of(new Figure("4–6", "sản phẩm")), "anh/mo-duc.jpg", "Ảnh: người dân",
                List.of(new StoryText.Picture("anh/a.jpg", "Mô tả", null, "Ảnh: Sở Y tế")), true, Map.of(),
                "## Mục\n\nDòng  \nhai.\n");
        String written = StoryWriter.write(story);
        assertThat(written).contains("agency: \"yes\"\n", "districts: [\"a b\", \"null\", \"[x]\", mo-duc]\n",
                "fields: []\n", "date: \"không phải ngày\"\n", "draft: true\n",
                "images:\n  - src: anh/a.jpg\n    alt: \"Mô tả\"\n    credit: \"Ảnh: Sở Y tế\"\n");
        assertThat(read(written)).isEqualTo(story);
        assertThat(StoryWriter.write(read(written))).isEqualTo(written);
    }

    @Test
    void keysTheToolDoesNotKnowAreKeptInTheirOrderAfterTheKnownOnes() {
        String text = "---\ntitle: \"A\"\nstatus: published\ndate: 2026-11-25\nagency: a\nfields: [b]\nsummary: \"S\"\n"
                + "nguon:\n  - ten: \"Báo cáo\"\n    so: 12/BC\n  - ten: x\nghi_chu: {}\n---\nThân.\n";
        String written = StoryWriter.write(read(text));
        assertThat(written).endsWith("summary: \"S\"\nstatus: published\nnguon:\n  - ten: \"Báo cáo\"\n    so: 12/BC\n  - ten: x\n"
                + "ghi_chu: {}\n---\nThân.\n");
        assertThat(StoryWriter.write(read(written))).isEqualTo(written);
    }

    @Test
    void anEmptyBodyStaysEmptyAndABlankStoryIsADraftWithEveryRequiredKey() {
        assertThat(StoryWriter.write(StoryText.blank("Tên", "2026-12-03", "so-y-te"))).isEqualTo("---\n"
                + "title: \"Tên\"\ndate: 2026-12-03\nagency: so-y-te\nfields: []\nsummary: \"\"\ndraft: true\n---\n");
    }

    @Test
    void aValueTheFormCannotHoldIsRefusedAtItsLineInVietnamese() {
        assertThatThrownBy(() -> read("---\ntitle:\n  - a\n  - b\ndate: 2026-11-25\ndraft: \"có\"\n---\n"))
                .isInstanceOf(InvalidSourceException.class)
                .satisfies(e -> assertThat(((InvalidSourceException) e).problems()).extracting(p -> p.field() + "@" + p.line())
                        .containsExactly("title@2", "draft@6"))
                .hasMessageContaining("phải là một giá trị");
    }
}
