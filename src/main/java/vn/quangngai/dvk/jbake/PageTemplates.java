package vn.quangngai.dvk.jbake;

import freemarker.core.Environment;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractors;
import org.jbake.template.NoModelExtractorException;
import org.jbake.template.RenderingException;
import vn.quangngai.dvk.publish.Output;
import vn.quangngai.dvk.publish.PageBuffer;

/**
 * Renders a page with its Freemarker template ({@code template.TYPE.file}, a {@code .ftl} file of
 * the templates folder). A template sees the page as {@code content} and the lists of the model
 * extractors registered with JBake other than JBake's own ({@code agency_terms} …), nothing else:
 * JBake's engine also hands templates its configuration, its store ({@code db}), its data files
 * ({@code data}), its renderer and its own extractors' queries of a database our store does not
 * fill, which no template reads and which put Java objects within a template's reach.
 * For the same reason a template can neither create Java objects ({@code ?new}, with which
 * {@code freemarker.template.utility.Execute} runs a command) nor reach their API ({@code ?api}).
 */
final class PageTemplates {

    /** The names JBake 2.7.0 registers for its own extractors (its META-INF/org.jbake.template.ModelExtractors.properties). */
    private static final Set<String> JBAKES_EXTRACTORS = Set.of("published_posts", "published_pages", "published_content",
            "tags", "all_content", "alltags", "pages", "posts", "indexs", "archives", "feeds", "published_date", "db",
            "tag_posts", "tagged_documents", "data");

    private final JBakeConfiguration config;
    private final ContentStore store;
    private final Configuration freemarker;
    private final ObjectWrapper wrapper;
    private final Charset encoding;
    /** Whether a template file exists (the folder does not change during a bake). */
    private final Map<String, Boolean> present = new ConcurrentHashMap<>();

    /** @param freemarker from {@link #freemarker(JBakeConfiguration)}, for this configuration */
    PageTemplates(JBakeConfiguration config, Configuration freemarker, ContentStore store) {
        this.config = config;
        this.store = store;
        this.freemarker = freemarker;
        this.wrapper = freemarker.getObjectWrapper();
        this.encoding = Charset.forName(config.getRenderEncoding());
    }

    /**
     * Renders {@code page} with the template JBake's configuration gives its type
     * ({@code template.TYPE.file}) into this thread's {@link PageBuffer}, and writes it to the path
     * JBake would give it: its URI with the extension of its type ({@code template.TYPE.extension},
     * else {@code output.extension}).
     */
    void write(DocumentModel page, Output output) throws Exception {
        PageBuffer text = PageBuffer.forThread(encoding);
        render(page, config.getTemplateByDocType(page.getType()), text);
        output.write(pathOf(page), text.encoded());
    }

    private String pathOf(DocumentModel page) {
        String uri = page.getUri();
        int dot = uri.lastIndexOf('.');
        String stem = dot > uri.lastIndexOf('/') ? uri.substring(0, dot) : uri;
        return stem + config.getOutputExtensionByDocType(page.getType());
    }

    /**
     * Freemarker set up as JBake's engine sets it up, less {@code ?new} and {@code ?api}, with the
     * templates folder's {@code .ftl} files already parsed: a bake calls this before the site is
     * read, on a thread of its own. A template that does not parse is left for its first page to report.
     */
    static Configuration freemarker(JBakeConfiguration config) {
        return freemarker(config, null);
    }

    /**
     * Freemarker set up by {@code config}, with every template parsed. {@code previous}, the one
     * the last build of this process used, is taken again when it was set up the same way: its
     * templates stay parsed, and each use looks at the file's modification time, so an edited
     * template is parsed again (a warm build no longer parses every template every time).
     */
    static Configuration freemarker(JBakeConfiguration config, Configuration previous) {
        File folder = config.getTemplateFolder();
        if (!folder.isDirectory()) {
            // JBake's engine printed a stack trace here and looked for the templates in the working folder
            throw new BakeException(List.of(folder + ": không có thư mục mẫu trang này (template.folder trong jbake.properties; "
                    + "mặc định: templates)"));
        }
        // every template's name, size and time as well: a file system that keeps times to the
        // second (or two) would hide an edit made in the second the template was parsed
        List<Object> setUp = Arrays.asList(folder.getAbsolutePath(), config.getRenderEncoding(), config.getOutputEncoding(),
                config.getFreemarkerTimeZone(), templateFiles(folder));
        Configuration freemarker = previous != null && setUp.equals(previous.getCustomAttribute(SET_UP)) ? previous
                : configured(config, folder);
        freemarker.setCustomAttribute(SET_UP, setUp);
        parseAll(freemarker, folder);
        return freemarker;
    }

    private static final String SET_UP = "dvk.setUp";

    private static List<String> templateFiles(File folder) {
        File[] files = folder.listFiles();
        List<String> listed = new java.util.ArrayList<>();
        for (File file : files == null ? new File[0] : files) {
            listed.add(file.getName() + "|" + file.length() + "|" + file.lastModified());
        }
        listed.sort(null);
        return listed;
    }

