package vn.quangngai.dvk.jbake;

import freemarker.template.Configuration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.Asset;
import org.jbake.app.JBakeException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.render.RenderingTool;
import vn.quangngai.dvk.image.ImagePipeline;
import vn.quangngai.dvk.image.Photos;
import vn.quangngai.dvk.incremental.Incremental;
import vn.quangngai.dvk.publish.AssetFiles;
import vn.quangngai.dvk.publish.Output;
import vn.quangngai.dvk.share.CardFiles;
import vn.quangngai.dvk.site.AssetManifest;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.story.Image;

/**
 * Bakes a validated {@link Site} with JBake's own parts: its configuration (jbake.properties),
 * its template engines, our {@link SiteTool}s registered in {@code META-INF/services}, its model
 * extractors and its asset copier. The tools' pages are rendered with Freemarker set up as
 * JBake's engine sets it up ({@link PageTemplates}).
 *
 * <p>Why not {@code Oven.bake()}: in JBake 2.7.0 the oven calls {@code ContentStore.updateSchema()},
 * which is final and talks to OrientDB, so no in-memory store can stand in; and it runs every
 * tool on the class path, including its own {@code DocumentsRenderer} (quadratic: it reloads all
 * documents of a type for every document) and tag/archive/sitemap renderers that our tools
 * replace. We run the same steps in the same order, with JBake's tools left out.
 */
public final class Bakery {

    static {
        // Freemarker would log template errors through java.util.logging, straight to stderr;
        // through SLF4J they follow simplelogger.properties like every other log.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        }
    }

    /** Classes whose first use is slow (static set-up): loaded while the site is read. */
    private static final List<String> PRELOADED = List.of("freemarker.template.Configuration",
            "org.jbake.template.FreemarkerTemplateEngine", "vn.quangngai.dvk.pages.StructuredData",
            "vn.quangngai.dvk.search.SearchFiles", "vn.quangngai.dvk.opendata.OpenDataFiles");

    private final Incremental incremental;
    /** Our rendering tools, looked up once. */
    private final List<SiteTool> tools = tools();
    private CompletableFuture<Prepared> prepared;
    /** The Freemarker of this process's last bake, its templates parsed: the next bake takes it again if set up the same way. */
    private volatile Configuration freemarker;
    private Path preparedFor;
    private boolean warmedUp;

    /** @param incremental what this bakery reuses from one bake to the next in the same process */
    public Bakery(Incremental incremental) {
        this.incremental = incremental;
    }

    /**
     * Starts, on a thread of its own, what a bake into {@code destination} needs before the site
     * has been read: JBake's configuration, and the first use of Flexmark, Freemarker and Jackson
     * (class set-up and first runs), so that on a cold start they overlap the reading.
     */
    public void prepare(Path source, Path destination) {
        preparedFor = destination;
        boolean warmUp = !warmedUp; // a warm process needs the head start once
        warmedUp = true;
        prepared = CompletableFuture.supplyAsync(() -> {
            if (warmUp) {
                incremental.markdown().toHtml("# A\n\n*b* **c** [d](e)\n\n- f\n\n| g |\n|---|\n| h |\n");
                for (String name : PRELOADED) {
                    try {
                        Class.forName(name, true, Bakery.class.getClassLoader());
                    } catch (ClassNotFoundException | LinkageError e) {
                        // only a head start: the bake loads it again and reports a real problem
                    }
                }
            }
            try {
                return Prepared.load(source, destination, freemarker);
            } catch (IOException | ConfigurationException e) {
                throw new CompletionException(e);
            }
        }, PREPARING);
    }

    /** JBake's configuration for a bake, and Freemarker set up by it with the templates parsed. */
    private record Prepared(DefaultJBakeConfiguration jbake, Configuration freemarker) {

        static Prepared load(Path source, Path destination, Configuration previous) throws IOException, ConfigurationException {
            DefaultJBakeConfiguration jbake = JBakeSettings.load(source, destination);
            return new Prepared(jbake, PageTemplates.freemarker(jbake, previous));
        }
    }

    private static final Executor PREPARING = task -> {
        Thread thread = new Thread(task, "dvk-prepare");
        thread.setDaemon(true);
        thread.start();
    };

