package vn.quangngai.dvk.incremental;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a warm process (the preview server, a benchmark) publish only what changed. A page is a
 * pure function of its model, the templates, the settings and the assets: when all of them equal
 * those of the last build published to the same folder, the page is not rendered at all and its
 * file there stays as it is; a data file is written only when its bytes differ. Such a build
 * bakes just the changed files, and {@link #removed()} tells which files of the last one are gone.
 * The cache only learns from builds that were published.
 */
public final class RenderCache {

    private final boolean enabled;
    private Map<String, Object> publishedPages = Map.of();
    private Map<String, byte[]> publishedData = Map.of();
    private Path publishedSite;
    private String publishedFingerprint;
    private final Map<String, Object> pendingPages = new ConcurrentHashMap<>();
    private final Map<String, byte[]> pendingData = new ConcurrentHashMap<>();
    private String pendingFingerprint;
    private boolean changesOnly;

    /** @param enabled whether to remember builds at all ({@link Incremental} decides): one-off builds pay nothing for it */
    RenderCache(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Starts a build for {@code site} whose templates, settings and assets have the given
     * fingerprint; it bakes only changes when the last published build went to the same folder
     * with the same fingerprint and that folder is still there.
     */
    void begin(String fingerprint, Path site) {
        pendingPages.clear();
        pendingData.clear();
        pendingFingerprint = fingerprint;
        changesOnly = enabled && site != null && site.equals(publishedSite) && fingerprint.equals(publishedFingerprint)
                && site.toFile().isDirectory();
    }

    /**
     * Whether this build bakes only the files that changed since the last published one (its
     * output then replaces those files in place, and {@link #removed()} are deleted), rather
     * than a whole site.
     */
    public boolean changesOnly() {
        return changesOnly;
    }

    /**
     * Whether the page at {@code uri} has a model equal to the one last published, so that its
     * file there may stay: then it need not be rendered.
     */
    public boolean unchanged(String uri, Object model) {
        if (!enabled) {
            return false;
        }
        pendingPages.put(uri, model);
        return changesOnly && model.equals(publishedPages.get(uri));
    }

    /** Whether the data file at {@code path} has the bytes last published, so that it need not be written. */
    public boolean unchanged(String path, byte[] bytes) {
        if (!enabled) {
            return false;
        }
        pendingData.put(path, bytes);
        return changesOnly && Arrays.equals(bytes, publishedData.get(path));
    }

    /** Site-relative paths of the pages and data files the last published build had and this one has not. */
    public List<String> removed() {
        List<String> removed = new ArrayList<>();
        publishedPages.keySet().stream().filter(uri -> !pendingPages.containsKey(uri)).forEach(removed::add);
        publishedData.keySet().stream().filter(path -> !pendingData.containsKey(path)).forEach(removed::add);
        removed.sort(null);
        return removed;
    }

    /** The build was published at {@code site}: its pages are what later builds compare against. */
    public void published(Path site) {
        if (enabled) {
            publishedPages = Map.copyOf(pendingPages);
            publishedData = Map.copyOf(pendingData);
            publishedSite = site;
            publishedFingerprint = pendingFingerprint;
        }
        pendingPages.clear();
        pendingData.clear();
    }

    /** The build failed, or publishing it did: forget what it rendered, keep what was published. */
    public void abandoned() {
        pendingPages.clear();
        pendingData.clear();
    }

    /**
     * Publishing a build of changes failed half-way: the folder may hold some of them, so the
     * next build must be a whole one.
     */
    public void forgetPublished() {
        publishedPages = Map.of();
        publishedData = Map.of();
        publishedSite = null;
        publishedFingerprint = null;
        abandoned();
    }
}
