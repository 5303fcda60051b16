package vn.quangngai.dvk.bake;

import freemarker.ext.beans.BeansWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleDate;
import freemarker.template.SimpleHash;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.NoModelExtractorException;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.jbake.util.DataFileUtil;

/**
 * Renders a page with its Freemarker template the way JBake 2.7.0's engine does — the same
 * Freemarker settings, the same model ({@code content}, {@code renderer}, {@code version},
 * {@code config}), the same lookups ({@code db}, {@code data}, then the model extractors, then
 * the model) — without what that engine costs on every page: a copy of the whole configuration
 * ({@code asHashMap}) and a check that the template file exists, and, for every top-level name a
 * template reads, a copy of the model and an exception with its stack trace when no extractor
 * has that name, which is nearly always. A template of another engine (not {@code .ftl}, or
 * missing, which JBake answers by looking for one of another engine) goes to JBake's own.
 */
final class PageTemplates {

    private final JBakeConfiguration config;
    private final ContentStore store;
    private final DelegatingTemplateEngine jbake;
    private final Configuration freemarker;
    private final ObjectWrapper wrapper;
    /** The same for every page of a bake, as JBake recomputes it for each. */
    private final Map<String, Object> settings;
    private final String version;
    /** Whether a template name is a Freemarker template that exists (the folder does not change during a bake). */
    private final Map<String, Boolean> ours = new ConcurrentHashMap<>();

    /** @param freemarker from {@link #freemarker(JBakeConfiguration)}, for this configuration */
    PageTemplates(JBakeConfiguration config, Configuration freemarker, ContentStore store, DelegatingTemplateEngine jbake) {
        this.config = config;
        this.store = store;
        this.jbake = jbake;
        this.freemarker = freemarker;
        this.wrapper = freemarker.getObjectWrapper();
        this.settings = Collections.unmodifiableMap(new HashMap<>(config.asHashMap()));
        this.version = config.getVersion();
    }

    /**
     * Freemarker set up as JBake's engine sets it up, with the templates folder's {@code .ftl}
     * files already parsed: a bake calls this before the site is read, on a thread of its own.
     * A template that does not parse is left for its first page to report.
     */
    static Configuration freemarker(JBakeConfiguration config) {
        File folder = config.getTemplateFolder();
        if (!folder.isDirectory()) {
            // JBake's engine printed a stack trace here and looked for the templates in the working folder
            throw new BakeException(List.of(folder + ": không có thư mục mẫu trang này (template.folder trong jbake.properties; "
                    + "mặc định: templates)"));
        }
        Configuration freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
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
        return freemarker;
    }

    /** Renders {@code page} with the template {@code name} (relative to the templates folder) to {@code out}. */
    void render(DocumentModel page, String name, Writer out) throws RenderingException {
        TemplateModel model = new TemplateModel();
        model.setContent(page);
        model.setRenderer(jbake);
        if (!ours.computeIfAbsent(name, this::isFreemarkerFile)) {
            jbake.renderDocument(model, name, out);
            return;
        }
        model.setVersion(version);
        model.setConfig(settings);
        try {
            freemarker.getTemplate(name).process(new Lookups(new SimpleHash(model, wrapper)), out);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    private boolean isFreemarkerFile(String name) {
        return name.endsWith(".ftl") && new File(config.getTemplateFolder(), name).exists();
    }

    /** A page's top-level names, looked up in JBake's order. */
    private final class Lookups implements TemplateHashModel {

        private final SimpleHash model;

        Lookups(SimpleHash model) {
            this.model = model;
        }

        @Override
        public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
            if (key.equals(ModelAttributes.DB)) {
                return new BeansWrapperBuilder(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS).build().wrap(store);
            }
            if (key.equals(ModelAttributes.DATA)) {
                return new BeansWrapperBuilder(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS).build()
                        .wrap(new DataFileUtil(store, config.getDataFileDocType()));
            }
            ModelExtractors extractors = ModelExtractors.getInstance();
            if (extractors.containsKey(key)) {
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

    /** What an extractor's value becomes, as in JBake's engine. */
    private freemarker.template.TemplateModel adapt(String key, Object value) {
        if (key.equals(ModelAttributes.ALLTAGS)) {
            return new SimpleCollection((Collection<?>) value, wrapper);
        }
        if (key.equals(ModelAttributes.PUBLISHED_DATE)) {
            return new SimpleDate((Date) value, TemplateDateModel.UNKNOWN);
        }
        return new SimpleSequence((Collection<?>) value, wrapper);
    }
}
