package vn.quangngai.dvk.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;

/**
 * The groupings a site declares in its settings file:
 *
 * <pre>
 * taxonomies=category region
 * taxonomy.category.key=category
 * taxonomy.category.data=data/categories.yaml
 * taxonomy.category.path=categories
 * taxonomy.category.page-size=10
 * taxonomy.category.order=newest
 * taxonomy.category.empty-pages=true
 * </pre>
 *
 * Every setting but the list has a default (see {@link #SETTINGS}); a misspelt setting, a
 * declaration missing from the list or a value out of range is an error naming the valid ones.
 */
public final class Declarations {

    /** The settings key that lists the declared groupings, separated by spaces (or commas). */
    public static final String LIST = "taxonomies";
    /** The prefix of a declaration's settings. */
    public static final String PREFIX = "taxonomy.";

    /** Every setting of a declaration, with what it takes. */
    public static final Map<String, String> SETTINGS = Map.of(
            "key", "khóa trong phần đầu bài (mặc định: tên khai báo)",
            "data", "tệp dữ liệu YAML hoặc JSON liệt kê id, name, description (không có: mọi giá trị gặp trong bài)",
            "path", "thư mục trên trang (mặc định: tên khai báo)",
            "page-size", "số bài mỗi trang, 1–1000 (mặc định: index.posts_per_page của JBake)",
            "order", "newest, oldest hoặc title (mặc định: newest)",
            "empty-pages", "true hoặc false (mặc định: true)",
            "template", "loại tài liệu có template.LOẠI.file vẽ trang một mục (mặc định: term)",
            "index-template", "loại tài liệu có template.LOẠI.file vẽ trang liệt kê các mục (mặc định: terms)",
            "page-segment", "tên thư mục trang sau trang đầu, trước số trang (mặc định: page-)");

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*");
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9_-]*");

    private Declarations() {
    }

    /**
     * The declarations in {@code settings} (all keys and their values as text, a JBake list
     * joined with commas), or none. {@code file} and {@code lineOf} say where a key is written,
     * for errors; {@code defaultPageSize} is what a declaration without one gets (0: the site's own).
     *
     * @throws InvalidSourceException listing every mistake
     */
    public static List<Declaration> read(Map<String, String> settings, String file, ToIntFunction<String> lineOf, int defaultPageSize) {
        List<Problem> problems = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        String list = settings.get(LIST);
        if (list != null) {
            for (String name : list.trim().split("[\\s,]+")) {
                if (name.isEmpty()) {
                    continue;
                }
                if (!NAME.matcher(name).matches()) {
                    problems.add(Problem.error(file, lineOf.applyAsInt(LIST), LIST, "tên khai báo \"" + name + "\" không hợp lệ.",
                            "Dùng chữ thường không dấu, số, '-' hoặc '_', ví dụ: category."));
                } else if (!names.add(name)) {
                    problems.add(Problem.error(file, lineOf.applyAsInt(LIST), LIST, "\"" + name + "\" được liệt kê hai lần.",
                            "Mỗi tên chỉ liệt kê một lần."));
                }
            }
        }
        for (String key : settings.keySet().stream().sorted().toList()) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            String rest = key.substring(PREFIX.length());
            int dot = rest.indexOf('.');
            String name = dot < 0 ? rest : rest.substring(0, dot);
            String setting = dot < 0 ? "" : rest.substring(dot + 1);
            if (!names.contains(name)) {
                problems.add(Problem.error(file, lineOf.applyAsInt(key), key, "\"" + name + "\" không có trong danh sách " + LIST + ".",
                        "Thêm " + name + " vào dòng " + LIST + "=… (các tên cách nhau bằng dấu cách), hoặc xóa dòng này."));
            } else if (!SETTINGS.containsKey(setting)) {
                problems.add(Problem.error(file, lineOf.applyAsInt(key), key, "không có thiết lập \"" + setting + "\".",
                        "Các thiết lập hợp lệ: " + String.join(", ", SETTINGS.keySet().stream().sorted().toList()) + "."));
            }
        }
        List<Declaration> declarations = new ArrayList<>();
        for (String name : names) {
            Reader reader = new Reader(settings, file, lineOf, PREFIX + name + ".", problems);
            String key = reader.text("key", name);
            String data = reader.text("data", null);
            String path = reader.text("path", name);
            if (!PATH.matcher(path).matches()) {
                reader.wrong("path", path, "chữ thường không dấu, số, '-', '_', các phần cách nhau bằng '/', không có '/' ở đầu hay cuối");
            }
            int pageSize = reader.number("page-size", defaultPageSize, 1, 1000);
            Declaration.Order order = reader.order();
            boolean emptyPages = reader.bool("empty-pages", true);
            String termType = reader.text("template", "term");
            String indexType = reader.text("index-template", "terms");
            String segment = reader.text("page-segment", "page-");
            if (!SEGMENT.matcher(segment).matches()) {
                reader.wrong("page-segment", segment, "chữ thường không dấu, số, '-' hoặc '_'");
            }
            if (!key.isEmpty() && PATH.matcher(path).matches()) {
                declarations.add(new Declaration(name, key, data, path, pageSize, order, emptyPages, termType, indexType, segment));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
        return List.copyOf(declarations);
    }

    /** One declaration's settings. */
    private record Reader(Map<String, String> settings, String file, ToIntFunction<String> lineOf, String prefix, List<Problem> problems) {

        String text(String setting, String fallback) {
            String value = settings.get(prefix + setting);
            if (value == null) {
                return fallback;
            }
            value = value.trim();
            if (value.isEmpty()) {
                problems.add(Problem.error(file, lineOf.applyAsInt(prefix + setting), prefix + setting, "để trống.",
                        SETTINGS.get(setting) + "; bỏ dòng này để dùng giá trị mặc định."));
                return fallback;
            }
            return value;
        }

        int number(String setting, int fallback, int min, int max) {
            String value = text(setting, null);
            if (value == null) {
                return fallback;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            wrong(setting, value, "một số nguyên từ " + min + " đến " + max);
            return fallback;
        }

        boolean bool(String setting, boolean fallback) {
            String value = text(setting, null);
            if (value == null) {
                return fallback;
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    wrong(setting, value, "true hoặc false");
                    return fallback;
            }
        }

        Declaration.Order order() {
            String value = text("order", null);
            if (value == null) {
                return Declaration.Order.NEWEST;
            }
            try {
                return Declaration.Order.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                wrong("order", value, "newest, oldest hoặc title");
                return Declaration.Order.NEWEST;
            }
        }

        void wrong(String setting, String value, String valid) {
            problems.add(Problem.error(file, lineOf.applyAsInt(prefix + setting), prefix + setting,
                    "giá trị \"" + value + "\" không hợp lệ.", "Hợp lệ: " + valid + "."));
        }
    }
}
