package vn.quangngai.dvk.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.model.DocumentModel;

/**
 * Lets a warm process (the preview server, a benchmark) re-render only what changed. A page is a
 * pure function of its model, the templates and the settings: when all three equal those of the
 * last good build, the page's file from that build is hard-linked into the new one instead of
 * rendered again. The cache only learns from builds that were published.
 */
public final class RenderCache {

    /** A cache that never reuses anything: one-off builds pay nothing for it. */
    public static final RenderCache NONE = new RenderCache(false);

    private final boolean enabled;
    private Map<String, DocumentModel> published = Map.of();
    private Path publishedSite;
    private String publishedTemplates;
    private final Map<String, DocumentModel> pending = new ConcurrentHashMap<>();
    private String pendingTemplates;

    private RenderCache(boolean enabled) {
        this.enabled = enabled;
    }

    public static RenderCache create() {
        return new RenderCache(true);
    }

    /** Starts a build whose templates, settings and assets have the given fingerprint. */
    void begin(String templatesFingerprint) {
        pending.clear();
        pendingTemplates = templatesFingerprint;
    }

    /** Hard-links the last published output of {@code page} into {@code destination}, if it may be reused. */
    boolean reuse(DocumentModel page, Path destination) {
        if (!enabled) {
            return false;
        }
        pending.put(page.getUri(), page);
        if (publishedSite == null || !pendingTemplates.equals(publishedTemplates) || !page.equals(published.get(page.getUri()))) {
            return false;
        }
        Path previous = publishedSite.resolve(page.getUri());
        Path target = destination.resolve(page.getUri());
        try {
            if (!Files.isRegularFile(previous)) {
                return false;
            }
            Files.createDirectories(target.getParent());
            Files.createLink(target, previous);
            Path gzip = previous.resolveSibling(previous.getFileName() + ".gz");
            if (Files.isRegularFile(gzip)) {
                Files.createLink(target.resolveSibling(target.getFileName() + ".gz"), gzip);
            }
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** The build was published at {@code site}: its pages are what later builds compare against. */
    public void published(Path site) {
        if (enabled) {
            published = Map.copyOf(pending);
            publishedSite = site;
            publishedTemplates = pendingTemplates;
        }
        pending.clear();
    }

    /** The build failed: forget what it rendered, keep what was published. */
    public void abandoned() {
        pending.clear();
    }

}
