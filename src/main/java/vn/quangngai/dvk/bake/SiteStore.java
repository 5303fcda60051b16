package vn.quangngai.dvk.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.quangngai.dvk.site.AssetManifest;
import vn.quangngai.dvk.site.Site;

/**
 * JBake's content store, held in memory instead of OrientDB (whose in-memory database alone costs
 * about 1.4 s of every cold bake). It carries the validated {@link Site} so that our rendering
 * tools and model extractor work from typed records, and it answers JBake's own queries from the
 * documents the tools add, so JBake's extractors ({@code published_content} …) still work.
 */
public final class SiteStore extends ContentStore {

    private final Site site;
    private final Views views;
    private final StructuredData structuredData;
    private final Markdown markdown;
    private final List<DocumentModel> documents = new ArrayList<>();
    private final Map<String, Object> siteView;
    private final AssetManifest manifest;
    private final RenderCache cache;

    public SiteStore(Site site, Markdown markdown, AssetManifest manifest, RenderCache cache) {
        super("memory", "dan-van-kheo");
        this.site = site;
        this.cache = cache;
        this.views = new Views(site);
        this.structuredData = new StructuredData(site);
        this.markdown = markdown;
        this.manifest = manifest;
        this.siteView = views.siteView(manifest);
    }

    public RenderCache cache() {
        return cache;
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

    public List<DocumentModel> documents() {
        return List.copyOf(documents);
    }

    @Override
    public void startup() {
        // nothing to start: the store is a list
    }

    @Override
    public void close() {
        // nothing to close
    }

    @Override
    public void shutdown() {
        // nothing to shut down
    }

    @Override
    public synchronized void addDocument(DocumentModel document) {
        documents.add(document);
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // every build starts from an empty store
    }

    @Override
    public long getDocumentCount(String docType) {
        return select(d -> docType.equals(d.getType())).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return getPublishedContent(docType).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return select(d -> uri.equals(d.getSourceuri()));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return getPublishedPosts();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(d -> docType.equals(d.getType()) && ModelAttributes.Status.PUBLISHED.equals(d.getStatus()));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return select(d -> docType.equals(d.getType()));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return getAllContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new DocumentList<>();
    }

    @Override
    public void deleteContent(String uri) {
        documents.removeIf(d -> uri.equals(d.getSourceuri()));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        documents.removeIf(d -> docType.equals(d.getType()));
    }

    @Override
    public Set<String> getTags() {
        return new HashSet<>();
    }

    @Override
    public Set<String> getAllTags() {
        return new HashSet<>();
    }

    private synchronized DocumentList<DocumentModel> select(Predicate<DocumentModel> filter) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        documents.stream().filter(filter).forEach(list::add);
        return list;
    }
}
