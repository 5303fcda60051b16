package vn.quangngai.dvk.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

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

    /** Whether {@code file} was last used (or made) before {@code before}; false when it cannot be read. */
    public static boolean unusedSince(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
