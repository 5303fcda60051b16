package vn.quangngai.dvk.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * The shape of our rendering tools: each lists the pages it owns as JBake documents; this class
 * renders them with JBake's renderer (template chosen by {@code template.<type>.file}), registers
 * them in the store, and reports every failure together instead of only logging it. Every HTML
 * page has structured data: a plain WebPage when its tool gave none.
 */
abstract class SiteTool implements RenderingTool {

    /** The pages this tool writes, in a stable order. */
    abstract List<DocumentModel> pages(SiteStore store);

    @Override
    public final int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        SiteStore store = SiteStore.of(db, getClass());
        // one broken template fails every page that uses it: report each cause once, with its pages
        Map<String, List<String>> pagesByCause = new LinkedHashMap<>();
        int rendered = 0;
        for (DocumentModel page : pages(store)) {
            if (page.getUri().endsWith(".html") && !page.containsKey("jsonLd")) {
                page.put("jsonLd", store.structuredData().webPageAt(page.getTitle(), (String) page.get("description"),
                        (String) page.get("canonical")));
            }
            try {
                renderer.render(page);
                store.addDocument(page);
                rendered++;
            } catch (Exception e) {
                pagesByCause.computeIfAbsent(rootCause(e), cause -> new ArrayList<>()).add(page.getUri());
            }
        }
        if (!pagesByCause.isEmpty()) {
            List<String> errors = new ArrayList<>();
            pagesByCause.forEach((cause, uris) -> errors.add(cause + "\n  khi tạo " + uris.get(0)
                    + (uris.size() > 1 ? " và " + (uris.size() - 1) + " trang khác" : "")));
            throw new RenderingException(String.join("\n", errors));
        }
        return rendered;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getName() : message;
    }

    @Override
    @Deprecated
    public final int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                            CompositeConfiguration config) throws RenderingException {
        throw new RenderingException(getClass().getSimpleName() + " supports only JBake's configuration-based API");
    }
}
