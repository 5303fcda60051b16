package vn.quangngai.dvk.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
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
 * them in the store, and reports every failure together instead of only logging it.
 */
abstract class SiteTool implements RenderingTool {

    /** The pages this tool writes, in a stable order. */
    abstract List<DocumentModel> pages(SiteStore store);

    @Override
    public final int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        SiteStore store = SiteStore.of(db, getClass());
        List<String> errors = new ArrayList<>();
        int rendered = 0;
        for (DocumentModel page : pages(store)) {
            try {
                renderer.render(page);
                store.addDocument(page);
                rendered++;
            } catch (Exception e) {
                errors.add(page.getUri() + ": " + rootCause(e));
            }
        }
        if (!errors.isEmpty()) {
            throw new RenderingException(getClass().getSimpleName() + " could not render " + errors.size()
                    + " page(s):\n" + String.join("\n", errors));
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
