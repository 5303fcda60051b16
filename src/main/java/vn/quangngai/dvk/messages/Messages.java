package vn.quangngai.dvk.messages;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.source.KeyLines;

/**
 * The words the site's pages say that are not in its content: headings, descriptions, labels,
 * banners, menus. They are in {@link #FILE} beside the templates, so that the site's text is
 * changed (or another site's written) there, not in Java. {@code {0}}, {@code {1}} … in a text are
 * the parts filled in (a name, a number); nothing else in it is special.
 */
public record Messages(Map<String, String> texts) {

    /** Where the texts are, in the site's template folder. */
    public static final String NAME = "messages.properties";
    /** Where the texts are in a site with the default template folder. */
    public static final String FILE = "templates/" + NAME;

    /** Every text the pages use; a site's file must give each. */
    public static final Set<String> KEYS = Set.of(
            "campaign", "nav.stories", "nav.agencies", "nav.districts", "nav.fields", "nav.search", "nav.about", "crumb.home",
            "taxonomy.co-quan.title", "taxonomy.co-quan.label", "taxonomy.co-quan.description", "taxonomy.co-quan.subject",
            "taxonomy.dia-ban.title", "taxonomy.dia-ban.label", "taxonomy.dia-ban.description", "taxonomy.dia-ban.subject",
            "taxonomy.linh-vuc.title", "taxonomy.linh-vuc.label", "taxonomy.linh-vuc.description", "taxonomy.linh-vuc.subject",
            "taxonomy.xa-phuong.title", "taxonomy.xa-phuong.label",
            "term.description", "term.description.empty", "term.title.page", "term.crumb.page", "district.via.one", "district.via.many", "district.map",
            "district.map.none", "district.map.count", "district.map.more",
            "home.description", "chart.levels", "chart.fields", "notfound.title", "notfound.description",
            "stories.label", "stories.title", "stories.title.page", "stories.crumb.page", "stories.description",
            "held.draft.label", "held.draft.text", "held.scheduled.label", "held.scheduled.text",
            "search.title", "search.description", "search.all", "search.anyPlace", "opendata.title", "opendata.description",
            "opendata.registry.title",
            "feed.subtitle", "feed.term.title", "feed.term.subtitle",
            "embed.title", "embed.all", "embed.term.title", "embed.term.all", "embed.description");

    public Messages {
        texts = Map.copyOf(texts);
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}} … replaced by {@code parts}. */
    public String get(String key, Object... parts) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no text " + key + " in " + FILE);
        }
        for (int i = 0; i < parts.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(parts[i]));
        }
        return text;
    }

    /** The texts of the site in {@code source}, with the default template folder. */
    public static Messages read(Path source) {
        return read(source, "templates");
    }

    /**
     * The texts of the site in {@code source}, in its template folder {@code templates} (relative
     * to {@code source}); a missing folder or text, or a file that is not UTF-8, is an error.
     */
    public static Messages read(Path source, String templates) {
        String name = templates.replace('\\', '/').replaceAll("/+$", "") + "/" + NAME;
        if (!Files.isDirectory(source.resolve(templates))) {
            throw InvalidSourceException.of(Problem.error(templates, 0, null,
                    "không có thư mục mẫu trang này (template.folder trong jbake.properties; mặc định: templates).",
                    "Chép thư mục templates/ của dự án vào nguồn trang, hoặc sửa template.folder."));
        }
        Path file = source.resolve(name);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // Notepad's mark of UTF-8
            }
        } catch (NoSuchFileException e) {
            throw InvalidSourceException.of(Problem.error(name, 0, null, "không có tệp chữ của giao diện trang.",
                    "Chép tệp " + FILE + " của dự án vào thư mục " + templates + "/ rồi sửa chữ trong đó."));
        } catch (CharacterCodingException e) {
            throw InvalidSourceException.of(Problem.error(name, 0, null, "tệp không được lưu bằng UTF-8.",
                    "Mở tệp bằng Notepad, chọn Lưu thành… với bảng mã UTF-8."));
        } catch (IOException e) {
            throw InvalidSourceException.of(Problem.error(name, 0, null, "không đọc được tệp: " + e.getMessage(), "Kiểm tra quyền đọc tệp."));
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidSourceException.of(Problem.error(name, 0, null, "tệp hỏng: " + e.getMessage(),
                    "Mỗi dòng một câu: khóa=chữ."));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key).strip()));
        List<Problem> problems = new ArrayList<>();
        for (String key : new TreeSet<>(KEYS)) {
            if (texts.getOrDefault(key, "").isEmpty()) {
                problems.add(Problem.error(name, 0, key, texts.containsKey(key) ? "để trống." : "thiếu dòng " + key + "=….",
                        "Trang cần câu chữ này; xem bản của dự án."));
            }
        }
        for (String key : new TreeSet<>(texts.keySet())) {
            if (!KEYS.contains(key)) {
                problems.add(Problem.error(name, lineOf(text, key), key, "không trang nào dùng khóa này.",
                        "Kiểm tra chính tả của khóa; các khóa có trong bản của dự án."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
        return new Messages(texts);
    }

    private static int lineOf(String text, String key) {
        return KeyLines.lineOf(text.lines().toList(), key, "=");
    }
}
