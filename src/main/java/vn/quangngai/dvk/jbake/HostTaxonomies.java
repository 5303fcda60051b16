package vn.quangngai.dvk.jbake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.RenderingException;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.source.KeyLines;
import vn.quangngai.dvk.taxonomy.Declaration;
import vn.quangngai.dvk.taxonomy.Declarations;
import vn.quangngai.dvk.taxonomy.DeclaredGroups;

/**
 * The groupings another JBake site declares in its {@code jbake.properties} ({@link Declarations}),
 * baked by a stock oven with that site's own templates: for each declaration, a page per term
 * (in pages) and a page listing the terms. The pages' text is the templates'; this class only
 * groups, orders, pages and hands JBake a document per page. What a template gets in
 * {@code content}: {@code taxonomy} (name, key, uri), {@code term} (id, name, description, count,
 * uri) and {@code entries} (JBake's own documents), {@code pagination} (number, count, previous,
 * next: addresses from the site's root, empty at either end), {@code terms} on the list page, and
 * {@code rootpath}.
 */
final class HostTaxonomies {

    private static final String SETTINGS_FILE = "jbake.properties";

    private HostTaxonomies() {
    }

    /** The groupings the site declares; none when it declares none. */
    static List<Declaration> declarations(JBakeConfiguration config) {
        Map<String, String> settings = new HashMap<>();
        for (Iterator<String> keys = config.getKeys(); keys.hasNext();) {
            String key = keys.next();
            if (key.equals(Declarations.LIST) || key.startsWith(Declarations.PREFIX)) {
                Object value = config.get(key);
                settings.put(key, value instanceof Collection<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                        : String.valueOf(value));
            }
        }
        if (settings.isEmpty()) {
            return List.of();
        }
        List<String> lines = lines(config.getSourceFolder().toPath().resolve(SETTINGS_FILE));
        return Declarations.read(settings, SETTINGS_FILE, key -> lineOf(lines, key, "="), config.getPostsPerPage());
    }

