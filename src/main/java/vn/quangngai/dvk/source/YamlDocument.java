package vn.quangngai.dvk.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;

/**
 * A YAML document read with Jackson's streaming parser into a tree, remembering the line of
 * every value (by path, e.g. {@code agencies[3].district}) so that errors can point at it.
 * Tags are refused, never resolved: {@code !!java.…} cannot instantiate anything here.
 * Duplicate keys are errors: YAML would silently keep the last one.
 */
public final class YamlDocument {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final int endLine;

    private YamlDocument(JsonNode root, Map<String, Integer> lines, int endLine) {
        this.root = root;
        this.lines = lines;
        this.endLine = endLine;
    }

    /** The file line just after the document: in front matter, the closing "---", where a missing field goes. */
    public int endLine() {
        return endLine;
    }

    /**
     * @param file       the file name for messages
     * @param firstLine  the file line on which {@code yaml} starts (front matter starts on line 2)
     */
    public static YamlDocument parse(String yaml, String file, int firstLine) {
        refuseLineMistakes(yaml, file, firstLine);
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? NODES.nullNode() : readValue(parser, "", lines, file, firstLine);
            return new YamlDocument(root, lines, firstLine + (int) yaml.lines().count());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? firstLine : at.getLineNr() + firstLine - 1;
            int column = at == null ? 0 : at.getColumnNr();
            YamlErrors.Said said = YamlErrors.say(e.getOriginalMessage());
            throw InvalidSourceException.of(Problem.error(file, line, null, said.message(), said.hint()).at(line, column));
        } catch (IOException e) {
            throw new IllegalStateException("reading YAML from a string cannot fail with I/O", e);
        }
    }

    /** Where the parser would point lines away, in English, the line and its column are named first. */
    private static void refuseLineMistakes(String yaml, String file, int firstLine) {
        List<Problem> mistakes = YamlLines.check(yaml, file, firstLine);
        if (!mistakes.isEmpty()) {
            throw new InvalidSourceException(mistakes);
        }
    }

    private static JsonNode readValue(JsonParser parser, String path, Map<String, Integer> lines, String file, int firstLine)
            throws IOException {
        int line = parser.currentTokenLocation().getLineNr() + firstLine - 1;
        lines.put(path, line);
        Object tag = parser.getTypeId();
        if (tag != null) {
            throw InvalidSourceException.of(Problem.error(file, line, path.isEmpty() ? null : path,
                    "thẻ YAML \"" + tag + "\" không được phép.",
                    "Bỏ phần bắt đầu bằng dấu chấm than (!) và chỉ ghi giá trị."));
        }
        refuseAnchorsAndAliases(parser, file, line, path);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    refuseInvisible(key, file, parser.currentTokenLocation().getLineNr() + firstLine - 1,
                            path.isEmpty() ? key : path + "." + key);
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    int keyLine = parser.currentTokenLocation().getLineNr() + firstLine - 1;
                    if (object.has(key)) {
                        throw InvalidSourceException.of(Problem.error(file, keyLine, childPath,
                                "trường \"" + key + "\" được khai báo hai lần.", "Giữ lại một lần khai báo."));
                    }
                    parser.nextToken();
                    object.set(key, readValue(parser, childPath, lines, file, firstLine));
                    lines.put(childPath, keyLine);
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, path + "[" + index++ + "]", lines, file, firstLine));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(refuseInvisible(parser.getText(), file, line, path));
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("unexpected YAML token " + token);
        }
    }

    /**
     * An anchor ({@code &name}) or alias ({@code *name}) is YAML's way to repeat a value; here it
     * only ever comes from a value that happened to start with {@code &} or {@code *}, which YAML
     * then silently drops or replaces (an alias was published as the anchor's name). Jackson
     * reports the anchor of a list or group, not of a single value.
     */
    private static void refuseAnchorsAndAliases(JsonParser parser, String file, int line, String path) throws IOException {
        if (!(parser instanceof YAMLParser yaml)) {
            return;
        }
        String field = path.isEmpty() ? null : path;
        if (yaml.isCurrentAlias()) {
            throw InvalidSourceException.of(Problem.error(file, line, field,
                    "bí danh YAML \"*" + yaml.getText() + "\" không được phép.",
                    "Ghi thẳng giá trị; nếu giá trị bắt đầu bằng dấu *, đặt nó trong ngoặc kép, ví dụ: title: \"*…\""));
        }
        Object anchor = yaml.getObjectId();
        if (anchor != null) {
            throw InvalidSourceException.of(Problem.error(file, line, field,
                    "nhãn YAML \"&" + anchor + "\" không được phép.",
                    "Nếu giá trị bắt đầu bằng dấu &, đặt cả giá trị trong ngoặc kép, ví dụ: title: \"&…\""));
        }
    }

    /**
     * Control characters, noncharacters and lone surrogates written as YAML escapes ({@code "\x01"},
     * {@code "\e"}, {@code "\uFFFE"}) are invisible on the page and make the feed and sitemap
     * ill-formed XML; they are refused where they are written. Tab and line break stay allowed.
     */
    private static String refuseInvisible(String text, String file, int line, String path) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
            boolean loneSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            int codePoint = text.codePointAt(i);
            boolean noncharacter = (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
            if (control || loneSurrogate || noncharacter) {
                throw InvalidSourceException.of(Problem.error(file, line, path.isEmpty() ? null : path,
                        "có ký tự không in được U+" + String.format("%04X", (int) (loneSurrogate ? c : codePoint))
                                + " (ký tự điều khiển hoặc không hợp lệ) ở vị trí " + (i + 1) + " của giá trị.",
                        "Xóa ký tự đó (thường do chép từ nơi khác hoặc gõ \\x, \\u trong ngoặc kép); gõ lại đoạn chữ nếu cần."));
            }
            if (Character.isSupplementaryCodePoint(codePoint)) {
                i++;
            }
        }
        return text;
    }

    public JsonNode root() {
        return root;
    }

    /** The line of the value at {@code path}, or of its nearest ancestor that has one. */
    public int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }
}
