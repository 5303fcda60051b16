package vn.quangngai.dvk.markdown;

import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.quangngai.dvk.search.SearchIndex;
import vn.quangngai.dvk.story.LinkCheck;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * Markdown to HTML, and to the words search needs, with Flexmark: its parser, its tables
 * extension and its HTML renderer, configured here and nowhere else. Raw HTML in an entry is
 * shown as text, never passed through: writers have no need for it, and readers must never get
 * a script from it. A link target that is not http(s), mailto, tel or within the site is refused.
 */
public final class Markdown {

    private final Map<String, Converted> memo = new ConcurrentHashMap<>();
    private final boolean remember;

    /** A Markdown for one build. */
    public Markdown() {
        this(false);
    }

    /** @param remember keep each file's HTML while its text stays the same: for a warm process that rebuilds after small edits */
    public Markdown(boolean remember) {
        this.remember = remember;
    }

    /**
     * Flexmark's parser and renderer, immutable and shared by every thread: built once, on first
     * use (which a cold build makes on its preparing thread, while the main thread reads).
     */
    private static final class Engine {
        static final MutableDataSet OPTIONS = options();
        static final Parser PARSER = Parser.builder(OPTIONS).build();
        static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return Markdown::refuseUnsafeTargets;
                    }
                }).build();
    }

    /** Our options: tables; raw HTML escaped, so shown as text. */
    private static MutableDataSet options() {
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SUPPRESS_HTML, false);
    }

    public String toHtml(String markdown) {
        return Engine.RENDERER.render(Engine.PARSER.parse(markdown));
    }

    /**
     * The reader already refuses unsafe links where they are written (story.LinkCheck); this is the
     * last line, for targets only Flexmark's decoding reveals, e.g. an entity-encoded colon.
     */
    private static void refuseUnsafeTargets(Node node, AttributablePart part, MutableAttributes attributes) {
        for (String name : new String[] {"href", "src"}) {
            String target = attributes.getValue(name);
            if (!target.isEmpty() && !LinkCheck.isAllowed(target)) {
                throw new IllegalArgumentException("liên kết \"" + target + "\" không được phép: chỉ dùng http://, https://, mailto:, tel: "
                        + "hoặc đường dẫn trong trang.");
            }
        }
    }

    /** The words a reader sees, without markup (for the search index); blocks are kept apart by spaces. */
    public String toText(String markdown) {
        return text(Engine.PARSER.parse(markdown));
    }

    /** The text of every text node, code block and entity ({@link #eachText}), each followed by a space. */
    private static String text(Node document) {
        StringBuilder text = new StringBuilder();
        eachText(document, (source, start, end) -> text.append(source, start, end).append(' '));
        return text.toString();
    }

    /** {@link #text}, folded for search ({@link Vietnamese#fold}), made without the text itself. */
    private static String foldedText(Node document) {
        Vietnamese.Folding folding = new Vietnamese.Folding(document.getChars().length());
        eachText(document, (source, start, end) -> folding.add(source, start, end).separate());
        return folding.toString();
    }

    /**
     * The Markdown string that {@code chars} is a plain range of, from its start offset to its
     * end offset, or null when it is not one: what lets a node's text be read from the string
     * itself rather than one virtual call a character.
     */
    private static String source(BasedSequence chars) {
        return chars instanceof SubSequence range && range.getBase() instanceof String source ? source : null;
    }

    private interface Piece {
        void accept(String source, int start, int end);
    }

    /**
     * Gives the text of every text node, code block and entity, in order, as a range of a
     * string: for a node whose characters are a range of the Markdown, that range, read from the
     * string itself rather than one virtual call a character. Flexmark's TextCollectingVisitor
     * gives the same words (MarkdownTest) but builds a whole string through segment builders,
     * where search only needs the words, folded as they come.
     */
    private static void eachText(Node document, Piece piece) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Text || node instanceof CodeBlock) {
                BasedSequence chars = node.getChars();
                String source = source(chars);
                if (source != null) {
                    piece.accept(source, chars.getStartOffset(), chars.getEndOffset());
                } else {
                    String text = chars.toString();
                    piece.accept(text, 0, text.length());
                }
            } else if (node instanceof HtmlEntity entity) {
                String text = Escaping.unescapeString(entity.getChars().toString());
                piece.accept(text, 0, text.length());
            }
        }
    }

    /**
     * A file's HTML, from the one parse that also gives its {@link #searchWords search words}.
     * A warm Markdown remembers it while the file's text stays the same; a one-off build's does
     * not: each page is rendered once, and every story's HTML held at once would weigh on a large
     * site's memory.
     */
    public String toHtml(String file, String markdown) {
        Converted last = memo.get(file);
        if (last != null && last.html() != null && last.markdown().equals(markdown)) {
            return last.html();
        }
        return convert(file, markdown).html();
    }

    /**
     * The distinct folded words of a file's text ({@link SearchIndex#words}), space-separated, in
     * order of first appearance: what the search index needs of a body, at a fraction of the
     * memory of the text. Remembered while the file's text stays the same.
     */
    public String searchWords(String file, String markdown) {
        Converted last = memo.get(file);
        if (last != null && last.markdown().equals(markdown)) {
            return last.words();
        }
        return convert(file, markdown).words();
    }

    private record Converted(String markdown, String html, String words) {
    }

    private Converted convert(String file, String markdown) {
        Document document = Engine.PARSER.parse(markdown);
        String html;
        try {
            html = Engine.RENDERER.render(document);
        } catch (IllegalArgumentException e) {
            // no cause: the build reports a failure's innermost message, and this one names the file
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
        String words = SearchIndex.distinctFolded(foldedText(document));
        memo.put(file, new Converted(markdown, remember ? html : null, words));
        return new Converted(markdown, html, words);
    }
}
