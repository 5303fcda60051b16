package vn.quangngai.dvk.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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

    @Test
    void htmlIsFlexmarksWithTablesAndRawHtmlShownAsText() {
        assertThat(new Markdown().toHtml(STORY)).isEqualTo("""
                <h2>Kết quả ở Đức Phổ</h2>
                <p>Người dân <strong>hài lòng</strong> với <a href="https://vi.wikipedia.org/wiki/Tàu_đánh_cá">hồ sơ tàu cá</a> &amp; <code>mã QR</code>.</p>
                <ul>
                <li>một cửa</li>
                <li>liên thông</li>
                </ul>
                <table>
                <thead>
                <tr><th>Năm</th><th>Hồ sơ</th></tr>
                </thead>
                <tbody>
                <tr><td>2023</td><td>1.250</td></tr>
                </tbody>
                </table>
                <pre><code>mã nguồn thụt lề
                </code></pre>
                <pre><code>khối mã rào
                </code></pre>
                <p><a href="https://example.gov.vn/trang">https://example.gov.vn/trang</a> &lt;b&gt;thô&lt;/b&gt;</p>
                """);
    }

    @Test
    void aTargetOnlyFlexmarksDecodingRevealsIsRefusedNamingTheFile() {
        Throwable refused = catchThrowable(() -> new Markdown().toHtml("mo-hinh/a.md", "[x](javascript&colon;alert(1))"));
        assertThat(refused).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mo-hinh/a.md: liên kết \"javascript:alert(1)\" không được phép");
    }

    /**
     * However deep a crafted entry nests, our code walks its document without recursing: a
     * StackOverflowError, if any, comes from Flexmark's own renderer, whose limits are its own.
     */
    @Test
    void deepNestingOverflowsNoStackOfOurs() {
        String lists = "- > ".repeat(3_000) + "Sơn Tịnh\n"; // 3,000 lists, each item a quote: one line, no indent
        String quotes = ">".repeat(10_000) + " Đức Phổ\n";
        for (String deep : new String[] {lists, quotes}) {
            Throwable failure = catchThrowable(() -> new Markdown().toHtml("a.md", deep));
            if (failure != null) {
                assertThat(failure).isInstanceOf(StackOverflowError.class);
                assertThat(failure.getStackTrace()).as("frames of our code in the overflow")
                        .filteredOn(frame -> frame.getClassName().startsWith("vn.quangngai.dvk.")).hasSizeLessThan(5);
            }
        }
        assertThat(SearchIndex.words(new Markdown().toText(lists))).containsExactly("son", "tinh");
        assertThat(SearchIndex.words(new Markdown().toText(quotes))).containsExactly("duc", "pho");
    }

    /**
     * A story's search words are folded straight from the document's text nodes, ranges of the
     * Markdown; they must be those of folding its whole text (toText) at once.
     */
    @Test
    void searchWordsAreThoseOfTheWholeTextFoldedOnRandomDocuments() {
        String[] pieces = {"a", "Ệ", "Đ", "e\u0301", " ", "\n", "\n\n", "\r\n", "\\", "\\*", "&", "&amp;", "&#x111;", "&x;", "<b>",
                "*", "_", "`", "[", "]", "(", ")", "|", "# ", "- ", "> ", "    ", "~~~", "\uD83D\uDE00", "\uD835\uDC00", "\uD835", "http://a.vn"};
        java.util.Random random = new java.util.Random(2026);
        Markdown ours = new Markdown();
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(60); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String markdown = text.toString();
            assertThat(ours.searchWords("a.md", markdown)).as("words of %s", markdown)
                    .isEqualTo(SearchIndex.wordsText(ours.toText(markdown)));
        }
        assertThat(ours.searchWords("a.md", "Hồ sơ *tàu cá* &amp; hồ sơ\n\n~~~\nĐức Phổ\n~~~\n"))
                .isEqualTo("ho so tau ca duc pho");
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
