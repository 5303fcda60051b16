package vn.quangngai.dvk.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.problem.Suggestions;

/**
 * Reads typed values out of a {@link YamlDocument}, reporting each missing or misshapen value as a
 * problem (with its line) instead of stopping at the first one. Accepts what is unambiguous: a
 * single string where a list is expected is a list of one.
 */
public final class YamlFields {

    private final YamlDocument document;
    private final String file;
    private final Problems problems;

    public YamlFields(YamlDocument document, String file, Problems problems) {
        this.document = document;
        this.file = file;
        this.problems = problems;
    }

    public String file() {
        return file;
    }

    public int lineOf(String path) {
        return document.lineOf(path);
    }

    public void error(String path, String message, String hint) {
        problems.add(Problem.error(file, lineOf(path), path, message, hint));
    }

    public void warning(String path, String message, String hint) {
        problems.add(Problem.warning(file, lineOf(path), path, message, hint));
    }

    /** A non-empty text, or null after reporting it missing. */
    public String requiredText(JsonNode object, String path, String key, String hint) {
        String value = optionalText(object, path, key);
        if (value == null && !hasWrongShape(object, key)) {
            String at = path.isEmpty() ? key : path + "." + key;
            // an empty field is reported where it is; a missing top-level one where it would go
            int line = object.has(key) ? lineOf(at) : path.isEmpty() ? document.endLine() : lineOf(path);
            problems.add(Problem.error(file, line, at,
                    object.has(key) ? "trường \"" + key + "\" đang để trống." : "thiếu trường bắt buộc \"" + key + "\".", hint));
        }
        return value;
    }

    /** A text, trimmed; null when absent or blank. A list or mapping here is reported. */
    public String optionalText(JsonNode object, String path, String key) {
        JsonNode node = object.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        String at = path.isEmpty() ? key : path + "." + key;
        if (!node.isValueNode()) {
            error(at, "trường \"" + key + "\" phải là một giá trị, không phải " + (node.isArray() ? "danh sách" : "nhóm trường") + ".",
                    "Ghi một giá trị trên cùng dòng: " + key + ": …");
            return null;
        }
        String text = node.asText().trim();
        if (node.isTextual()) {
            checkQuotes(at, key, text);
        }
        return text.isEmpty() ? null : text;
    }

    private void checkQuotes(String at, String key, String text) {
        String wrong = Quotes.problem(text);
        if (wrong != null) {
            error(at, "giá trị của \"" + key + "\" " + wrong, Quotes.hint(key, text));
        }
    }

    /** A list of texts; a single text is accepted as a list of one. Absent means empty. */
    public List<String> textList(JsonNode object, String path, String key) {
        JsonNode node = object.get(key);
        String at = path.isEmpty() ? key : path + "." + key;
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isValueNode()) {
            addText(values, node.asText());
            return values;
        }
        if (node.isObject()) {
            error(at, "trường \"" + key + "\" phải là một danh sách.", "Ví dụ: " + key + ": [id-mot, id-hai]");
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isValueNode() && !item.isNull()) {
                addText(values, item.asText());
            } else {
                error(at + "[" + i + "]", "mỗi mục của \"" + key + "\" phải là một giá trị.", "Ví dụ: " + key + ": [id-mot, id-hai]");
            }
        }
        return values;
    }

    private static void addText(List<String> values, String text) {
        if (!text.isBlank()) {
            values.add(text.trim());
        }
    }

    /** Warns about every key not in {@code known}, suggesting the nearest known key. */
    public void warnUnknownKeys(JsonNode object, String path, Set<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!known.contains(key)) {
                warning(path.isEmpty() ? key : path + "." + key, "trường \"" + key + "\" không được dùng và sẽ bị bỏ qua.",
                        Suggestions.didYouMean(key, known) + "Các trường hợp lệ: " + String.join(", ", known.stream().sorted().toList()) + ".");
            }
        }
    }

    private static boolean hasWrongShape(JsonNode object, String key) {
        JsonNode node = object.get(key);
        return node != null && !node.isNull() && !node.isValueNode();
    }
}
