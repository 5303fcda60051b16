package vn.quangngai.dvk.jbake;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.FileUtil;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store held in plain lists and maps instead of OrientDB, whose in-memory
 * database every cold bake would have to start, and which one site in memory does not need. It
 * answers every query JBake 2.7.0's crawler, renderers, model extractors and {@code DataFileUtil}
 * make, with the same rows in the same order as the store's SQL:
 *
 * <ul>
 *   <li>lists of one type are newest first ({@code order by date desc}); documents without a date
 *       come last. OrientDB returns equal dates in an order that follows its storage layout (the
 *       reverse of its scan order; with one cluster per core, interleaved); here they come in
 *       reverse insertion order, always;</li>
 *   <li>"published" means {@code status=published}; {@code getDocumentStatus} returns only
 *       {@code sha1} and {@code rendered}, like its {@code select sha1,rendered};</li>
 *   <li>{@code markContentAsRendered} marks only cached documents ({@code cached=true}), as the SQL does;</li>
 *   <li>the published posts of the index honour {@link #setStart}/{@link #setLimit} (SKIP/LIMIT).</li>
 * </ul>
 *
 * <p>Queries return the stored documents themselves, not copies: a caller that wants to add keys
 * for one rendering (as the lab's {@code LinearDocumentsRenderer} does) copies first. Lists of one
 * type are sorted once and kept until a document of that type is added or removed, so a bake stays
 * linear. Every method is synchronized: rendering tools may add documents from several threads.
 *
 * <p>{@link #startup()}, {@link #close()} and {@link #shutdown()} do nothing. The final
 * {@code ContentStore.updateSchema()} must not be called (it needs OrientDB): the build's
 * {@code Bakery} and the lab's {@code FastOven} leave it out. {@link #updateAndClearCacheIfNeeded}
 * empties the store when JBake's would: when asked to, or when the templates changed since the last
 * bake with this store (a store reused across bakes behaves like JBake's persistent one; the lab's
 * {@code FastOven} starts each bake with a new store, like JBake's memory database).
 */
public class MemoryContentStore extends ContentStore {

    private static final Comparator<DocumentModel> NEWEST_FIRST =
            Comparator.comparing(DocumentModel::getDate, Comparator.nullsFirst(Comparator.<Date>naturalOrder())).reversed();

    private final List<DocumentModel> documents = new ArrayList<>();
    private final Map<String, List<DocumentModel>> bySourceUri = new HashMap<>();
    private final Map<String, List<DocumentModel>> newestFirstByType = new HashMap<>();
    private String templatesSignature;

    public MemoryContentStore() {
        super("memory", "memory-content-store");
    }

    /** Every document, in the order they were added. */
    public synchronized List<DocumentModel> documents() {
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
    public synchronized void drop() {
        clear();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public synchronized void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        String signature;
        try {
            signature = FileUtil.sha1(templateFolder);
        } catch (Exception e) {
            signature = "";
        }
        boolean templatesChanged = !signature.equals(templatesSignature);
        templatesSignature = signature;
        if (needed || templatesChanged) {
            clear();
        }
    }

    @Override
    public synchronized void addDocument(DocumentModel document) {
        documents.add(document);
        bySourceUri.computeIfAbsent(document.getSourceuri(), uri -> new ArrayList<>(1)).add(document);
        newestFirstByType.remove(document.getType());
    }

    @Override
    public synchronized void deleteContent(String uri) {
        List<DocumentModel> removed = bySourceUri.remove(uri);
        if (removed != null) {
            documents.removeIf(d -> uri.equals(d.getSourceuri()));
            removed.forEach(d -> newestFirstByType.remove(d.getType()));
        }
    }

    @Override
    public synchronized void deleteAllByDocType(String docType) {
        documents.removeIf(d -> docType.equals(d.getType()));
        bySourceUri.values().forEach(list -> list.removeIf(d -> docType.equals(d.getType())));
        bySourceUri.values().removeIf(List::isEmpty);
        newestFirstByType.remove(docType);
    }

    @Override
    public synchronized void markContentAsRendered(DocumentModel document) {
        for (DocumentModel stored : bySourceUri.getOrDefault(document.getSourceuri(), List.of())) {
            if (document.getType().equals(stored.getType()) && !stored.getRendered() && Boolean.TRUE.equals(stored.getCached())) {
                stored.setRendered(true);
            }
        }
    }

    @Override
    public synchronized long getDocumentCount(String docType) {
        return newestFirst(docType).size();
    }

    @Override
    public synchronized long getPublishedCount(String docType) {
        return newestFirst(docType).stream().filter(MemoryContentStore::isPublished).count();
    }

    @Override
    public synchronized DocumentList<DocumentModel> getDocumentByUri(String uri) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(bySourceUri.getOrDefault(uri, List.of()));
        return list;
    }

    @Override
    public synchronized DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        for (DocumentModel stored : bySourceUri.getOrDefault(uri, List.of())) {
            DocumentModel status = new DocumentModel();
            status.setSha1(stored.getSha1());
            status.setRendered(stored.getRendered());
            list.add(status);
        }
        return list;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return select("post", MemoryContentStore::isPublished, applyPaging);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select("post", d -> isPublished(d) && hasTag(d, tag), false);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            list.addAll(select(docType, d -> isPublished(d) && hasTag(d, tag), false));
        }
        return list;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public synchronized DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(docType, MemoryContentStore::isPublished, false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return getAllContent(docType, false);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return select(docType, d -> true, applyPaging);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getUnrenderedContent() {
        List<DocumentModel> unrendered = new ArrayList<>();
        for (int i = documents.size() - 1; i >= 0; i--) {
            DocumentModel document = documents.get(i);
            if (Boolean.FALSE.equals(document.get(ModelAttributes.RENDERED))) {
                unrendered.add(document);
            }
        }
        unrendered.sort(NEWEST_FIRST);
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(unrendered);
        return list;
    }

    /** Tags of published posts. */
    @Override
    public synchronized Set<String> getTags() {
        Set<String> tags = new HashSet<>();
        for (DocumentModel document : newestFirst("post")) {
            if (isPublished(document)) {
                Collections.addAll(tags, document.getTags());
            }
        }
        return tags;
    }

    /** Tags of published documents of every type. */
    @Override
    public synchronized Set<String> getAllTags() {
        Set<String> tags = new HashSet<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            for (DocumentModel document : newestFirst(docType)) {
                if (isPublished(document)) {
                    Collections.addAll(tags, document.getTags());
                }
            }
        }
        return tags;
    }

    private void clear() {
        documents.clear();
        bySourceUri.clear();
        newestFirstByType.clear();
    }

    /** Documents of one type, newest first, equal dates in reverse insertion order; kept until the type changes. */
    private List<DocumentModel> newestFirst(String docType) {
        return newestFirstByType.computeIfAbsent(docType, type -> {
            List<DocumentModel> typed = new ArrayList<>();
            for (int i = documents.size() - 1; i >= 0; i--) {
                if (type.equals(documents.get(i).getType())) {
                    typed.add(documents.get(i));
                }
            }
            typed.sort(NEWEST_FIRST);
            return typed;
        });
    }

    private DocumentList<DocumentModel> select(String docType, Predicate<DocumentModel> filter, boolean applyPaging) {
        long skip = 0;
        long limit = Long.MAX_VALUE;
        if (applyPaging && getStart() >= 0 && getLimit() > -1) {
            skip = getStart();
            limit = getLimit();
        }
        DocumentList<DocumentModel> list = new DocumentList<>();
        for (DocumentModel document : newestFirst(docType)) {
            if (list.size() >= limit) {
                break;
            }
            if (filter.test(document)) {
                if (skip > 0) {
                    skip--;
                } else {
                    list.add(document);
                }
            }
        }
        return list;
    }

    private static boolean isPublished(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }

    private static boolean hasTag(DocumentModel document, String tag) {
        for (String t : document.getTags()) {
            if (t.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
