package vn.quangngai.dvk.site;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.source.KeyLines;
import vn.quangngai.dvk.taxonomy.Declaration;
import vn.quangngai.dvk.taxonomy.Declarations;
import vn.quangngai.dvk.taxonomy.Taxonomies;

/**
 * The showcase's three groupings as its jbake.properties declares them, in the same words as any
 * JBake site's ({@link Declarations}): agency, districts and fields, each with the registry file
 * that names its terms. Their terms are typed records of the registry (an agency's successors
 * after 1 July 2025, the communes formed from a district), so here a declaration may set only
 * the page size and the order; the key, the data file and the address are the showcase's, and saying otherwise
 * is an error that names what this site takes. A file that declares nothing gets the three with
 * the site's page size.
 */
final class Groupings {

    /** What each of the three must say. */
    private record Fixed(String key, String data) {
    }

    private static final Map<String, Fixed> SHOWCASE = new LinkedHashMap<>();

    static {
        SHOWCASE.put(Taxonomies.AGENCIES, new Fixed("agency", "data/co-quan.yaml"));
        SHOWCASE.put(Taxonomies.DISTRICTS, new Fixed("districts", "data/dia-ban.yaml"));
        SHOWCASE.put(Taxonomies.FIELDS, new Fixed("fields", "data/linh-vuc.yaml"));
    }

    /** The settings a declaration of the showcase may give. */
    private static final Set<String> ALLOWED = Set.of("key", "data", "path", "page-size", "order");

    private Groupings() {
    }

    /** Each grouping's declaration, by its key (a page size of 0: the site's own); none when the file declares none. */
    static Map<String, Declaration> read(Path source) {
        Path file = source.resolve(Settings.FILE);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Map.of(); // Settings.read says what is wrong with the file
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return Map.of();
        }
        Map<String, String> settings = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.equals(Declarations.LIST) || key.startsWith(Declarations.PREFIX)) {
                settings.put(key, properties.getProperty(key));
            }
        }
        if (settings.isEmpty()) {
            return Map.of();
        }
        List<String> lines = text.lines().toList();
        List<Declaration> declared = Declarations.read(settings, Settings.FILE, key -> lineOf(lines, key), 0);
        List<Problem> problems = new ArrayList<>();
        Map<String, Declaration> groupings = new HashMap<>();
        for (Declaration declaration : declared) {
            Fixed fixed = SHOWCASE.get(declaration.name());
            if (fixed == null) {
                problems.add(Problem.error(Settings.FILE, lineOf(lines, Declarations.LIST), Declarations.LIST,
                        "trang này không có nhóm \"" + declaration.name() + "\".",
                        "Trang “Dân vận khéo” có ba nhóm theo sổ đăng ký: " + String.join(", ", SHOWCASE.keySet())
                                + ". Muốn nhóm bài theo cách khác, dùng phần mở rộng trong một trang JBake khác (docs/jbake-plugin.md)."));
                continue;
            }
            String prefix = Declarations.PREFIX + declaration.name() + ".";
            expect(problems, lines, prefix + "key", declaration.key(), fixed.key());
            if (declaration.data() != null) {
                expect(problems, lines, prefix + "data", declaration.data(), fixed.data());
            }
            expect(problems, lines, prefix + "path", declaration.path(), declaration.name());
            for (String key : settings.keySet().stream().sorted().toList()) {
                String setting = key.startsWith(prefix) ? key.substring(prefix.length()) : null;
                if (setting != null && Declarations.SETTINGS.containsKey(setting) && !ALLOWED.contains(setting)) {
                    problems.add(Problem.error(Settings.FILE, lineOf(lines, key), key, "trang này không dùng thiết lập \"" + setting + "\".",
                            "Ở trang “Dân vận khéo”, mỗi nhóm chỉ đặt được page-size (số bài mỗi trang) và order (thứ tự); "
                                    + "mục chưa có bài vẫn có trang (các trang khác liên kết tới nó) và mẫu trang là cố định. Xóa dòng này."));
                }
            }
            groupings.put(declaration.name(), declaration);
        }
        for (String name : SHOWCASE.keySet()) {
            if (declared.stream().noneMatch(d -> d.name().equals(name))) {
                problems.add(Problem.error(Settings.FILE, lineOf(lines, Declarations.LIST), Declarations.LIST,
                        "thiếu nhóm \"" + name + "\".", "Trang “Dân vận khéo” có đủ ba nhóm: " + Declarations.LIST + "="
                                + String.join(" ", SHOWCASE.keySet()) + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
        return groupings;
    }

    private static void expect(List<Problem> problems, List<String> lines, String key, String value, String fixed) {
        if (!value.equals(fixed)) {
            problems.add(Problem.error(Settings.FILE, lineOf(lines, key), key, "ở trang này phải là \"" + fixed + "\", không phải \""
                    + value + "\".", "Các bài ghi nhóm này ở khóa cố định, theo tệp cố định của sổ đăng ký; xóa dòng này hoặc sửa lại."));
        }
    }

    private static int lineOf(List<String> lines, String key) {
        return KeyLines.lineOf(lines, key, "=");
    }
}
