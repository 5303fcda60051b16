package vn.quangngai.dvk.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.quangngai.dvk.problem.Problem;

/**
 * For a warm process: what each content file read to last time, kept while the file's size and
 * modification time and the registry it was checked against stay the same.
 */
public final class ReadCache {

    /** What one file read to: a story or a page (or neither, when it had errors), and its problems. */
    record Entry(Object entry, List<Problem> problems) {
    }

    private record Stamp(long size, long modified, String registry) {
    }

    private record Cached(Stamp stamp, Entry entry) {
    }

    private final Map<Path, Cached> files = new ConcurrentHashMap<>();
    private final boolean enabled;

    /** A cache for a warm process. */
    public ReadCache() {
        this(true);
    }

    private ReadCache(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * A cache that keeps nothing, for a one-off build: it reads each file once, and stamping each
     * file twice would cost 20,000 stat calls at 10,000 stories for nothing.
     */
    public static ReadCache none() {
        return new ReadCache(false);
    }

    Entry get(Path file, String registry) {
        if (!enabled) {
            return null;
        }
        Cached cached = files.get(file);
        Stamp stamp = stamp(file, registry);
        return cached != null && stamp != null && cached.stamp().equals(stamp) ? cached.entry() : null;
    }

    void put(Path file, String registry, Entry entry) {
        if (!enabled) {
            return;
        }
        Stamp stamp = stamp(file, registry);
        if (stamp != null) {
            files.put(file, new Cached(stamp, entry));
        }
    }

    /** Drops files that are gone, so a long preview session does not keep them. */
    void retain(java.util.Collection<Path> present) {
        files.keySet().retainAll(new HashSet<>(present));
    }

    private static Stamp stamp(Path file, String registry) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis(), registry);
        } catch (IOException e) {
            return null;
        }
    }
}
