package vn.quangngai.dvk.bake;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * The shape of our rendering tools: each lists the pages it owns as JBake documents; this class
 * renders them with JBake's template engine (template chosen by {@code template.<type>.file};
 * written with their .gz twins by {@link Output}) on every core, skips unchanged pages and data files in a warm process ({@link RenderCache}), registers them in the
 * store, writes the tool's data files if it has any ({@link #files}: open data, the search
 * index), and reports every failure together instead of only logging it. Every HTML
 * page has structured data: a plain WebPage when its tool gave none.
 */
abstract class SiteTool implements RenderingTool {

    /** The pages this tool writes, in a stable order. */
    abstract List<DocumentModel> pages(SiteStore store);

    /**
     * Files this tool writes as they are, without a template (data for other programs); none by
     * default. Written after the pages, into the same output folder.
     */
    List<DataFile> files(SiteStore store) {
        return List.of();
    }

    /** A file's site-relative path ("du-lieu/mo-hinh.json") and its exact bytes. */
    record DataFile(String path, byte[] bytes) {
    }

    @Override
    public final int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        SiteStore store = SiteStore.of(db, getClass());
        List<DocumentModel> pages = pages(store);
        for (DocumentModel page : pages) {
            if (page.getUri().endsWith(".html") && !page.containsKey("jsonLd")) {
                page.put("jsonLd", store.structuredData().webPageAt(page.getTitle(), (String) page.get("description"),
                        (String) page.get("canonical")));
            }
        }
        // pages are independent: render them on every core; an unchanged page in a warm process is reused
        String[] failures = new String[pages.size()];
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            DocumentModel page = pages.get(i);
            try {
                if (!store.cache().unchanged(page)) {
                    store.output().render(page);
                }
            } catch (Exception e) {
                failures[i] = rootCause(e);
            }
        });
        // one broken template fails every page that uses it: report each cause once, with its pages
        Map<String, List<String>> pagesByCause = new LinkedHashMap<>();
        int rendered = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (failures[i] == null) {
                store.addDocument(pages.get(i));
                rendered++;
            } else {
                pagesByCause.computeIfAbsent(failures[i], cause -> new ArrayList<>()).add(pages.get(i).getUri());
            }
        }
        try {
            for (DataFile file : files(store)) {
                if (!store.cache().unchanged(file.path(), file.bytes())) {
                    store.output().write(file.path(), file.bytes());
                }
                rendered++;
            }
        } catch (IOException | RuntimeException e) {
            pagesByCause.computeIfAbsent(rootCause(e), cause -> new ArrayList<>()).add("tệp dữ liệu (" + getClass().getSimpleName() + ")");
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
