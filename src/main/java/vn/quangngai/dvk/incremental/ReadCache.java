package vn.quangngai.dvk.incremental;

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
    public record Entry(Object entry, List<Problem> problems) {
    }

    record Stamp(long size, long modified, String registry) {
    }

    private record Cached(Stamp stamp, Entry entry) {
    }

    private final Map<Path, Cached> files = new ConcurrentHashMap<>();
    private final boolean enabled;
    private volatile Kept<?> registry;

    /**
     * What the data files read to (the registry, null when it had errors) and the problems they
     * gave, under the stamps of those files ({@code key}).
     */
    public record Kept<T>(String key, T value, List<Problem> problems) {

        public Kept {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param enabled whether to keep anything ({@link Incremental} decides): a one-off build reads
     *                each file once, and stamping each file would be two stat calls for nothing
     */
    ReadCache(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * What the cache knows of a file before it is read: its stamp now, and what it read to when
     * it had that stamp (null if unknown). Reading then {@link #put putting} stores the entry
     * under this stamp, taken before reading: a file saved again while it was read has a newer
     * stamp, so the next build reads it again (a stamp taken after reading would file the old
     * text under the new stamp, and the edit would not show until the file changed again).
     */
    public record Lookup(Path file, Stamp stamp, Entry cached) {
    }

    public Lookup lookup(Path file, String registry) {
        if (!enabled) {
            return new Lookup(file, null, null);
        }
        Stamp stamp = stamp(file, registry);
        Cached cached = files.get(file);
        return new Lookup(file, stamp, cached != null && stamp != null && cached.stamp().equals(stamp) ? cached.entry() : null);
    }

    public void put(Lookup lookup, Entry entry) {
        if (enabled && lookup.stamp() != null) {
            files.put(lookup.file(), new Cached(lookup.stamp(), entry));
        }
    }

    /**
     * The registry as the data files with stamps {@code key} read to last time, or else as
     * {@code read} reads them now (kept only when they read without errors, so that an error is
     * read, and said, again). Parsing the data files was a third of a warm one-story edit.
     */
    @SuppressWarnings("unchecked")
    public <T> Kept<T> registry(String key, java.util.function.Supplier<Kept<T>> read) {
        Kept<?> known = registry;
        if (enabled && known != null && known.key().equals(key)) {
            return (Kept<T>) known;
        }
        Kept<T> fresh = read.get();
        registry = enabled && fresh.value() != null ? fresh : null;
        return fresh;
    }

    /** Drops files that are gone, so a long preview session does not keep them. */
    public void retain(java.util.Collection<Path> present) {
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
