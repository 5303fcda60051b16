package vn.quangngai.dvk.jbake;

import vn.quangngai.dvk.image.Photos;
import vn.quangngai.dvk.incremental.Incremental;
import vn.quangngai.dvk.incremental.RenderCache;
import vn.quangngai.dvk.pages.PageContext;
import vn.quangngai.dvk.publish.Output;
import vn.quangngai.dvk.share.CardFiles;
import vn.quangngai.dvk.site.AssetManifest;
import vn.quangngai.dvk.site.Site;

/**
 * JBake's content store for our build: a {@link MemoryContentStore} (no OrientDB, whose in-memory
 * database is created anew for every bake) that also carries what the page builders work from
 * ({@link PageContext}: the validated {@link Site} …), so that our rendering tools and model
 * extractor work from typed records. It answers JBake's own queries from the documents the tools
 * add, so JBake's extractors ({@code published_content} …) still work.
 */
public final class SiteStore extends MemoryContentStore {

    private final PageContext context;
    private final RenderCache cache;
    private final AssetManifest manifest;
    private Output output;
    private PageTemplates templates;

    SiteStore(Site site, Photos photos, AssetManifest manifest, Incremental incremental, CardFiles cards) {
        this.context = new PageContext(site, photos, manifest, incremental, cards);
        this.cache = incremental.pages();
        this.manifest = manifest;
    }

    /** What the page builders work from. */
    PageContext context() {
        return context;
    }

    RenderCache cache() {
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

    AssetManifest manifest() {
        return manifest;
    }
}
