package vn.quangngai.dvk.bake;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * them in the store, and reports every failure together instead of only logging it. A tool may
 * also write data files beside its pages ({@link #files}), such as a search index.
 */
abstract class SiteTool implements RenderingTool {

    /** The pages this tool writes, in a stable order. */
    abstract List<DocumentModel> pages(SiteStore store);

    /** Files written as they are, not rendered: site-relative path → bytes. None unless a tool overrides this. */
    Map<String, byte[]> files(SiteStore store) {
        return Map.of();
    }

    @Override
    public final int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        SiteStore store = SiteStore.of(db, getClass());
        // one broken template fails every page that uses it: report each cause once, with its pages
        Map<String, List<String>> pagesByCause = new LinkedHashMap<>();
        int rendered = 0;
        for (DocumentModel page : pages(store)) {
            try {
                renderer.render(page);
                store.addDocument(page);
                rendered++;
            } catch (Exception e) {
                pagesByCause.computeIfAbsent(rootCause(e), cause -> new ArrayList<>()).add(page.getUri());
            }
        }
        Path destination = config.getDestinationFolder().toPath();
        try {
            for (Map.Entry<String, byte[]> file : files(store).entrySet()) {
                Path target = destination.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException | RuntimeException e) {
            pagesByCause.computeIfAbsent(rootCause(e), cause -> new ArrayList<>()).add("các tệp dữ liệu của " + getClass().getSimpleName());
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
