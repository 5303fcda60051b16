package vn.quangngai.dvk.edit;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.html2md.converter.LinkConversion;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * Turns what Word, LibreOffice, Google Docs or a web page put on the clipboard into the Markdown a
 * story is written in. Each program's own habits are undone first, in the HTML (Word's lists are
 * paragraphs with a bullet drawn in a Symbol-font span, Google Docs wraps everything in a bold tag
 * that is not bold), then Flexmark's converter writes Markdown that Flexmark reads back the same.
 */
public final class PasteCleaner {

    /** Word's list paragraphs: {@code mso-list:l0 level2 lfo1}; the marker span itself says {@code mso-list:Ignore}. */
    private static final Pattern MSO_LIST = Pattern.compile("mso-list:\\s*(l\\d+)\\s+level(\\d+)", Pattern.CASE_INSENSITIVE);
    /** A numbered marker: 1. 1) (a) iv. A. */
    private static final Pattern NUMBERED = Pattern.compile("\\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,5})[.)]");
    /** A bullet typed by hand at the start of a paragraph, Word's Symbol bullet included, then spaces or a Tab. */
    private static final Pattern TYPED_BULLET = Pattern.compile("^[\\s\u00A0]*[•·▪◦‣⁃\uF0B7\uF0A7\uF0D8\uF076](?:[\\s\u00A0]+|$)");
    private static final Pattern PRIVATE_USE = Pattern.compile("[\uE000-\uF8FF]");
    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    /** Quotes a one-line value may arrive wrapped in, pair by pair. */
    private static final String[][] QUOTES = {{"“", "”"}, {"\"", "\""}, {"‘", "’"}, {"'", "'"}, {"«", "»"}, {"„", "“"}, {"„", "”"}};

    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-')
            .set(FlexmarkHtmlConverter.ORDERED_LIST_DELIMITER, '.')
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
            .set(FlexmarkHtmlConverter.RENDER_COMMENTS, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            .set(FlexmarkHtmlConverter.NBSP_TEXT, " ")
            .set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1)
            .set(FlexmarkHtmlConverter.MAX_TRAILING_BLANK_LINES, 0)
            .set(FlexmarkHtmlConverter.LIST_CONTENT_INDENT, false)
            // a pasted picture points at the writer's disk or someone else's site: photos come through the form
            .set(FlexmarkHtmlConverter.EXT_INLINE_IMAGE, LinkConversion.NONE)
            .toImmutable()).build();

    private PasteCleaner() {
    }

    /** Markdown for the body from clipboard HTML; LF line ends, NFC, ending in one newline (empty for nothing). */
    public static String toMarkdown(String clipboardHtml) {
        Document document = Jsoup.parse(clipboardHtml);
        Element body = document.body();
        removeNoise(body);
        acceptTrackedChanges(body);
        unwrapGoogleDocs(body);
        styledRunsToTags(body);
        wordLists(body);
        typedBullets(body);
        demoteHeadings(body);
        tableHeaders(body);
        cleanText(body);
        plainRuns(body);
        String markdown = CONVERTER.convert(body.html());
        // a quotation may interrupt a paragraph in Markdown, but a writer reads it better set apart
        String tidy = markdown.replaceAll("(?m)[ \t]+$", "").replaceAll("(?m)^([^>\n].*)\n(?=> )", "$1\n\n");
        return StoryWriter.body(Vietnamese.nfc(tidy.replaceAll("\n{3,}", "\n\n")));
    }

    /**
     * A title, a figure or a caption pasted into a one-line field: spaces of every kind folded to
     * one, and the quotes Word wraps around a whole value removed (they would be published as part
     * of the title); quotes around a part of it stay.
     */
    public static String singleLine(String text) {
        String line = PRIVATE_USE.matcher(Vietnamese.nfc(text)).replaceAll("").replaceAll("[\\s\u00A0\u2007\u202F]+", " ").strip();
        for (String[] pair : QUOTES) {
            if (line.length() >= 2 && line.startsWith(pair[0]) && line.endsWith(pair[1])
                    && line.indexOf(pair[1], pair[0].length()) == line.length() - pair[1].length()) {
                return line.substring(pair[0].length(), line.length() - pair[1].length()).strip();
            }
        }
        return line;
    }

    /** Comments (Word's conditional ones too), styles, scripts, Office XML, Word's review comments and buttons. */
    private static void removeNoise(Element body) {
        // a figure is a picture and its caption: photos come through the form, with their own caption
        // pictures too: the converter would even write an image named "x" as the emoji :x:
        body.select("style, script, noscript, template, meta, link, title, xml, button, input, select, textarea, iframe, object, figure, "
                + "img, picture, svg, video, audio, "
                + "hr.msocomoff, .MsoCommentReference, .msocomanchor, .msocomtxt, [style*=mso-element:comment], "
                + "[style*=mso-comment-reference], [style*=mso-special-character:comment]").remove();
        for (Element element : body.getAllElements()) {
            if (element.tagName().indexOf(':') > 0) {
                element.unwrap(); // <o:p>, <w:sdt>: Office's own tags around ordinary text
            }
        }
        removeComments(body);
    }

    private static void removeComments(Node node) {
        for (Node child : new ArrayList<>(node.childNodes())) {
            if (child instanceof Comment) {
                child.remove();
            } else {
                removeComments(child);
            }
        }
    }

    /** Tracked changes still pending when copied: the text as if they were accepted. */
    private static void acceptTrackedChanges(Element body) {
        body.select("del, .msoDel").remove();
        body.select("ins, .msoIns").unwrap();
    }

    /** Google Docs puts the whole fragment in {@code <b style="font-weight:normal">}: not bold at all. */
    private static void unwrapGoogleDocs(Element body) {
        for (Element wrapper : body.select("b[id^=docs-internal-guid], b[style~=^\\s*font-weight:\\s*normal]")) {
            wrapper.unwrap();
        }
        body.select("br.Apple-interchange-newline").remove();
        // between blocks, Docs marks a list's end with a <br>: Markdown has blank lines for that
        for (Element br : body.select("br")) {
            if (br.parent() == body) {
                br.remove();
            }
        }
        // one paragraph in a list item makes the converter write a loose list, a blank line between items
        for (Element item : body.select("li")) {
            if (item.children().size() == 1 && item.child(0).tagName().equals("p") && item.textNodes().stream().allMatch(TextNode::isBlank)) {
                item.child(0).unwrap();
            }
        }
    }

    /** Bold and italic that only a style says (Google Docs, web pages) become tags the converter knows. */
    private static void styledRunsToTags(Element body) {
        for (Element span : body.select("span[style]")) {
            String style = span.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
            if (style.contains("font-weight:700") || style.contains("font-weight:bold") || style.contains("font-weight:800")
                    || style.contains("font-weight:900")) {
                span.wrap("<strong></strong>");
            }
            if (style.contains("font-style:italic")) {
                span.wrap("<em></em>");
            }
        }
        // Word marks "not bold in right-to-left text" with a real <b>: still bold
    }

    /**
     * Word writes a list as paragraphs, each with {@code mso-list:lN levelM} and a marker span
     * ({@code mso-list:Ignore}) holding the bullet or number. Runs of such paragraphs become real
     * nested {@code <ul>} and {@code <ol>}, ordered when the marker is a number.
     */
    private static void wordLists(Element body) {
        Elements paragraphs = body.select("p[style*=mso-list]");
        List<Element> run = new ArrayList<>();
        for (Element paragraph : paragraphs) {
            Matcher list = MSO_LIST.matcher(paragraph.attr("style"));
            if (!list.find()) {
                continue;
            }
            if (!run.isEmpty() && run.get(run.size() - 1).nextElementSibling() != paragraph) {
                buildList(run);
                run = new ArrayList<>();
            }
            run.add(paragraph);
        }
        if (!run.isEmpty()) {
            buildList(run);
        }
    }

    private static void buildList(List<Element> paragraphs) {
        Element first = paragraphs.get(0);
        Element anchor = new Element("div");
        first.before(anchor);
        List<Element> open = new ArrayList<>();
        for (Element paragraph : paragraphs) {
            Matcher list = MSO_LIST.matcher(paragraph.attr("style"));
            list.find();
            int level = Integer.parseInt(list.group(2));
            Elements markers = paragraph.select("[style*=mso-list:Ignore], [style*=mso-list: Ignore]");
            String marker = markers.isEmpty() ? "" : markers.first().text().replace('\u00A0', ' ').strip();
            markers.remove();
            boolean numbered = NUMBERED.matcher(marker).matches();
            while (open.size() > level) {
                open.remove(open.size() - 1);
            }
            while (open.size() < level) {
                Element parent = open.isEmpty() ? anchor : lastItem(open.get(open.size() - 1));
                Element created = parent.appendElement(numbered ? "ol" : "ul");
                Matcher number = Pattern.compile("\\d+").matcher(marker);
                if (numbered && number.find() && !number.group().equals("1")) {
                    created.attr("start", number.group());
                }
                open.add(created);
            }
            Element item = open.get(open.size() - 1).appendElement("li");
            item.appendChildren(new ArrayList<>(paragraph.childNodes()));
            paragraph.remove();
        }
        anchor.unwrap();
    }

    private static Element lastItem(Element list) {
        Element last = list.children().isEmpty() ? list.appendElement("li") : list.children().last();
        return last;
    }

    /** Paragraphs that start with a bullet typed by hand (Word's "•"+Tab, its Symbol bullet) are list items. */
    private static void typedBullets(Element body) {
        Element list = null;
        for (Element paragraph : new ArrayList<>(body.select("p, div:not(:has(p, div, ul, ol, table))"))) {
            TextNode first = firstText(paragraph);
            Matcher bullet = first == null ? null : TYPED_BULLET.matcher(first.getWholeText());
            if (bullet == null || !bullet.find()) {
                list = null;
                continue;
            }
            first.text(first.getWholeText().substring(bullet.end()));
            if (list == null || list.nextElementSibling() != paragraph) {
                Element before = paragraph.previousElementSibling();
                // right after a Word list, a typed bullet goes on with it rather than starting a list of its own
                list = before != null && before.tagName().equals("ul") ? before : new Element("ul");
                if (list != before) {
                    paragraph.before(list);
                }
            }
            Element item = list.appendElement("li");
            item.appendChildren(new ArrayList<>(paragraph.childNodes()));
            paragraph.remove();
        }
    }

    /** The first text node with something in it, skipping spaces and Word's tab runs before the bullet. */
    private static TextNode firstText(Element element) {
        for (TextNode text : textNodes(element)) {
            if (!text.getWholeText().replace('\u00A0', ' ').isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static List<TextNode> textNodes(Node node) {
        List<TextNode> texts = new ArrayList<>();
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                texts.add(text);
            } else {
                texts.addAll(textNodes(child));
            }
        }
        return texts;
    }

    /** The story's title is its only level-1 heading: pasted headings move down so that the highest is level 2. */
    private static void demoteHeadings(Element body) {
        Elements headings = body.select("h1, h2, h3, h4, h5, h6");
        int highest = headings.stream().mapToInt(h -> h.tagName().charAt(1) - '0').min().orElse(2);
        int shift = Math.max(0, 2 - highest);
        for (Element heading : headings) {
            if (HEADING.matcher(heading.tagName()).matches()) {
                heading.tagName("h" + Math.min(6, heading.tagName().charAt(1) - '0' + shift));
            }
        }
    }

    /**
     * Spans and fonts carry only looks, and the converter puts a space after an emphasis followed
     * by one ("*x* ."); an empty block after a quotation makes it drop the quotation's "&gt;".
     */
    private static void plainRuns(Element body) {
        body.select("span, font").unwrap();
        for (Element block : body.select("p, div, section, article")) {
            if (block.text().isBlank() && block.select("img, br, table, hr").isEmpty()) {
                block.remove();
            }
        }
    }

    /** A Markdown table needs a header row: a table without one takes its first row as the header, as readers read it. */
    private static void tableHeaders(Element body) {
        for (Element table : body.select("table")) {
            if (table.select("th").isEmpty()) {
                Element firstRow = table.selectFirst("tr");
                if (firstRow != null) {
                    firstRow.select("td").tagName("th");
                }
            }
            for (Element cell : table.select("td, th")) {
                cell.select("p").unwrap();
            }
        }
    }

    /** Runs of no-break spaces (Word's spacing, its tab runs) become one space; private-use symbols go. */
    private static void cleanText(Element body) {
        for (TextNode text : textNodes(body)) {
            String cleaned = PRIVATE_USE.matcher(text.getWholeText()).replaceAll("")
                    .replaceAll("[\u00A0\u2007\u202F]+", " ").replaceAll("[ \t]{2,}", " ");
            text.text(cleaned);
        }
    }
}
