package vn.quangngai.dvk.image;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * How long the caches beside the output keep what no build uses: a build marks each entry it
 * takes from a cache as used now (its modification time), and a whole build that published
 * removes the entries no build has used for {@link #KEPT} — a photo replaced, a title edited,
 * cards of an older design. An entry the preview keeps using (a draft's photos) stays, and one
 * removed too early only costs its making again. Housekeeping never fails a build: a file that
 * cannot be marked or removed stays as it is.
 */
public final class CacheAge {

    /** What no build used for this long is removed. */
    public static final Duration KEPT = Duration.ofDays(30);

    private CacheAge() {
    }

    /** Marks {@code file} as used now. */
    public static void used(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException e) {
            // read-only or locked (another process, an antivirus on Windows): it ages, nothing worse
        }
    }

    /**
     * Removes from {@code folder} each entry that is {@code ours} (named as the cache names its
     * entries: nothing else is touched) and was last used, by the time of {@code stamp(entry)},
     * before {@code before}; an entry that is a folder goes with all it holds.
     */
    public static void removeUnused(Path folder, Predicate<Path> ours, UnaryOperator<Path> stamp, Instant before) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (ours.test(entry) && unusedSince(stamp.apply(entry), before)) {
                    remove(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no cache, or one that cannot be listed: nothing to tidy
        }
    }

    private static boolean unusedSince(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The entry and, for a folder, what it holds (never following a link); what cannot go stays. */
    static void remove(Path entry) {
        if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> walk = Files.walk(entry)) {
            deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (Path path : deepestFirst) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // open elsewhere (an antivirus on Windows): a later build removes it
            }
        }
    }
}
