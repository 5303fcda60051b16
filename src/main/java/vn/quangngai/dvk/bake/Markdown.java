package vn.quangngai.dvk.bake;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown to HTML with Flexmark, parser and renderer built once. Raw HTML in an entry is shown
 * as text, never passed through: writers have no need for it, and readers must never get a
 * script from it.
 */
public final class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Map<String, String[]> memo = new ConcurrentHashMap<>();
    private final boolean remember;

    /** @param remember keep each file's last HTML, for a warm process that rebuilds after small edits */
    public Markdown(boolean remember) {
        this.remember = remember;
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

    /** As {@link #toHtml(String)}, remembering the result for {@code file} while its text stays the same. */
    public String toHtml(String file, String markdown) {
        if (!remember) {
            return toHtml(markdown);
        }
        String[] last = memo.get(file);
        if (last != null && last[0].equals(markdown)) {
            return last[1];
        }
        String html = toHtml(markdown);
        memo.put(file, new String[] {markdown, html});
        return html;
    }
}
