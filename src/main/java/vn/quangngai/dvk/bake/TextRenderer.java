package vn.quangngai.dvk.bake;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Writes Flexmark's {@link Text} nodes, the words of every paragraph, heading and cell, as
 * Flexmark's own renderer does, without its regular expressions where they could change nothing.
 *
 * <p>Flexmark unescapes each text (a regular expression looks for {@code \} or {@code &}),
 * normalises its line ends, then escapes it for HTML (another regular expression, for
 * {@code & < > "}), reading the text one virtual {@code charAt} at a time: in a cold build of
 * 10,000 stories that was a seventh of all CPU time. Text with no backslash, ampersand, carriage
 * return or NUL (which Flexmark reads as U+FFFD) comes out of the first two steps unchanged; for
 * it one pass over the source finds what to escape. Any other text goes Flexmark's way.
 * MarkdownTest compares the HTML with Flexmark's own renderer.
 */
final class TextRenderer implements NodeRenderer {

    static final NodeRendererFactory FACTORY = options -> new TextRenderer();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, TextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        html.raw(html(node)); // html.text() would append the same after escaping
    }

    /** The HTML of a text node, as Flexmark's renderer writes it (also what {@link PlainHtml} writes). */
    static String html(Text node) {
        BasedSequence chars = node.getChars();
        String source = Markdown.source(chars);
        String escaped = source != null ? escapePlain(source, chars.getStartOffset(), chars.getEndOffset()) : null;
        return escaped != null ? escaped : Escaping.escapeHtml(Escaping.normalizeEOL(chars.unescape()), false);
    }

    /**
     * {@code source[start, end)} escaped for HTML as Flexmark escapes text ({@code < > "}), or
     * null when it holds a character Flexmark's unescaping or line-end normalising would act on.
     */
    static String escapePlain(String source, int start, int end) {
        int escapes = 0;
        for (int i = start; i < end; i++) {
            switch (source.charAt(i)) {
                case '\\', '&', '\r', '\0' -> {
                    return null;
                }
                case '<', '>', '"' -> escapes++;
                default -> {
                }
            }
        }
        if (escapes == 0) {
            return source.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start + 5 * escapes);
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
