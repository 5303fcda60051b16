package vn.quangngai.dvk.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.source.YamlDocument;
import vn.quangngai.dvk.story.Figure;
import vn.quangngai.dvk.story.FrontMatter;

/**
 * Reads a story file into the editor's {@link StoryText} without judging it: a wrong id or an
 * impossible date is kept as written, for {@code check} to report at its field. Only a text that
 * cannot be held by the form at all (broken front matter, a list where one value belongs) is
 * refused, in the same words {@code check} uses.
 */
public final class StoryTextReader {

    private static final Set<String> KNOWN = Set.of("title", "date", "as_of", "agency", "districts", "communes", "fields",
            "summary", "figures", "image", "image_alt", "images", "draft");

    private StoryTextReader() {
    }

    public static StoryText read(String source, String file) {
        String text = StoryWriter.lf(source.startsWith("\uFEFF") ? source.substring(1) : source);
        FrontMatter matter = FrontMatter.split(text, file);
        YamlDocument document = YamlDocument.parse(matter.yaml(), file, matter.yamlLine());
        JsonNode root = document.root();
        if (root.isNull() || root.isMissingNode()) {
            root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        Shapes shapes = new Shapes(document, file);
        if (!root.isObject()) {
            throw InvalidSourceException.of(Problem.error(file, 2, null,
                    "phần thông tin giữa hai dòng --- phải là các trường dạng \"tên: giá trị\".", "Ví dụ: title: \"Tên mô hình\""));
        }
        Map<String, JsonNode> other = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!KNOWN.contains(field.getKey())) {
                other.put(field.getKey(), field.getValue());
            }
        }
        StoryText story = new StoryText(shapes.text(root, "title"), shapes.text(root, "date"), shapes.text(root, "as_of"),
                shapes.text(root, "agency"), shapes.list(root, "districts"), shapes.list(root, "communes"),
                shapes.list(root, "fields"), shapes.text(root, "summary"), shapes.figures(root), shapes.text(root, "image"),
                shapes.text(root, "image_alt"), shapes.pictures(root), shapes.draft(root), other, matter.body());
        shapes.throwIfAny();
        return story;
    }

    /** Collects every value whose shape the form cannot hold, so that all are said at once. */
    private static final class Shapes {
        private final YamlDocument document;
        private final String file;
        private final List<Problem> problems = new ArrayList<>();

        Shapes(YamlDocument document, String file) {
            this.document = document;
            this.file = file;
        }

        String text(JsonNode parent, String key) {
            return text(parent, key, key);
        }

        private String text(JsonNode parent, String key, String path) {
            JsonNode value = parent.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isValueNode()) {
                refuse(path, "\"" + key + "\" phải là một giá trị, không phải danh sách hay nhóm.",
                        "Ghi trên một dòng, ví dụ: " + key + ": \"…\"");
                return null;
            }
            return value.asText();
        }

        List<String> list(JsonNode root, String key) {
            JsonNode value = root.get(key);
            List<String> ids = new ArrayList<>();
            if (value == null || value.isNull()) {
                return ids;
            }
            if (value.isValueNode()) {
                ids.add(value.asText());
                return ids;
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (item != null && item.isValueNode() && !item.isNull()) {
                    ids.add(item.asText());
                } else {
                    refuse(key + "[" + i + "]", "mỗi mục của \"" + key + "\" phải là một id.", "Ví dụ: " + key + ": [id-mot, id-hai]");
                }
            }
            if (value.isObject()) {
                refuse(key, "\"" + key + "\" phải là danh sách id.", "Ví dụ: " + key + ": [id-mot, id-hai]");
            }
            return ids;
        }

        List<Figure> figures(JsonNode root) {
            List<Figure> figures = new ArrayList<>();
            for (Map.Entry<String, JsonNode> item : items(root, "figures",
                    "Mỗi số liệu ghi: - value: \"Hơn 3.000\" và label: \"hồ sơ được tiếp nhận\".").entrySet()) {
                String at = item.getKey() + ".";
                figures.add(new Figure(text(item.getValue(), "value", at + "value"), text(item.getValue(), "label", at + "label")));
            }
            return figures;
        }

        List<StoryText.Picture> pictures(JsonNode root) {
            List<StoryText.Picture> pictures = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : items(root, "images",
                    "Mỗi ảnh ghi: - src: anh/ten-anh.jpg và alt: \"mô tả ảnh\".").entrySet()) {
                String at = entry.getKey() + ".";
                JsonNode item = entry.getValue();
                pictures.add(new StoryText.Picture(text(item, "src", at + "src"), text(item, "alt", at + "alt"),
                        text(item, "caption", at + "caption"), text(item, "credit", at + "credit")));
            }
            return pictures;
        }

        /** The groups of a list by their path, e.g. {@code figures[1]}. */
        private Map<String, JsonNode> items(JsonNode root, String key, String hint) {
            JsonNode list = root.get(key);
            Map<String, JsonNode> items = new LinkedHashMap<>();
            if (list == null || list.isNull()) {
                return items;
            }
            if (!list.isArray()) {
                refuse(key, "\"" + key + "\" phải là một danh sách.", hint);
                return items;
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isObject()) {
                    items.put(key + "[" + i + "]", list.get(i));
                } else {
                    refuse(key + "[" + i + "]", "mỗi mục của \"" + key + "\" phải là một nhóm trường.", hint);
                }
            }
            return items;
        }

        boolean draft(JsonNode root) {
            JsonNode value = root.get("draft");
            if (value == null || value.isNull()) {
                return false;
            }
            if (!value.isBoolean()) {
                refuse("draft", "draft chỉ nhận true hoặc false.", "Ghi draft: true cho bản nháp; xóa dòng này để xuất bản.");
                return false;
            }
            return value.booleanValue();
        }

        private void refuse(String path, String message, String hint) {
            problems.add(Problem.error(file, document.lineOf(path), path, message, hint));
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidSourceException(problems);
            }
        }
    }
}
