package vn.quangngai.dvk.bake;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.search.SearchIndex;

class MarkdownTest {

    private static final String STORY = """
            ## Kết quả ở Đức Phổ

            Người dân **hài lòng** với [hồ sơ tàu cá](https://vi.wikipedia.org/wiki/Tàu_đánh_cá) &amp; `mã QR`.

            - một cửa
            - liên thông

            | Năm | Hồ sơ |
            |---|---|
            | 2023 | 1.250 |

                mã nguồn thụt lề

            ```
            khối mã rào
            ```

            <https://example.gov.vn/trang> <b>thô</b>
            """;

    @Test
    void searchTextHasTheWordsOfFlexmarksOwnTextCollector() {
        com.vladsch.flexmark.util.ast.Node document = com.vladsch.flexmark.parser.Parser.builder(new com.vladsch.flexmark.util.data.MutableDataSet()
                .set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, java.util.List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create())))
                .build().parse(STORY);
        String flexmark = new com.vladsch.flexmark.util.ast.TextCollectingVisitor()
                .collectAndGetText(document, com.vladsch.flexmark.util.ast.TextContainer.F_ADD_SPACES_BETWEEN_NODES);
        assertThat(SearchIndex.words(new Markdown().toText(STORY))).containsExactlyElementsOf(SearchIndex.words(flexmark));
    }

    @Test
    void searchTextHasTheWordsOfTextAndCodeButNoLinkTargetOrMarkup() {
        assertThat(SearchIndex.words(new Markdown().toText(STORY))).containsExactly(
                "ket", "qua", "o", "duc", "pho", "nguoi", "dan", "hai", "long", "voi", "ho", "so", "tau", "ca", "ma", "qr",
                "mot", "cua", "lien", "thong", "nam", "2023", "1", "250", "khoi", "rao", "tho");
        assertThat(SearchIndex.words(new Markdown().toText(STORY))).doesNotContain("wikipedia", "amp", "example");
    }

    /** Our writer passes text through unexamined; the HTML must be what Flexmark's default writer makes. */
    @Test
    void htmlIsThatOfFlexmarksDefaultWriter() throws java.io.IOException {
        com.vladsch.flexmark.util.data.MutableDataSet defaults = Markdown.options().remove(HtmlRenderer.FORMAT_FLAGS);
        Parser parser = Parser.builder(defaults).build();
        HtmlRenderer renderer = HtmlRenderer.builder(defaults).build();
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(STORY,
                "Dòng một  \nhai\n\n> trích\n> dẫn\n\n1. một\n   - lồng\n\n      mã\n2. hai\n\n---\n\n  thụt  \n\n*   xa\n\n\tthẻ\ttab  \n"));
        try (java.util.stream.Stream<java.nio.file.Path> stories = java.nio.file.Files.walk(java.nio.file.Path.of("content"))) {
            for (java.nio.file.Path file : stories.filter(f -> f.toString().endsWith(".md")).toList()) {
                texts.add(java.nio.file.Files.readString(file));
            }
        }
        assertThat(texts).hasSizeGreaterThan(20);
        Markdown ours = new Markdown();
        for (String text : texts) {
            assertThat(ours.toHtml(text)).isEqualTo(renderer.render(parser.parse(text)));
        }
    }

    @Test
    void aFilesHtmlAndSearchWordsComeFromOneParseAndFollowItsEdits() {
        Markdown markdown = new Markdown(true);
        String html = markdown.toHtml("a.md", STORY);
        assertThat(html).contains("<h2>Kết quả ở Đức Phổ</h2>", "<strong>hài lòng</strong>", "<table>", "&lt;b&gt;thô&lt;/b&gt;");
        assertThat(markdown.toHtml("a.md", STORY)).isSameAs(html);
        assertThat(markdown.searchWords("a.md", STORY)).isEqualTo(String.join(" ", SearchIndex.words(markdown.toText(STORY))));
        assertThat(markdown.toHtml("a.md", "Bài mới.")).isEqualTo("<p>Bài mới.</p>\n");
        assertThat(markdown.searchWords("a.md", "Bài mới.")).isEqualTo("bai moi");
        Markdown oneOff = new Markdown();
        assertThat(oneOff.toHtml("a.md", STORY)).isEqualTo(html).isNotSameAs(oneOff.toHtml("a.md", STORY));
    }
}
