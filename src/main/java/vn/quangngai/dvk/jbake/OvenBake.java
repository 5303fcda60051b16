package vn.quangngai.dvk.jbake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.Stream;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.image.ImagePipeline;
import vn.quangngai.dvk.image.ImageSettings;
import vn.quangngai.dvk.image.Photos;
import vn.quangngai.dvk.incremental.Incremental;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.publish.Output;
import vn.quangngai.dvk.share.CardFiles;
import vn.quangngai.dvk.site.AssetManifest;
import vn.quangngai.dvk.site.Settings;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;
import vn.quangngai.dvk.story.Image;
import vn.quangngai.dvk.taxonomy.Declaration;
import vn.quangngai.dvk.taxonomy.Declarations;

/**
 * Our tools inside a stock JBake oven ({@code new Oven(config).bake()}, JBake's launcher): the oven
 * hands each tool its own store and never our validated site, so the first of our tools reads and
 * validates the source with the same code as {@code dan-van-kheo build}, renders every tool's pages
 * on every core, and leaves each later tool its share of the results for this store. A site
 * without our story type and our registry is not ours: the tools render nothing and say so once.
 *
 * <p>The oven runs the tools one after the other, each a new instance, in the order of the service
 * files; a tool that finds no share left for its store (run alone, or by a launcher that reordered
 * them) starts a bake of its own.
 */
final class OvenBake {

    private static final Logger LOG = LoggerFactory.getLogger(OvenBake.class);

    /** The story type whose template marks a site as ours ({@code template.story.file}). */
    static final String STORY_TYPE = "story";

    /** What is left for the later tools of a bake, by the store the oven gave them. */
    private static final Map<ContentStore, Map<Class<?>, Share>> PENDING = Collections.synchronizedMap(new WeakHashMap<>());

    /** What one tool reports to the oven: how many files it wrote, or why the bake failed (null: nothing to report). */
    private record Share(int count, String error) {
    }

    /**
     * Whether the oven runs inside Maven (the jbake-maven-plugin), which, unlike JBake's launcher,
     * never prints the oven's errors: there the problems are logged, or the build fails saying
     * only that it failed.
     */
    private static final boolean IN_MAVEN = isLoadable("org.apache.maven.plugin.Mojo");

    private OvenBake() {
    }