    private Prepared configuration(Path source, Path destination)
            throws IOException, ConfigurationException {
        if (prepared != null && destination.equals(preparedFor)) {
            try {
                return prepared.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof ConfigurationException bad) {
                    throw bad;
                }
                if (e.getCause() instanceof BakeException bad) {
                    throw bad;
                }
                throw e;
            } finally {
                prepared = null;
            }
        }
        return Prepared.load(source, destination, freemarker);
    }

    /** What a bake wrote: HTML pages, all files (.gz twins included), and their paths relative to the folder, with '/'. */
    public record Baked(int htmlPages, int files, Set<String> written) {
    }

    /**
     * Bakes into {@code destination}, after {@link Incremental#begin}, what is to be published at
     * {@code published}: the whole site, or, when {@code begin} said so, only the files that differ
     * from those already there. Files already in {@code destination} are written over; those this
     * bake does not write stay, for the caller to delete ({@link Baked#written}). The photos are
     * published as {@code photos} made them; their sources under assets/anh/ never are. Throws
     * {@link BakeException} listing every failure.
     */
    public Baked bake(Site site, Photos photos, Path source, Path destination, Path published) {
        Prepared prepared;
        try {
            prepared = configuration(source, destination);
        } catch (JBakeException | IOException | ConfigurationException e) {
            throw new BakeException(List.of("jbake.properties: " + e.getMessage()));
        }
        DefaultJBakeConfiguration config = prepared.jbake();
        freemarker = prepared.freemarker();
        AssetManifest manifest = AssetManifest.of(source.resolve("assets"));
        SiteStore store = new SiteStore(site, photos, manifest, incremental,
                published == null ? CardFiles.NONE : CardFiles.beside(published, ImagePipeline.cacheBeside(published)));
        Output output = new Output(destination);
        store.bakeInto(output, new PageTemplates(config, prepared.freemarker(), store));
        List<String> errors = new ArrayList<>();
        // the tools' pages and data files as one piece of work on every core
        SiteTool.renderTogether(store, tools).stream().map(SiteTool.Rendered::error).filter(Objects::nonNull).forEach(errors::add);
        if (!incremental.pages().changesOnly()) {
            AssetFiles assets = new AssetFiles(source.resolve("assets"), store.manifest(), output, errors);
            assets.clear();
            Asset asset = new Asset(config);
            copyAssets(asset, config, source.resolve("assets"), errors);
            asset.getErrors().forEach(e -> errors.add("assets: " + e.getMessage()));
            assets.publish();
        }
        publishPhotos(photos, output, published, errors);
        if (!errors.isEmpty()) {
            throw new BakeException(errors);
        }
        return new Baked(output.htmlPages(), output.files(), output.written());
    }

    /**
     * JBake's copy of the assets folder, file by file, but for the photo sources under anh/:
     * those are published only as the pipeline made them (resized, without their metadata).
     */
    private static void copyAssets(Asset asset, DefaultJBakeConfiguration config, Path assets, List<String> errors) {
        if (!Files.isDirectory(assets)) {
            return;
        }
        Path photos = assets.resolve(Image.FOLDER);
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.filter(p -> !p.startsWith(photos) && Files.isRegularFile(p)).sorted().toList()) {
                if (!skipped(config, assets, file)) {
                    asset.copySingleFile(file.toFile());
                }
            }
        } catch (IOException e) {
            errors.add("assets: " + e.getMessage());
        }
    }

    /** What JBake's own copy leaves out: hidden files and folders (asset.ignore), and folders holding its ignore file. */
    private static boolean skipped(DefaultJBakeConfiguration config, Path assets, Path file) {
        Path folder = assets;
        for (Path part : assets.relativize(file)) {
            if (config.getAssetIgnoreHidden() && part.toString().startsWith(".")) {
                return true;
            }
            if (Files.exists(folder.resolve(config.getIgnoreFileName()))) {
                return true;
            }
            folder = folder.resolve(part);
        }
        return false;
    }

    /**
     * The photos' files, copied from the pipeline's cache. A bake of changes only writes those
     * not yet published: their names carry a hash of their bytes, so one already there is this one.
     */
    private void publishPhotos(Photos photos, Output output, Path published, List<String> errors) {
        boolean changesOnly = incremental.pages().changesOnly();
        photos.files().forEach((path, file) -> {
            if (changesOnly && Files.isRegularFile(published.resolve(path))) {
                return;
            }
            try {
                output.write(path, Files.readAllBytes(file));
            } catch (IOException e) {
                errors.add(path + ": " + e.getMessage());
            }
        });
    }

    /**
     * Our tools, in the order of {@code META-INF/services}: JBake's built-in ones, which the
     * service file of its own jar registers, are replaced by ours.
     */
    static List<SiteTool> tools() {
        List<SiteTool> tools = new ArrayList<>();
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class, Bakery.class.getClassLoader())) {
            if (tool instanceof SiteTool ours) {
                tools.add(ours);
            }
        }
        return tools;
    }
}