    private static Configuration configured(JBakeConfiguration config, File folder) {
        Configuration freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        // a template edited since it was parsed is parsed again at its next use
        freemarker.setTemplateUpdateDelayMilliseconds(0);
        freemarker.setNewBuiltinClassResolver(NO_CLASSES);
        freemarker.setAPIBuiltinEnabled(false);
        // a failed page is never written, and its error is reported once, by the build: no debug
        // text in the page, no stack trace in the log
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            freemarker.setTimeZone(config.getFreemarkerTimeZone());
            freemarker.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        try {
            freemarker.setDirectoryForTemplateLoading(folder);
        } catch (IOException e) {
            throw new BakeException(List.of(folder + ": " + e.getMessage()));
        }
        return freemarker;
    }

    private static void parseAll(Configuration freemarker, File folder) {
        String[] names = folder.list((parent, name) -> name.endsWith(".ftl"));
        for (String name : names == null ? new String[0] : names) {
            try {
                freemarker.getTemplate(name);
            } catch (IOException e) {
                // a syntax error: the page that uses the template reports it, with its line and
                // column, which Freemarker gives only the first time (later: "an earlier attempt")
                try {
                    freemarker.removeTemplateFromCache(name);
                } catch (IOException notReadingAnything) {
                    throw new UncheckedIOException(notReadingAnything);
                }
            }
        }
    }

    /** {@code ?new} refused for every class, with the reason in the page's error. */
    private static final TemplateClassResolver NO_CLASSES = (className, env, template) -> {
        throw new ClassRefused(className, env);
    };

    private static final class ClassRefused extends TemplateException {

        private final String className;

        ClassRefused(String className, Environment env) {
            super("?new is not allowed: " + className, env);
            this.className = className;
        }
    }

    /** Renders {@code page} with the template {@code name} (relative to the templates folder) to {@code out}. */
    void render(DocumentModel page, String name, Writer out) throws RenderingException {
        if (name == null || !name.endsWith(".ftl") || !present.computeIfAbsent(name, this::exists)) {
            throw new RenderingException(notATemplate(page.getType(), name));
        }
        SimpleHash model = new SimpleHash(wrapper);
        model.put("content", page);
        try {
            freemarker.getTemplate(name).process(new Lookups(model), out);
        } catch (TemplateException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ClassRefused refused) {
                    throw new RenderingException(config.getTemplateFolderName() + "/" + refused.getTemplateSourceName()
                            + ", dòng " + refused.getLineNumber() + ": mẫu trang không được tạo đối tượng Java (?new, ở đây \""
                            + refused.className + "\"): việc đó có thể chạy lệnh hay đọc tệp trên máy dựng trang. "
                            + "Bỏ ?new khỏi mẫu trang; dữ liệu của trang có trong content.");
                }
            }
            throw new RenderingException(e);
        } catch (IOException e) {
            throw new RenderingException(e);
        }
    }

    private boolean exists(String name) {
        return new File(config.getTemplateFolder(), name).isFile();
    }

    /** Why {@code template.TYPE.file} names no template, and what to write instead. */
    private String notATemplate(String type, String name) {
        String key = "template." + type + ".file";
        String folder = config.getTemplateFolderName();
        String example = "ví dụ: " + key + "=" + type + ".ftl";
        if (name == null || name.isBlank()) {
            return "jbake.properties: thiếu khóa " + key + " (mẫu trang cho các trang loại \"" + type + "\"); " + example;
        }
        if (!name.endsWith(".ftl")) {
            return "jbake.properties: " + key + "=" + name + ": mẫu trang phải là một tệp Freemarker có đuôi .ftl trong thư mục "
                    + folder + "; " + example;
        }
        return "jbake.properties: " + key + "=" + name + ": không có tệp " + folder + "/" + name
                + "; ghi tên một tệp .ftl có trong thư mục " + folder + ", " + example;
    }

    /** A page's top-level names: the lists of the model extractors that are not JBake's, then the page. */
    private final class Lookups implements TemplateHashModel {

        private final SimpleHash model;

        Lookups(SimpleHash model) {
            this.model = model;
        }

        @Override
        public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
            ModelExtractors extractors = ModelExtractors.getInstance();
            if (!JBAKES_EXTRACTORS.contains(key) && extractors.containsKey(key)) {
                try {
                    return extractors.extractAndTransform(store, key, model.toMap(), PageTemplates.this::adapt);
                } catch (NoModelExtractorException e) {
                    // unregistered meanwhile: the model's own value, as JBake falls back to
                }
            }
            return model.get(key);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    /** What an extractor's value becomes: JBake's engine accepts collections only. */
    private freemarker.template.TemplateModel adapt(String key, Object value) {
        return new SimpleSequence((Collection<?>) value, wrapper);
    }
}
