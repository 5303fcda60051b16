package vn.quangngai.dvk.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCacheTest {

    @TempDir
    Path temp;

    @Test
    void aFileReadAgainOnlyWhenItsStampOrTheRegistryChanged() throws IOException {
        Path file = temp.resolve("a.md");
        Files.writeString(file, "một");
        ReadCache cache = Incremental.warm().reads();
        ReadCache.Entry read = new ReadCache.Entry("bài một", List.of());

        assertThat(cache.lookup(file, "r1").cached()).isNull();
        cache.put(cache.lookup(file, "r1"), read);
        assertThat(cache.lookup(file, "r1").cached()).isSameAs(read);
        assertThat(cache.lookup(file, "r2").cached()).as("another registry").isNull();
        Files.writeString(file, "một hai");
        assertThat(cache.lookup(file, "r1").cached()).as("edited").isNull();
    }

    /** An edit saved while the file was being read must show in the next build. */
    @Test
    void aFileSavedWhileItWasReadIsReadAgainNextTime() throws IOException {
        Path file = temp.resolve("a.md");
        Files.writeString(file, "bản cũ");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000));
        ReadCache cache = Incremental.warm().reads();

        ReadCache.Lookup before = cache.lookup(file, "r");
        ReadCache.Entry oldText = new ReadCache.Entry("bản cũ", List.of()); // what the build read
        Files.writeString(file, "bản mới"); // saved meanwhile
        cache.put(before, oldText);

        assertThat(cache.lookup(file, "r").cached()).isNull();
    }

    @Test
    void aOneOffBuildsCacheKeepsNothing() throws IOException {
        Path file = temp.resolve("a.md");
        Files.writeString(file, "một");
        ReadCache none = Incremental.oneOff().reads();
        none.put(none.lookup(file, "r"), new ReadCache.Entry("bài", List.of()));
        assertThat(none.lookup(file, "r").cached()).isNull();
    }
}
