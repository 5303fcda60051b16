package vn.quangngai.dvk.oven;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.apache.commons.lang3.LocaleUtils;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentTypes;
import org.jbake.render.DocumentsRenderer;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.quangngai.dvk.jbake.MemoryContentStore;

/**
 * Bakes any JBake 2.7.0 project as {@code new Oven(config).bake()} does, with the same steps in
 * the same order and JBake's own parts — configuration check, JVM locale, document types from the
 * configuration and model extractors reset, JBake's {@link Crawler} over content then data files,
 * every {@link RenderingTool} registered on the class path (found through the context class
 * loader, as the oven does), JBake's {@link Renderer} and {@link Asset} copier, errors collected in
 * {@link #getErrors()} rather than thrown — but two parts swapped:
 *
 * <ul>
 *   <li>the content store is a {@link MemoryContentStore}, not OrientDB: the oven cannot take one,
 *       because it calls the final {@code ContentStore.updateSchema()}, which needs OrientDB's
 *       database, created anew (in memory) for every cold bake;</li>
 *   <li>JBake's quadratic {@link DocumentsRenderer} is replaced by {@link LinearDocumentsRenderer}.</li>
 * </ul>
 *
 * <p>Each {@link #bake()} starts from a new, empty store, as a bake with JBake's memory database
 * does; {@link #getErrors()} lists the errors of the last bake.
 */
public final class FastOven {

    private static final Logger LOGGER = LoggerFactory.getLogger(FastOven.class);
    /** One listener for every bake: JBake's registry keeps each listener it is given, forever. */
    private static final ModelExtractorsDocumentTypeListener EXTRACTORS_LISTENER = new ModelExtractorsDocumentTypeListener();

    private final JBakeConfiguration config;
    private final List<Throwable> errors = new ArrayList<>();
    private MemoryContentStore store = new MemoryContentStore();

    /** Checks the configuration as the oven does (source, templates, content folders exist; destination created). */
    public FastOven(JBakeConfiguration config) {
        new JBakeConfigurationInspector(config).inspect();
        this.config = config;
    }

    /** Bakes the whole project; returns how many items the rendering tools reported. */
    public int bake() {
        long start = System.nanoTime();
        errors.clear();
        store = new MemoryContentStore();
        setLocale();
        int rendered = 0;
        try {
            store.startup();
            registerDocumentTypes();
            store.updateAndClearCacheIfNeeded(config.getClearCache(), config.getTemplateFolder());

            Crawler crawler = new Crawler(store, config);
            crawler.crawl();
            crawler.crawlDataFiles();

            rendered = renderContent(new Renderer(store, config));

            Asset asset = new Asset(config);
            asset.copy();
            asset.copyAssetsFromContent(config.getContentFolder());
            errors.addAll(asset.getErrors());

            LOGGER.info("Baked {} items in {} ms", rendered, (System.nanoTime() - start) / 1_000_000);
            if (!errors.isEmpty()) {
                LOGGER.error("Failed to bake {} item(s)!", errors.size());
            }
        } finally {
            store.close();
            store.shutdown();
        }
        return rendered;
    }

    public List<Throwable> getErrors() {
        return new ArrayList<>(errors);
    }

    /** The store of the last bake: every document crawled, with its rendered flag. */
    public MemoryContentStore store() {
        return store;
    }

    private void setLocale() {
        String locale = config.getJvmLocale();
        Locale.setDefault(locale != null ? LocaleUtils.toLocale(locale) : Locale.getDefault());
    }

    /** Document types are JBake-wide state: reset them, then add those of this project's templates and data files. */
    private void registerDocumentTypes() {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(EXTRACTORS_LISTENER);
        for (String docType : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(docType);
        }
        DocumentTypes.addDocumentType(config.getDataFileDocType());
    }

    private int renderContent(Renderer renderer) {
        int rendered = 0;
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            RenderingTool used = tool.getClass() == DocumentsRenderer.class ? new LinearDocumentsRenderer() : tool;
            try {
                rendered += used.render(renderer, store, config);
            } catch (RenderingException e) {
                errors.add(e);
            }
        }
        return rendered;
    }
}