    private static boolean isLoadable(String name) {
        try {
            Class.forName(name, false, OvenBake.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static int render(SiteTool tool, ContentStore db, JBakeConfiguration config) throws RenderingException {
        List<SiteTool> tools = Bakery.tools();
        Map<Class<?>, Share> shares = PENDING.get(db);
        if (tools.get(0).getClass() == tool.getClass() || shares == null || !shares.containsKey(tool.getClass())) {
            shares = new HashMap<>(bake(tools, config, db));
            PENDING.put(db, shares);
        }
        Share share = shares.remove(tool.getClass());
        if (shares.isEmpty()) {
            PENDING.remove(db);
        }
        if (share.error() != null) {
            if (IN_MAVEN) {
                // the jbake-maven-plugin (2.7.0-rc.7) prints only "Baked with 1 errors. Check output above"
                LOG.error("{}", share.error());
            }
            throw new RenderingException(share.error());
        }
        return share.count();
    }

    /** Whether {@code config} is a site of ours: it declares the story type or has the registry of agencies. */
    static boolean isOurs(JBakeConfiguration config) {
        return config.get("template." + STORY_TYPE + ".file") != null
                || Files.isRegularFile(config.getSourceFolder().toPath().resolve(RegistryReader.AGENCIES));
    }

    private static Map<Class<?>, Share> bake(List<SiteTool> tools, JBakeConfiguration config, ContentStore db) {
        Map<Class<?>, Share> shares = new HashMap<>();
        if (!isOurs(config)) {
            tools.forEach(t -> shares.put(t.getClass(), new Share(0, null)));
            shares.put(tools.get(0).getClass(), hostSite(config, db));
            return shares;
        }
        Path source = config.getSourceFolder().toPath();
        Path destination = config.getDestinationFolder().toPath();
        String failure;
        try {
            SiteStore store = store(source, destination, config);
            List<SiteTool.Rendered> results = SiteTool.renderTogether(store, tools);
            int assets = writeAssets(source.resolve("assets"), store.manifest(), store.output());
            for (int t = 0; t < tools.size(); t++) {
                SiteTool.Rendered result = results.get(t);
                shares.put(tools.get(t).getClass(), new Share(result.count() + (t == 0 ? assets : 0), result.error()));
            }
            return shares;
        } catch (InvalidSourceException e) {
            failure = e.getMessage();
        } catch (BakeException e) {
            failure = String.join("\n", e.errors());
        } catch (IOException e) {
            failure = "Không ghi được thư mục kết quả " + destination + ": " + e.getMessage();
        } catch (UncheckedIOException e) {
            failure = e.getMessage();
        }
        // reported once, by the first tool; the others have nothing of their own to say
        tools.forEach(t -> shares.put(t.getClass(), new Share(0, null)));
        shares.put(tools.get(0).getClass(), new Share(0, failure));
        return shares;
    }

    /**
     * A site that is not ours: the groupings it declares in its jbake.properties, baked with its
     * own templates ({@link HostTaxonomies}), or, when it declares none, nothing, said once.
     */
    private static Share hostSite(JBakeConfiguration config, ContentStore db) {
        try {
            List<Declaration> declarations = HostTaxonomies.declarations(config);
            if (declarations.isEmpty()) {
                LOG.info("Dân vận khéo: không dùng ở trang này (không có loại bài \"{}\" — khóa template.{}.file trong jbake.properties —, "
                        + "không có {} và không khai báo nhóm nào ({}=…)); các trang của JBake được tạo như không có phần mở rộng này.",
                        STORY_TYPE, STORY_TYPE, RegistryReader.AGENCIES, Declarations.LIST);
                return new Share(0, null);
            }
            int pages = HostTaxonomies.render(db, config, declarations);
            LOG.info("Dân vận khéo: {} trang của {} nhóm khai báo trong jbake.properties.", pages, declarations.size());
            return new Share(pages, null);
        } catch (InvalidSourceException e) {
            return new Share(0, e.getMessage());
        } catch (RenderingException | UncheckedIOException e) {
            return new Share(0, e.getMessage());
        }
    }

    /**
     * The validated site, for publication at JBake's {@code site.host} (which JBake also takes from a
     * system property) or else at ours, as {@code build} would publish it.
     */
    private static SiteStore store(Path source, Path destination, JBakeConfiguration config) {
        Site read = new SiteReader(source).read();
        Settings settings = read.settings();
        String host = config.getSiteHost();
        if (host != null && Settings.isAbsoluteWebUrl(host.trim())) {
            settings = settings.withBaseUrl(host.trim());
        }
        Site site = new Site(Settings.forPublication(settings), read.messages(), read.registry(), read.imprint(), read.stories(), read.pages(),
                read.taxonomies(), read.warnings());
        site.warnings().forEach(w -> LOG.warn("{}", w));
        Photos photos = photos(site, source, config);
        photos.warnings().forEach(w -> LOG.warn("{}", w));
        SiteStore store = new SiteStore(site, photos, AssetManifest.of(source.resolve("assets")), Incremental.oneOff(),
                CardFiles.beside(null, ImagePipeline.cacheBeside(destination)));
        Output output = new Output(destination);
        store.bakeInto(output, new PageTemplates(config, PageTemplates.freemarker(config), store));
        for (Map.Entry<String, Path> file : photos.files().entrySet()) {
            try {
                output.write(file.getKey(), Files.readAllBytes(file.getValue()));
            } catch (IOException e) {
                throw new UncheckedIOException("Không ghi được ảnh " + file.getKey() + " vào " + destination + ": " + e.getMessage(), e);
            }
        }
        return store;
    }

    /**
     * The stories' photos through the same pipeline as {@code build} (cache beside the destination).
     * JBake's own copy of the assets folder would publish the phone's original files, with their GPS
     * position and camera data, unless the photo folder holds JBake's ignore file: without it the
     * bake is refused rather than leak them.
     */
    private static Photos photos(Site site, Path source, JBakeConfiguration config) {
        if (site.stories().stream().noneMatch(s -> !s.images().isEmpty())) {
            return Photos.NONE;
        }
        Path folder = source.resolve("assets").resolve(Image.FOLDER);
        String ignore = config.getIgnoreFileName();
        if (!Files.isRegularFile(folder.resolve(ignore))) {
            throw new InvalidSourceException(List.of(Problem.error("assets/" + Image.FOLDER, 0, "",
                    "JBake sẽ chép nguyên các ảnh gốc trong assets/" + Image.FOLDER + " (kèm vị trí GPS, tên máy, tác giả) lên trang.",
                    "Tạo một tệp rỗng tên " + ignore + " trong thư mục assets/" + Image.FOLDER
                            + " để JBake bỏ qua thư mục này; ảnh vẫn được xuất bản, đã thu nhỏ và xóa thông tin riêng, như với dan-van-kheo build.")));
        }
        ImagePipeline pipeline = new ImagePipeline(ImagePipeline.cacheBeside(config.getDestinationFolder().toPath()), ImageSettings.DEFAULT);
        return Photos.of(pipeline, source.resolve("assets"), site.stories());
    }

    /**
     * The assets under the names our pages link (stylesheets and scripts fingerprinted), each with
     * its .gz twin; JBake then copies the assets folder once more, under the files' own names.
     */
    private static int writeAssets(Path assets, AssetManifest manifest, Output output) throws IOException {
        if (!Files.isDirectory(assets)) {
            return 0;
        }
        int count = 0;
        Path photos = assets.resolve(Image.FOLDER);
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.filter(p -> !p.startsWith(photos) && Files.isRegularFile(p)).sorted().toList()) {
                String logical = assets.relativize(file).toString().replace('\\', '/');
                output.write(manifest.paths().getOrDefault(logical, logical), Files.readAllBytes(file));
                count++;
            }
        }
        return count;
    }
}
