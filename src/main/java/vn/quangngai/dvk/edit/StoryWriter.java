package vn.quangngai.dvk.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.quangngai.dvk.story.Figure;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * The one text of a story: keys always in the same order (title, date, as_of, agency, districts,
 * districts_inferred, communes, fields, summary, figures, image, image_alt, images, draft, then unknown keys as they
 * came), LF line ends, NFC, one newline at the end. Prose (title, summary, figures, photo text) is
 * always in double quotes, as in every shipped story, so that a colon or a leading quote typed
 * later never changes what YAML reads; ids, dates and paths are quoted only where YAML would read
 * them otherwise. Required keys are written even when empty, so that a hand editor sees them.
 */
public final class StoryWriter {

    /** Ids, dates, months and asset paths that YAML reads back as the same text without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_./-]*");
    /** Words YAML 1.1 (SnakeYAML, Jackson) would read as a boolean or null. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

    private StoryWriter() {
    }

    public static String write(StoryText story) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quoted(story.title())).append('\n');
        out.append("date: ").append(plain(story.date())).append('\n');
        if (story.asOf() != null) {
            out.append("as_of: ").append(plain(story.asOf())).append('\n');
        }
        out.append("agency: ").append(plain(story.agency())).append('\n');
        ids(out, "districts", story.districts(), false);
        // belongs to the districts line above it: written right after it, as every shipped story has it
        JsonNode inferred = story.other().get("districts_inferred");
        if (inferred != null) {
            node(out, "", "districts_inferred", inferred);
        }
        ids(out, "communes", story.communes(), false);
        ids(out, "fields", story.fields(), true);
        out.append("summary: ").append(quoted(story.summary())).append('\n');
        figures(out, story.figures());
        if (story.image() != null) {
            out.append("image: ").append(plain(story.image())).append('\n');
        }
        if (story.imageAlt() != null) {
            out.append("image_alt: ").append(quoted(story.imageAlt())).append('\n');
        }
        pictures(out, story.images());
        if (story.draft()) {
            out.append("draft: true\n");
        }
        for (Map.Entry<String, JsonNode> entry : story.other().entrySet()) {
            if (entry.getKey().equals("districts_inferred")) {
                continue;
            }
            node(out, "", entry.getKey(), entry.getValue());
        }
        out.append("---\n").append(body(story.body()));
        return Vietnamese.nfc(out.toString());
    }

    /** The body with LF line ends, without trailing blank lines, ending in exactly one newline; empty stays empty. */
    static String body(String body) {
        String text = lf(body);
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // trailing spaces of the last line would be a Markdown line break with nothing after it
        return end == 0 ? "" : text.substring(0, end) + "\n";
    }

    static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void ids(StringBuilder out, String key, List<String> ids, boolean required) {
        if (ids.isEmpty() && !required) {
            return;
        }
        out.append(key).append(": [");
        for (int i = 0; i < ids.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(plain(ids.get(i)));
        }
        out.append("]\n");
    }

    private static void figures(StringBuilder out, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        out.append("figures:\n");
        for (Figure figure : figures) {
            out.append("  - value: ").append(quoted(figure.value())).append('\n');
            out.append("    label: ").append(quoted(figure.label())).append('\n');
        }
    }

    /** The {@code images:} block of a story's front matter (nothing when there are none); the browser editor writes it too. */
    public static void pictures(StringBuilder out, List<StoryText.Picture> pictures) {
        if (pictures.isEmpty()) {
            return;
        }
        out.append("images:\n");
        for (StoryText.Picture picture : pictures) {
            out.append("  - src: ").append(plain(picture.src())).append('\n');
            out.append("    alt: ").append(quoted(picture.alt())).append('\n');
            if (picture.caption() != null) {
                out.append("    caption: ").append(quoted(picture.caption())).append('\n');
            }
            if (picture.credit() != null) {
                out.append("    credit: ").append(quoted(picture.credit())).append('\n');
            }
        }
    }

    /** A key the tool does not know, written back in block style at {@code indent}. */
    private static void node(StringBuilder out, String indent, String key, JsonNode value) {
        out.append(indent).append(plain(key)).append(':');
        if (value.isObject() && !value.isEmpty()) {
            out.append('\n');
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                node(out, indent + "  ", field.getKey(), field.getValue());
            }
        } else if (value.isArray() && hasContainer(value)) {
            out.append('\n');
            for (JsonNode item : value) {
                item(out, indent + "  ", item);
            }
        } else {
            out.append(' ').append(inline(value)).append('\n');
        }
    }

    private static void item(StringBuilder out, String indent, JsonNode item) {
        if (item.isObject() && !item.isEmpty()) {
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                StringBuilder one = new StringBuilder();
                node(one, indent + "  ", field.getKey(), field.getValue());
                out.append(first ? indent + "- " + one.substring(indent.length() + 2) : one);
                first = false;
            }
        } else if (item.isArray() && hasContainer(item)) {
            out.append(indent).append("-\n");
            for (JsonNode inner : item) {
                item(out, indent + "  ", inner);
            }
        } else {
            out.append(indent).append("- ").append(inline(item)).append('\n');
        }
    }

    private static boolean hasContainer(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isContainerNode() && !item.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String inline(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isBoolean()) {
            return String.valueOf(value.booleanValue());
        }
        if (value.isObject()) {
            return "{}";
        }
        if (value.isArray()) {
            StringBuilder list = new StringBuilder("[");
            for (int i = 0; i < value.size(); i++) {
                list.append(i == 0 ? "" : ", ").append(inline(value.get(i)));
            }
            return list.append(']').toString();
        }
        return plain(value.asText());
    }

    /** Bare when YAML reads the bare text back as the same string, else in double quotes. */
    static String plain(String text) {
        if (text == null) {
            return "\"\"";
        }
        String value = Vietnamese.nfc(text);
        return PLAIN.matcher(value).matches() && !RESERVED.contains(value.toLowerCase(Locale.ROOT)) ? value : quoted(value);
    }

    /** A YAML double-quoted scalar: backslash, quote and every control character escaped, all else as it is. */
    static String quoted(String text) {
        if (text == null) {
            return "\"\"";
        }
        String value = Vietnamese.nfc(lf(text));
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
