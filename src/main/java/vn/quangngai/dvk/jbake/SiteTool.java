package vn.quangngai.dvk.jbake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import vn.quangngai.dvk.pages.PageModel;
import vn.quangngai.dvk.pages.PageSet;
import vn.quangngai.dvk.parallel.Cores;

/**
 * JBake's rendering tool for a {@link PageSet}: turns its pages into JBake documents
 * ({@link PageDocument}), renders them with their templates ({@code template.<type>.file},
 * {@link PageTemplates}) on every core, written with their .gz twins by
 * {@link vn.quangngai.dvk.publish.Output}; skips pages and data files unchanged since the last
 * published build ({@link vn.quangngai.dvk.incremental.RenderCache}); registers the pages in the
 * store; writes the set's data files if it has any ({@link PageSet#files}: open data, the search
 * index); and reports every failure together instead of only logging it.
 */
abstract class SiteTool implements RenderingTool {

    private final PageSet set;

    SiteTool(PageSet set) {
        this.set = set;
    }

    @Override
    public final int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof SiteStore store)) {
            return OvenBake.render(this, db, config);
        }
        Rendered result = renderTogether(store, List.of(this)).get(0);
        if (result.error() != null) {
            throw new RenderingException(result.error());
        }
        return result.count();
    }

    private static final String TOO_DEEP = "mẫu trang hoặc nội dung lồng nhau quá sâu (StackOverflowError): "
            + "xem lại macro hay #include gọi lại chính nó trong templates/, hoặc phần nội dung lồng nhiều tầng của trang này";

    /** What one tool rendered: pages and data files, and the report of its failures (null when none). */
    record Rendered(int count, String error) {
    }

    /**
     * Renders the pages and data files of several tools as one piece of work on every core
     * ({@link Cores}), so that no core waits for another between tools: first the first tool's
     * pages (the story pages, most of the work, whose Markdown also gives the search index its
     * words), then every tool's data files (the search index, the open data: each a single
     * task, made while other cores render the remaining pages), then the other tools' pages.
     * Pages that rendered are registered in the store, tool after tool, in order.
     */
    static List<Rendered> renderTogether(SiteStore store, List<SiteTool> tools) {
        if (tools.isEmpty()) {
            return List.of();
        }
        List<List<PageModel>> pagesOf = new ArrayList<>();
        for (SiteTool tool : tools) {
            pagesOf.add(store.context().pagesOf(tool.set));
        }
        List<Task> tasks = new ArrayList<>();
        pages(tasks, 0, pagesOf.get(0).size());
        for (int t = 0; t < tools.size(); t++) {
            tasks.add(new Task(t, Task.DATA_FILES));
        }
        for (int t = 1; t < tools.size(); t++) {
            pages(tasks, t, pagesOf.get(t).size());
        }
        DocumentModel[][] documents = new DocumentModel[tools.size()][];
        String[][] failures = new String[tools.size()][];
        String[] fileFailures = new String[tools.size()];
        int[] files = new int[tools.size()];
        for (int t = 0; t < tools.size(); t++) {
            documents[t] = new DocumentModel[pagesOf.get(t).size()];
            failures[t] = new String[pagesOf.get(t).size()];
        }
        Cores.forEach(tasks.size(), k -> {
            int t = tasks.get(k).tool();
            int i = tasks.get(k).page();
            if (i == Task.DATA_FILES) {
                try {
                    files[t] = tools.get(t).writeFiles(store);
                } catch (IOException | RuntimeException e) {
                    fileFailures[t] = rootCause(e);
                } catch (StackOverflowError e) {
                    fileFailures[t] = TOO_DEEP;
                }
                return;
            }
            // pages are independent; an unchanged page in a warm process is reused
            PageModel page = pagesOf.get(t).get(i);
            try {
                documents[t][i] = PageDocument.of(page);
                if (!store.cache().unchanged(page.uri(), page)) {
                    store.templates().write(documents[t][i], store.output());
                }
            } catch (Exception e) {
                failures[t][i] = rootCause(e);
            } catch (StackOverflowError e) {
                // a template or a page model that nests without end: name the page, not a thousand frames
                failures[t][i] = TOO_DEEP;
            }
        });
        List<Rendered> results = new ArrayList<>();
        for (int t = 0; t < tools.size(); t++) {
            results.add(tools.get(t).registered(store, pagesOf.get(t), documents[t], failures[t], files[t], fileFailures[t]));
        }
        return results;
    }

    /** A page of a tool, by its index, or the tool's data files. */
    private record Task(int tool, int page) {
        static final int DATA_FILES = -1;
    }

    private static void pages(List<Task> tasks, int tool, int count) {
        for (int i = 0; i < count; i++) {
            tasks.add(new Task(tool, i));
        }
    }

    /** Writes this tool's data files that changed; returns how many it has. */
    private int writeFiles(SiteStore store) throws IOException {
        List<PageSet.DataFile> files = set.files(store.context());
        // on every core, each file's bytes made (if lazy) just before it is written and let go after
        Cores.forEach(files.size(), i -> {
            PageSet.DataFile file = files.get(i);
            byte[] bytes = file.bytes();
            if (!store.cache().unchanged(file.path(), bytes)) {
                try {
                    store.output().write(file.path(), bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return files.size();
    }

    /** Registers the pages that rendered; one broken template fails every page that uses it: each cause is reported once, with its pages. */
    private Rendered registered(SiteStore store, List<PageModel> pages, DocumentModel[] documents, String[] failures, int files,
                                String fileFailure) {
        Map<String, List<String>> pagesByCause = new LinkedHashMap<>();
        int rendered = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (failures[i] == null) {
                store.addDocument(documents[i]);
                rendered++;
            } else {
                pagesByCause.computeIfAbsent(failures[i], cause -> new ArrayList<>()).add(pages.get(i).uri());
            }
        }
        if (fileFailure != null) {
            pagesByCause.computeIfAbsent(fileFailure, cause -> new ArrayList<>()).add("tệp dữ liệu (" + set.getClass().getSimpleName() + ")");
        } else {
            rendered += files;
        }
        if (pagesByCause.isEmpty()) {
            return new Rendered(rendered, null);
        }
        List<String> errors = new ArrayList<>();
        pagesByCause.forEach((cause, uris) -> errors.add(cause + "\n  khi tạo " + uris.get(0)
                + (uris.size() > 1 ? " và " + (uris.size() - 1) + " trang khác" : "")));
        return new Rendered(rendered, String.join("\n", errors));
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
