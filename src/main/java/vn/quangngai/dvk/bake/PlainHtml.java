package vn.quangngai.dvk.bake;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;

/**
 * The HTML Flexmark's renderer gives a plain document, written straight into one string: a
 * document of paragraphs, headings, lists, block quotes, rules, tables, emphasis, code spans
 * and line breaks, as the stories are. Anything else (links, images, raw HTML, code blocks,
 * entities, a list starting past 1 …), or text where Flexmark's writer would trim spaces, and
 * it answers null: {@link Markdown} then uses Flexmark's renderer.
 *
 * <p>Flexmark's writer takes every character through a line builder, one call at a time: in a
 * cold build of 10,000 stories that was about two thirds of its rendering, 6% of all CPU time.
 * MarkdownTest compares this class's HTML with Flexmark's own on the shipped stories and on
 * random documents, and checks that it answered for most of them.
 */
final class PlainHtml {

    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final ListOptions lists;
    private final DataHolder options;
    /** Where the line being written starts in {@link #out}. */
    private int lineStart;

    private PlainHtml(DataHolder options, ListOptions lists) {
        this.options = options;
        this.lists = lists;
    }

    /**
     * Flexmark's HTML for {@code document}, parsed with {@code options} ({@code lists} being
     * {@code ListOptions.get(options)}), or null when it is not plain.
     */
    static String render(Document document, DataHolder options, ListOptions lists) {
        PlainHtml html = new PlainHtml(options, lists);
        return html.children(document) ? html.out.toString() : null;
    }

    private boolean children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (!node(child)) {
                return false;
            }
        }
        return true;
    }

    private boolean node(Node node) {
        Class<?> type = node.getClass();
        if (type == Text.class) {
            return words(TextRenderer.html((Text) node));
        } else if (type == Paragraph.class) {
            return paragraph((Paragraph) node);
        } else if (type == Heading.class) {
            int level = ((Heading) node).getLevel();
            return line() && open("h" + level) && children(node) && close("h" + level) && line();
        } else if (type == SoftLineBreak.class) {
            return newline();
        } else if (type == HardLineBreak.class) {
            return append("<br />") && newline();
        } else if (type == Emphasis.class) {
            return open("em") && children(node) && close("em");
        } else if (type == StrongEmphasis.class) {
            return open("strong") && children(node) && close("strong");
        } else if (type == Code.class) {
            return open("code") && words(Escaping.escapeHtml(Escaping.collapseWhitespace(((Code) node).getText(), true), false))
                    && close("code");
        } else if (type == BulletList.class) {
            return block("ul", node);
        } else if (type == OrderedList.class) {
            return (((OrderedList) node).getStartNumber() == 1 || !lists.isOrderedListManualStart()) && block("ol", node);
        } else if (type == BulletListItem.class || type == OrderedListItem.class) {
            return ((ListItem) node).getMarkerSuffix().isEmpty() && line() && open("li") && children(node) && close("li") && line();
        } else if (type == BlockQuote.class) {
            return block("blockquote", node);
        } else if (type == ThematicBreak.class) {
            return line() && append("<hr />") && line();
        } else if (type == TableBlock.class) {
            return block("table", node);
        } else if (type == TableHead.class) {
            return line() && open("thead") && children(node) && close("thead") && line();
        } else if (type == TableBody.class) {
            return line() && open("tbody") && children(node) && close("tbody") && line();
        } else if (type == TableRow.class) {
            return line() && open("tr") && children(node) && close("tr") && line();
        } else if (type == TableSeparator.class) {
            return true;
        } else if (type == TableCell.class) {
            return cell((TableCell) node);
        }
        return false;
    }

    /** A paragraph: its text, in p unless its list item is tight; nothing when it holds nothing shown. */
    private boolean paragraph(Paragraph node) {
        if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return true;
        }
        if (node.getParent() instanceof ParagraphItemContainer item && item.isParagraphWrappingDisabled(node, lists, options)) {
            return children(node);
        }
        return line() && open("p") && children(node) && close("p") && line();
    }

    /** A block whose children start on a line of their own, and its end tag too (Flexmark's tagIndent and tagLineIndent). */
    private boolean block(String tag, Node node) {
        return line() && open(tag) && line() && children(node) && line() && close(tag) && line();
    }

    private boolean cell(TableCell cell) {
        if (cell.getSpan() > 1) {
            return false;
        }
        String tag = cell.isHeader() ? "th" : "td";
        TableCell.Alignment alignment = cell.getAlignment();
        out.append('<').append(tag);
        if (alignment != null) {
            out.append(" align=\"").append(alignment.name().toLowerCase(Locale.ROOT)).append('"');
        }
        out.append('>');
        return children(cell) && close(tag);
    }

    /**
     * Text within a line (the parser ends lines with break nodes); false for text starting with a
     * space or tab at a line's start, where Flexmark's writer trims. So no line here ever holds
     * only spaces.
     */
    private boolean words(String text) {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        if ((first == ' ' || first == '\t') && out.length() == lineStart) {
            return false;
        }
        out.append(text);
        return true;
    }

    private boolean open(String tag) {
        out.append('<').append(tag).append('>');
        return true;
    }

    private boolean close(String tag) {
        out.append("</").append(tag).append('>');
        return true;
    }

    private boolean append(String text) {
        out.append(text);
        return true;
    }

    /** Ends the line being written, if anything is on it (Flexmark's line()). */
    private boolean line() {
        return out.length() == lineStart || newline();
    }

    /**
     * Ends the line. Flexmark's writer would drop a line of spaces only, and {@link #words} lets
     * no line start with one (the random test finds no other way to write one).
     */
    private boolean newline() {
        out.append('\n');
        lineStart = out.length();
        return true;
    }
}
