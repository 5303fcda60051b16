package vn.quangngai.dvk.bake;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown to HTML with Flexmark, parser and renderer built once. Raw HTML in an entry is shown
 * as text, never passed through: writers have no need for it, and readers must never get a
 * script from it.
 */
public final class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SUPPRESS_HTML, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** The words a reader sees, without markup (for the search index); blocks are kept apart by spaces. */
    public String toText(String markdown) {
        return new TextCollectingVisitor().collectAndGetText(parser.parse(markdown), TextContainer.F_ADD_SPACES_BETWEEN_NODES);
    }
}
