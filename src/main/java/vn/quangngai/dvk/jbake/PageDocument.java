package vn.quangngai.dvk.jbake;

import freemarker.template.TemplateScalarModel;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import vn.quangngai.dvk.pages.Deferred;
import vn.quangngai.dvk.pages.PageModel;

/** The one place a page becomes JBake's document: what its template sees as {@code content}, and what the store holds. */
final class PageDocument {

    private PageDocument() {
    }

    static DocumentModel of(PageModel page) {
        DocumentModel doc = new DocumentModel();
        doc.setType(page.type());
        doc.setUri(page.uri());
        doc.setSourceUri(page.uri());
        doc.setStatus(ModelAttributes.Status.PUBLISHED);
        doc.setTitle(page.title());
        doc.setRendered(true);
        doc.setRootPath(page.rootPath());
        page.values().forEach((key, value) -> doc.put(key, value instanceof Deferred deferred ? new DeferredText(deferred) : value));
        return doc;
    }

    /** Deferred text as Freemarker reads a string: made on the thread that renders the page, when the template reads it. */
    private record DeferredText(Deferred deferred) implements TemplateScalarModel {

        @Override
        public String getAsString() {
            return deferred.text();
        }
    }
}