    /**
     * Renders every declaration's pages; returns how many. Throws {@link InvalidSourceException}
     * for the site's mistakes (a missing template, an unknown term) before writing anything.
     */
    static int render(ContentStore db, JBakeConfiguration config, List<Declaration> declarations) throws RenderingException {
        Path source = config.getSourceFolder().toPath().toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        for (Declaration declaration : declarations) {
            for (String type : List.of(declaration.termType(), declaration.indexType())) {
                File template = config.getTemplateFileByDocType(type);
                if (template == null || !template.isFile()) {
                    String setting = Declarations.PREFIX + declaration.name() + "." + (type.equals(declaration.termType()) ? "template" : "index-template");
                    problems.add(Problem.error(SETTINGS_FILE, 0, "template." + type + ".file",
                            template == null ? "thiếu template cho loại \"" + type + "\" (" + setting + ")." : "không có tệp " + template + ".",
                            "Thêm dòng template." + type + ".file=TÊN-TỆP.ftl và tạo tệp đó trong thư mục templates."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
        List<DocumentModel> documents = new ArrayList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            documents.addAll(db.getPublishedContent(type));
        }
        List<Plan> plans = new ArrayList<>();
        for (Declaration declaration : declarations) {
            plans.add(plan(declaration, source, documents));
        }
        Renderer renderer = new Renderer(db, config);
        int count = 0;
        for (Plan plan : plans) {
            count += plan.render(renderer);
        }
        return count;
    }

    /** One declaration's terms, grouped before anything is written. */
    private record Plan(Declaration declaration, List<DeclaredGroups.Group<DocumentModel>> groups) {

        int render(Renderer renderer) throws RenderingException {
            int count = 0;
            List<Map<String, Object>> terms = new ArrayList<>();
            for (DeclaredGroups.Group<DocumentModel> group : groups) {
                List<List<DeclaredGroups.Entry<DocumentModel>>> pages = group.pages(declaration.pageSize());
                Map<String, Object> term = term(group);
                terms.add(term);
                for (int i = 0; i < pages.size(); i++) {
                    int number = i + 1;
                    DocumentModel page = page(declaration.termType(), declaration.pathOf(group.term().id(), number) + "index.html",
                            group.term().name());
                    page.put("term", term);
                    page.put("entries", pages.get(i).stream().map(DeclaredGroups.Entry::document).toList());
                    Map<String, Object> pagination = new LinkedHashMap<>();
                    pagination.put("number", number);
                    pagination.put("count", pages.size());
                    pagination.put("previous", number > 1 ? declaration.pathOf(group.term().id(), number - 1) + "index.html" : "");
                    pagination.put("next", number < pages.size() ? declaration.pathOf(group.term().id(), number + 1) + "index.html" : "");
                    page.put("pagination", pagination);
                    count += render(renderer, page);
                }
            }
            DocumentModel index = page(declaration.indexType(), declaration.path() + "/index.html", declaration.name());
            index.put("terms", terms);
            return count + render(renderer, index);
        }

        private Map<String, Object> term(DeclaredGroups.Group<DocumentModel> group) {
            Map<String, Object> term = new LinkedHashMap<>();
            term.put("id", group.term().id());
            term.put("name", group.term().name());
            if (group.term().description() != null) {
                term.put("description", group.term().description());
            }
            term.put("count", group.entries().size());
            term.put("uri", declaration.pathOf(group.term().id(), 1) + "index.html");
            return term;
        }

        private DocumentModel page(String type, String uri, String title) {
            DocumentModel page = new DocumentModel();
            page.setType(type);
            page.setStatus("published");
            page.setUri(uri);
            page.setTitle(title);
            page.setRootPath("../".repeat((int) uri.chars().filter(c -> c == '/').count()));
            page.setDate(new Date(0));
            Map<String, Object> taxonomy = new LinkedHashMap<>();
            taxonomy.put("name", declaration.name());
            taxonomy.put("key", declaration.key());
            taxonomy.put("uri", declaration.path() + "/index.html");
            page.put("taxonomy", taxonomy);
            return page;
        }

        private static int render(Renderer renderer, DocumentModel page) throws RenderingException {
            try {
                renderer.render(page);
                return 1;
            } catch (Exception e) {
                throw new RenderingException("Không vẽ được trang " + page.getUri() + ": " + e.getMessage(), e);
            }
        }
    }

    private static Plan plan(Declaration declaration, Path source, List<DocumentModel> documents) {
        List<DeclaredGroups.TermData> terms = null;
        if (declaration.data() != null) {
            Path data = source.resolve(declaration.data()).normalize();
            if (!data.startsWith(source) || !Files.isRegularFile(data)) {
                throw InvalidSourceException.of(Problem.error(SETTINGS_FILE, 0, Declarations.PREFIX + declaration.name() + ".data",
                        "không có tệp " + declaration.data() + " trong thư mục của trang.",
                        "Tạo tệp đó (YAML hoặc JSON: danh sách id, name, description) hoặc sửa đường dẫn."));
            }
            try {
                terms = DeclaredGroups.terms(Files.readString(data, StandardCharsets.UTF_8), declaration.data());
            } catch (IOException e) {
                throw new UncheckedIOException("Không đọc được " + data + ": " + e.getMessage(), e);
            }
        }
        List<DeclaredGroups.Entry<DocumentModel>> entries = new ArrayList<>();
        for (DocumentModel document : documents) {
            List<String> values = DeclaredGroups.values(document.get(declaration.key()));
            if (!values.isEmpty()) {
                entries.add(new DeclaredGroups.Entry<>(relative(source, document.getFile()), document.getTitle(), document.getDate(), document, values));
            }
        }
        String key = declaration.key();
        return new Plan(declaration, DeclaredGroups.group(declaration, terms, entries,
                entry -> lineOf(lines(source.resolve(entry.file())), key, "=:"), Locale.ROOT));
    }

    private static String relative(Path source, String file) {
        if (file == null) {
            return "";
        }
        Path path = Path.of(file);
        return (path.isAbsolute() && path.startsWith(source) ? source.relativize(path) : path).toString().replace('\\', '/');
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static int lineOf(List<String> lines, String key, String separators) {
        return KeyLines.lineOf(lines, key, separators);
    }
}
