package vn.quangngai.dvk.bake;

import java.util.List;
import java.util.Map;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * Builds the JBake document for one output page. Keys every template can rely on:
 * {@code type}, {@code title}, {@code description}, {@code path} (site-relative folder),
 * {@code root} (relative way back to the site root, e.g. "../../"), {@code canonical}
 * (absolute URL) and {@code site} (see {@link Views#siteView()}); HTML pages also have
 * {@code crumbs} (see {@link Crumb}) and {@code jsonLd} (see {@link StructuredData}; a page whose
 * tool gives none gets a plain WebPage from {@link SiteTool}).
 */
final class PageDocument {

    private PageDocument() {
    }

    /**
     * @param path site-relative folder of the page ("" for the root, otherwise ending in "/")
     * @param file the file written in that folder: "index.html", "feed.xml" …
     */
    static DocumentModel of(SiteStore store, String type, String path, String file, String title, String description) {
        DocumentModel doc = new DocumentModel();
        doc.setType(type);
        doc.setUri(path + file);
        doc.setSourceUri(path + file);
        doc.setStatus(ModelAttributes.Status.PUBLISHED);
        doc.setTitle(title);
        doc.setRendered(true);
        String root = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        doc.setRootPath(root);
        doc.put("root", root);
        doc.put("path", path);
        doc.put("description", description);
        doc.put("canonical", store.site().settings().baseUrl() + path);
        doc.put("site", store.siteView());
        return doc;
    }

    /** Sets the page's breadcrumb trail below the home page, ending with the page itself. */
    static void crumbs(DocumentModel doc, List<Crumb> crumbs) {
        doc.put("crumbs", Crumb.views(crumbs));
    }

    static DocumentModel with(DocumentModel doc, Map<String, Object> values) {
        doc.putAll(values);
        return doc;
    }
}
