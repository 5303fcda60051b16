package vn.quangngai.dvk.bake;

import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.quangngai.dvk.incremental.Incremental;
import vn.quangngai.dvk.incremental.RenderCache;
import vn.quangngai.dvk.markdown.Markdown;
import vn.quangngai.dvk.oven.MemoryContentStore;
import vn.quangngai.dvk.publish.Output;
import vn.quangngai.dvk.search.WordCache;
import vn.quangngai.dvk.site.AssetManifest;
import vn.quangngai.dvk.site.Site;

/**
 * JBake's content store for our build: a {@link MemoryContentStore} (no OrientDB, whose in-memory
 * database alone costs about 1.4 s of every cold bake) that also carries the validated
 * {@link Site}, so that our rendering tools and model extractor work from typed records. It
 * answers JBake's own queries from the documents the tools add, so JBake's extractors
 * ({@code published_content} …) still work.
 */
public final class SiteStore extends MemoryContentStore {

    private final Site site;
    private final Views views;
    private final StructuredData structuredData;
    private final Markdown markdown;
    private final Map<String, Object> siteView;
    private final AssetManifest manifest;
    private final RenderCache cache;
    private final WordCache words;
    private Output output;
    private PageTemplates templates;

    SiteStore(Site site, AssetManifest manifest, Incremental remembered) {
        this.site = site;
        this.cache = remembered.pages();
        this.words = remembered.words();
        this.views = new Views(site, remembered.storyViews());
        this.structuredData = new StructuredData(site, remembered.jsonLd());
        this.markdown = remembered.markdown();
        this.manifest = manifest;
        this.siteView = views.siteView(manifest);
    }

    public RenderCache cache() {
        return cache;
    }

    /** Where this bake writes; set by the Bakery before the tools run. */
    Output output() {
        if (output == null) {
            throw new IllegalStateException("no output: bake through Bakery");
        }
        return output;
    }

    PageTemplates templates() {
        return templates;
    }

    /** Where and with which templates this bake renders: set by the Bakery before the tools run. */
    void bakeInto(Output output, PageTemplates templates) {
        this.output = output;
        this.templates = templates;
    }

    /** The search index's folded words, kept across builds in a warm process. */
    public WordCache words() {
        return words;
    }

    public AssetManifest manifest() {
        return manifest;
    }

    public Map<String, Object> siteView() {
        return siteView;
    }

    /** The store a rendering tool was given, or a clear error when JBake was run without our build. */
    public static SiteStore of(ContentStore db, Class<? extends RenderingTool> tool) throws RenderingException {
        if (db instanceof SiteStore store) {
            return store;
        }
        throw new RenderingException(tool.getSimpleName() + " renders from the validated site; run it through "
                + "'dan-van-kheo build', not through a stock JBake oven.");
    }

    public Site site() {
        return site;
    }

    public Views views() {
        return views;
    }

    StructuredData structuredData() {
        return structuredData;
    }

    public Markdown markdown() {
        return markdown;
    }
}
