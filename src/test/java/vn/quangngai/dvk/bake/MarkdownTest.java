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

    /** Flexmark's own renderer with our options: what ours, with text written by {@link TextRenderer}, must match. */
    private static String flexmarksHtml(String markdown) {
        return FlexmarkDefaults.RENDERER.render(FlexmarkDefaults.PARSER.parse(markdown));
    }

    private static final class FlexmarkDefaults {
        /** Our options with Flexmark's own tables extension: the reference for ours (Tables). */
        static final com.vladsch.flexmark.util.data.MutableDataSet OPTIONS = Markdown.options()
                .set(Parser.EXTENSIONS, java.util.List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create()));
        static final Parser PARSER = Parser.builder(OPTIONS).build();
        static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();
        static final com.vladsch.flexmark.parser.ListOptions LISTS = com.vladsch.flexmark.parser.ListOptions.get(OPTIONS);
    }

    /** Text that Flexmark unescapes, normalises or escapes, in every kind of node that holds text. */
    private static final java.util.List<String> TRICKY = java.util.List.of(
            "Dòng một  \nhai\n\n> trích\n> dẫn\n\n1. một\n   - lồng\n\n      mã\n2. hai\n\n---\n\n  thụt  \n\n*   xa\n\n\tthẻ\ttab  \n",
            "a < b > c \"trích\" & d &amp; &copy; &#272;&#x111; &khongphai; \\*không nghiêng\\* \\\\ \\< \\&\n",
            "# Tiêu đề \"kép\" <i> & \\# số\n\n## Đức Phổ &amp; Sơn Tịnh ##\n\nDòng\\\nngắt cứng\n",
            "Windows\r\ndòng hai\r\n\r\n| Cột \\| một | \"hai\" |\r\n|---|---|\r\n| a &lt; b | c > d |\r\n",
            "cuối dòng\rchỉ CR\rvà NUL \u0000 ở giữa\n\n*nghiêng \"x\"* **đậm <y>** [liên \"kết\" & x](https://a.vn/?q=1&r=2 \"tựa & đề\")\n",
            "![ảnh \"mô tả\" & <x>](/anh.png) `mã < & >` <https://a.vn/?a=1&b=2> <thu@a.vn>\n\n[tham chiếu][r]\n\n[r]: /x \"tựa\"\n",
            "<b>thô</b> & <!-- chú thích -->\n\n<div>\nkhối \"html\"\n</div>\n\n    mã & <thụt>\n\n~~~\nrào \"x\" &amp;\n~~~\n");

    /** Our renderer writes text its own way (TextRenderer); the HTML must be Flexmark's. */
    @Test
    void htmlIsThatOfFlexmarksOwnRenderer() throws java.io.IOException {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(STORY));
        texts.addAll(TRICKY);
        try (java.util.stream.Stream<java.nio.file.Path> stories = java.nio.file.Files.walk(java.nio.file.Path.of("content"))) {
            for (java.nio.file.Path file : stories.filter(f -> f.toString().endsWith(".md")).toList()) {
                texts.add(java.nio.file.Files.readString(file));
            }
        }
        assertThat(texts).hasSizeGreaterThan(30);
        Markdown ours = new Markdown();
        for (String text : texts) {
            assertThat(ours.toHtml(text)).isEqualTo(flexmarksHtml(text));
        }
    }

    /**
     * Random documents built from the characters and constructs that make text rendering differ.
     * It fails if TextRenderer escapes text Flexmark would unescape, or with the writer passing
     * text through (F_PASS_THROUGH keeps spaces after a hard line break).
     */
    @Test
    void htmlIsThatOfFlexmarksOwnRendererOnRandomDocuments() {
        String[] pieces = {"a", "ệ", "Đ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\u0000", "\\", "\\*", "&", "&amp;", "&#x111;", "&x;",
                "<", ">", "\"", "'", "*", "_", "`", "[", "]", "(", ")", "|", "# ", "- ", "1. ", "> ", "    ", "---", "~~~", "!", ":", "http://a.vn"};
        java.util.Random random = new java.util.Random(2023);
        Markdown ours = new Markdown();
        int differing = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(60); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String markdown = text.toString();
            if (!ours.toHtml(markdown).equals(flexmarksHtml(markdown))) {
                differing++;
                assertThat(ours.toHtml(markdown)).as("HTML of %s", markdown).isEqualTo(flexmarksHtml(markdown));
            }
        }
        assertThat(differing).isZero();
    }

    /**
     * PlainHtml writes plain documents itself: on random documents made of what stories hold
     * (words, headings, lists, quotes, rules, tables, emphasis, code, line breaks) its HTML is
     * Flexmark's, and it answers for most of them; on anything else it leaves the document to
     * Flexmark's renderer (null).
     */
    @Test
    void plainHtmlIsFlexmarksHtmlAndAnswersForPlainDocuments() {
        String[] pieces = {"Đức", " Phổ", "ệ", "a", " ", "  ", "\n", "\n\n", "\n\n", "# ", "## ", "### ", "- ", "* ", "+ ", "1. ", "2) ",
            "   - ", "    ", "> ", "---", "***", "*", "**", "_", "__", "`", "``", "<", ">", "\"", "'", "\\", "&amp;", "|", "| a | b |\n|---|:-:|\n| c | d |\n",
            "\n| x |\n|--:|\n", "  \n", "\\\n", "\t", "9. ", "[", "]", "!", ":"};
        java.util.Random random = new java.util.Random(26);
        int answered = 0;
        int documents = 4_000;
        for (int n = 0; n < documents; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String markdown = text.toString();
            String plain = PlainHtml.render(FlexmarkDefaults.PARSER.parse(markdown), FlexmarkDefaults.OPTIONS, FlexmarkDefaults.LISTS);
            if (plain != null) {
                answered++;
                assertThat(plain).as("HTML of %s", markdown).isEqualTo(flexmarksHtml(markdown));
            }
        }
        assertThat(answered).as("documents PlainHtml wrote").isGreaterThan(documents * 2 / 5);
        String plainStory = "Mở đầu *nghiêng* **đậm** `mã`.\n\n## Cách làm\n\n- một\n- hai\n  1. lồng\n\n> trích\n\n---\n\n"
                + "| Nội dung | Năm nay |\n|---|---:|\n| Hồ sơ | 1.250 |\n\nDòng  \nngắt cứng\n";
        assertThat(PlainHtml.render(FlexmarkDefaults.PARSER.parse(plainStory), FlexmarkDefaults.OPTIONS, FlexmarkDefaults.LISTS)).isEqualTo(flexmarksHtml(plainStory))
                .contains("<td align=\"right\">1.250</td>", "<br />\n", "<blockquote>", "<hr />", "<li>hai\n<ol>");
        assertThat(PlainHtml.render(FlexmarkDefaults.PARSER.parse(STORY), FlexmarkDefaults.OPTIONS, FlexmarkDefaults.LISTS)).as("links, code blocks").isNull();
        for (String other : new String[] {"[liên kết](https://a.vn)", "<b>thô</b>", "```\nmã\n```", "3. ba", "&copy;", "![ảnh](a.png)"}) {
            assertThat(PlainHtml.render(FlexmarkDefaults.PARSER.parse(other), FlexmarkDefaults.OPTIONS, FlexmarkDefaults.LISTS)).as(other).isNull();
        }
    }

    @Test
    void textWithNothingToUnescapeIsEscapedInOnePassElseLeftToFlexmark() {
        assertThat(TextRenderer.escapePlain("x Đà <b> \"c\" y", 2, 12)).isEqualTo("Đà &lt;b&gt; &quot;c&quot;");
        assertThat(TextRenderer.escapePlain("Đức Phổ", 0, 7)).isEqualTo("Đức Phổ");
        for (String flexmarksWay : new String[] {"a \\* b", "a &amp; b", "a\r\nb", "a\u0000b"}) {
            assertThat(TextRenderer.escapePlain(flexmarksWay, 0, flexmarksWay.length())).as(flexmarksWay).isNull();
        }
    }

    /**
     * Random documents of table pieces, in paragraphs, lists and quotes: our parser (Tables asks
     * Flexmark's table pre-processor only about paragraphs with a '|') must give the same
     * document, node for node, as Flexmark's own tables extension, and so the same HTML.
     */
    @Test
    void tablesAreThoseOfFlexmarksOwnExtensionOnRandomDocuments() {
        String[] starts = {"", "", "", "> ", "- ", "1. ", "  ", "    ", "|", "| "};
        String[] cells = {"a", "Đức Phổ", " ", "", "`|`", "\\|", "*b*", "---", "-", ":--", "--:", ":-:", " --- ", "==="};
        String[] ends = {"", "", "|", " |", "  "};
        java.util.Random random = new java.util.Random(2026);
        Parser ours = Parser.builder(Markdown.options()).build();
        int tables = 0;
        for (int n = 0; n < 4_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int line = random.nextInt(8); line >= 0; line--) {
                if (random.nextInt(6) == 0) {
                    text.append(random.nextBoolean() ? "\n" : "[cap]\n");
                    continue;
                }
                text.append(starts[random.nextInt(starts.length)]);
                for (int cell = random.nextInt(4); cell >= 0; cell--) {
                    text.append(cells[random.nextInt(cells.length)]).append(cell > 0 ? "|" : "");
                }
                text.append(ends[random.nextInt(ends.length)]).append('\n');
            }
            String markdown = text.toString();
            com.vladsch.flexmark.util.ast.Document expected = FlexmarkDefaults.PARSER.parse(markdown);
            com.vladsch.flexmark.util.ast.Document actual = ours.parse(markdown);
            assertThat(tree(actual)).as("document of %s", markdown).isEqualTo(tree(expected));
            assertThat(new Markdown().toHtml(markdown)).as("HTML of %s", markdown).isEqualTo(FlexmarkDefaults.RENDERER.render(expected));
            tables += tree(expected).contains("TableBlock{") ? 1 : 0;
        }
        assertThat(tables).as("documents with a table").isGreaterThan(400);
    }

    /** Every node of a document, in order, with its depth and its range of the Markdown. */
    private static String tree(com.vladsch.flexmark.util.ast.Node document) {
        StringBuilder tree = new StringBuilder();
        for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
            int depth = 0;
            for (com.vladsch.flexmark.util.ast.Node up = node.getParent(); up != null; up = up.getParent()) {
                depth++;
            }
            tree.append("  ".repeat(depth)).append(node).append(' ').append(node.getStartOffset()).append('-').append(node.getEndOffset())
                    .append('\n');
        }
        return tree.toString();
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
