package vn.quangngai.dvk.bake;

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
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.quangngai.dvk.story.LinkCheck;

/**
 * Markdown to HTML with Flexmark, parser and renderer built once. Raw HTML in an entry is shown
 * as text, never passed through: writers have no need for it, and readers must never get a
 * script from it.
 */
public final class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Map<String, Converted> memo = new ConcurrentHashMap<>();

    /** A Markdown for one build, or, built once, for a warm process that rebuilds after small edits. */
    public Markdown() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SUPPRESS_HTML, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return Markdown::refuseUnsafeTargets;
            }
        }).build();
    }

    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
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
        return text(parser.parse(markdown));
    }

    /**
     * The text of every text node, code block and entity, each followed by a space.
     * Flexmark's TextCollectingVisitor gives the same words (checked on the shipped and 1,000
     * synthetic stories) but builds its string through segment builders, at a sixth of a cold
     * build's Markdown time; search only needs the words.
     */
    private static String text(Node document) {
        StringBuilder text = new StringBuilder();
        for (Node node : document.getDescendants()) {
            if (node instanceof Text || node instanceof CodeBlock) {
                text.append(node.getChars()).append(' ');
            } else if (node instanceof HtmlEntity entity) {
                text.append(Escaping.unescapeString(entity.getChars().toString())).append(' ');
            }
        }
        return text.toString();
    }

    /**
     * A file's HTML, from the one parse that also gives its {@link #toText text}: a story's page
     * and its search entry share it. Remembered while the file's text stays the same — for the
     * whole process when this Markdown is warm, else for one build (one Markdown per build).
     */
    public String toHtml(String file, String markdown) {
        return converted(file, markdown).html();
    }

    /** As {@link #toText(String)}, from the same parse as {@link #toHtml(String, String)}. */
    public String toText(String file, String markdown) {
        return converted(file, markdown).text();
    }

    private record Converted(String markdown, String html, String text) {
    }

    private Converted converted(String file, String markdown) {
        Converted last = memo.get(file);
        if (last != null && last.markdown().equals(markdown)) {
            return last;
        }
        Node document = parser.parse(markdown);
        String html;
        try {
            html = renderer.render(document);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        String text = text(document);
        Converted converted = new Converted(markdown, html, text);
        memo.put(file, converted);
        return converted;
    }
}
