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
 * <p>The form shows and changes one photo, {@code image} with {@code imageAlt}: the first of the
 * story's {@code images}. {@code photos} carries the whole list as the file had it, so that its
 * other photos, and the first one's caption and credit while it stays the same photo, are written
 * back as they were: a story given photos in a text editor keeps them when it is saved here.
 */
public record StoryForm(String slug, String title, String date, String asOf, String agency, List<String> districts,
                        List<String> communes, List<String> fields, String summary, List<FigureRow> figures,
                        String image, String imageAlt, List<Picture> photos, String body, boolean draft) {

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
        image = clean(image);
        imageAlt = clean(imageAlt);
        photos = photos == null ? List.of() : photos.stream().filter(p -> p != null && p.src() != null && !p.src().isBlank()).toList();
        body = body == null ? "" : Vietnamese.nfc(body.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** Single-line fields: NFC, no line breaks, no spaces around (a pasted title keeps none of Word's). */
    private static String clean(String text) {
        return text == null ? "" : Vietnamese.nfc(text.replaceAll("[\\s\\u00a0]+", " ").strip());
    }

    private static List<String> ids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(StoryForm::clean).filter(id -> !id.isEmpty()).distinct().toList();
    }

    /** This form as it would be published: the same fields without the draft mark. */
    public StoryForm published() {
        return new StoryForm(slug, title, date, asOf, agency, districts, communes, fields, summary, figures, image, imageAlt, photos, body, false);
    }

    /** The story's photos as they are written: the form's photo first, then the others the file had. */
    public List<Picture> images() {
        List<Picture> images = new ArrayList<>();
        if (!image.isEmpty()) {
            Picture first = photos.isEmpty() ? null : photos.get(0);
            boolean same = first != null && image.equals(first.src());
            images.add(new Picture(image, imageAlt, same ? first.caption() : null, same ? first.credit() : null));
        }
        if (photos.size() > 1) {
            images.addAll(photos.subList(1, photos.size()));
        }
        return images;
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
        StoryWriter.pictures(out, images());
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
            return new StoryForm(slug, "", "", "", "", List.of(), List.of(), List.of(), "", List.of(), "", "", List.of(), text, false);
        }
        JsonNode root;
        try {
            root = YamlDocument.parse(matter.yaml(), slug, matter.yamlLine()).root();
        } catch (InvalidSourceException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return new StoryForm(slug, "", "", "", "", List.of(), List.of(), List.of(), "", List.of(), "", "", List.of(), matter.body(), false);
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
        Picture first = photos.isEmpty() ? null : photos.get(0);
        return new StoryForm(slug, root.path("title").asText(""), root.path("date").asText(""), root.path("as_of").asText(""),
                root.path("agency").asText(""), texts(root.path("districts")), texts(root.path("communes")),
                texts(root.path("fields")), root.path("summary").asText(""), figures, first == null ? "" : first.src(),
                first == null ? "" : first.alt(), photos, matter.body(), root.path("draft").asBoolean(false));
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
