package vn.quangngai.dvk.editor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import vn.quangngai.dvk.edit.StoryText.Picture;
import vn.quangngai.dvk.edit.StoryWriter;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.source.YamlDocument;
import vn.quangngai.dvk.story.FrontMatter;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * What the form holds: one story's fields as the writer sees them. {@link #toText} makes the
 * Markdown file that {@code check} and {@code build} read, so the file stays the one source of truth.
 * Empty strings stand for fields left blank.
 *
 * <p>{@code photos} is the story's list of photos in the order they are published (the first is
 * the story's main photo), each with its description, caption and credit: the form shows and
 * changes all of them, so a story given photos in a text editor keeps them when saved here.
 */
public record StoryForm(String slug, String title, String date, String asOf, String agency, List<String> districts,
                        List<String> communes, List<String> fields, String summary, List<FigureRow> figures,
                        List<Picture> photos, String body, boolean draft) {

    /** One row of "Số liệu". */
    public record FigureRow(String value, String label) {
        public FigureRow {
            value = clean(value);
            label = clean(label);
        }
    }

    public StoryForm {
        slug = clean(slug);
        title = clean(title);
        date = clean(date);
        asOf = clean(asOf);
        agency = clean(agency);
        districts = ids(districts);
        communes = ids(communes);
        fields = ids(fields);
        summary = clean(summary);
        figures = figures == null ? List.of() : figures.stream().filter(f -> f != null && !(f.value().isEmpty() && f.label().isEmpty())).toList();
        photos = photos == null ? List.of() : photos.stream().filter(p -> p != null && !clean(p.src()).isEmpty())
                .map(p -> new Picture(clean(p.src()), clean(p.alt()), blankAsNull(p.caption()), blankAsNull(p.credit()))).toList();
        body = body == null ? "" : Vietnamese.nfc(body.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** Single-line fields: NFC, no line breaks, no spaces around (a pasted title keeps none of Word's). */
    private static String clean(String text) {
        return text == null ? "" : Vietnamese.nfc(text.replaceAll("[\\s\\u00a0]+", " ").strip());
    }

    /** A caption or credit left blank is not written at all. */
    private static String blankAsNull(String text) {
        String cleaned = clean(text);
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static List<String> ids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(StoryForm::clean).filter(id -> !id.isEmpty()).distinct().toList();
    }

    /** This form as it would be published: the same fields without the draft mark. */
    public StoryForm published() {
        return new StoryForm(slug, title, date, asOf, agency, districts, communes, fields, summary, figures, photos, body, false);
    }

    /** The story file: front matter in a fixed key order, every text quoted, LF line ends. */
    public String toText() {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quoted(title)).append('\n');
        line(out, "date", date);
        line(out, "as_of", asOf);
        line(out, "agency", agency);
        list(out, "districts", districts);
        list(out, "communes", communes);
        list(out, "fields", fields);
        out.append("summary: ").append(quoted(summary)).append('\n');
        if (!figures.isEmpty()) {
            out.append("figures:\n");
            for (FigureRow row : figures) {
                out.append("  - value: ").append(quoted(row.value())).append('\n');
                out.append("    label: ").append(quoted(row.label())).append('\n');
            }
        }
        StoryWriter.pictures(out, photos);
        if (draft) {
            out.append("draft: true\n");
        }
        out.append("---\n").append(body);
        if (!body.isEmpty() && !body.endsWith("\n")) {
            out.append('\n');
        }
        return out.toString();
    }

    /** A value that is an id or a date is written plain when it is one; anything else is quoted. */
    private static void line(StringBuilder out, String key, String value) {
        if (!value.isEmpty()) {
            out.append(key).append(": ").append(value.matches("[a-z0-9][a-z0-9-]*") ? value : quoted(value)).append('\n');
        }
    }

    private static void list(StringBuilder out, String key, List<String> ids) {
        if (!ids.isEmpty()) {
            out.append(key).append(": [").append(String.join(", ", ids.stream()
                    .map(id -> id.matches("[a-z0-9][a-z0-9-]*") ? id : quoted(id)).toList())).append("]\n");
        }
    }

    /** YAML's double-quoted form: only the backslash, the quote and control characters need escapes. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * The form of a story file; a file whose front matter cannot be read gives its body and blank
     * fields, and {@code check} then says what is wrong with it.
     */
    public static StoryForm of(String slug, String text) {
        FrontMatter matter;
        try {
            matter = FrontMatter.split(text, slug);
        } catch (InvalidSourceException e) {
            return new StoryForm(slug, "", "", "", "", List.of(), List.of(), List.of(), "", List.of(), List.of(), text, false);
        }
        JsonNode root;
        try {
            root = YamlDocument.parse(matter.yaml(), slug, matter.yamlLine()).root();
        } catch (InvalidSourceException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return new StoryForm(slug, "", "", "", "", List.of(), List.of(), List.of(), "", List.of(), List.of(), matter.body(), false);
        }
        List<FigureRow> figures = new ArrayList<>();
        for (JsonNode row : root.path("figures")) {
            figures.add(new FigureRow(row.path("value").asText(""), row.path("label").asText("")));
        }
        List<Picture> photos = new ArrayList<>();
        for (JsonNode photo : root.path("images")) {
            photos.add(new Picture(photo.path("src").asText(""), photo.path("alt").asText(""), textOrNull(photo.path("caption")),
                    textOrNull(photo.path("credit"))));
        }
        if (photos.isEmpty() && !root.path("image").asText("").isBlank()) {
            // a file from before photos were a list: saved here, it is written as one
            photos.add(new Picture(root.path("image").asText(""), root.path("image_alt").asText(""), null, null));
        }
        return new StoryForm(slug, root.path("title").asText(""), root.path("date").asText(""), root.path("as_of").asText(""),
                root.path("agency").asText(""), texts(root.path("districts")), texts(root.path("communes")),
                texts(root.path("fields")), root.path("summary").asText(""), figures, photos, matter.body(),
                root.path("draft").asBoolean(false));
    }

    private static String textOrNull(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText("")));
        } else if (node.isValueNode()) {
            out.add(node.asText(""));
        }
        return out;
    }
}
