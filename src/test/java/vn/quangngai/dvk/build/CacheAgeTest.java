package vn.quangngai.dvk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.image.CacheAge;
import vn.quangngai.dvk.image.ImagePipeline;
import vn.quangngai.dvk.image.SyntheticImages;
import vn.quangngai.dvk.share.CardFiles;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The caches beside the output keep what builds use: a one-off build marks what it takes from
 * them as used and removes what no build used for {@link CacheAge#KEPT} (a replaced photo, cards
 * of an edited title), and nothing else; the preview never removes anything.
 */
class CacheAgeTest {

    @TempDir
    Path root;

    private static final FileTime LONG_AGO = FileTime.from(Instant.now().minus(CacheAge.KEPT).minus(Duration.ofDays(10)));

    private Path source;
    private Path cache;

    /** One story with a photo, built once into root/site: the cache holds its photo and the site's cards. */
    private void builtOnce() throws IOException {
        source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te",
                "images: [{src: anh/cau.jpg, alt: Cây cầu}]") + "-- content/mo-hinh/b.md --\n" + TestSite.story("B", "so-tu-phap"));
        Files.createDirectories(source.resolve("assets/anh"));
        Files.write(source.resolve("assets/anh/cau.jpg"), SyntheticImages.phoneJpeg(SyntheticImages.quadrant(1200, 800), 1));
        new SiteBuild().run(source, root.resolve("site"));
        cache = ImagePipeline.cacheBeside(root.resolve("site"));
    }

    private List<Path> cards() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve(CardFiles.CACHE_FOLDER))) {
            return files.sorted().toList();
        }
    }

    private List<Path> photoEntries() throws IOException {
        try (Stream<Path> files = Files.walk(cache, 2)) {
            return files.filter(p -> p.getNameCount() == cache.getNameCount() + 2 && !p.startsWith(cache.resolve(CardFiles.CACHE_FOLDER)))
                    .sorted().toList();
        }
    }

    /** Everything in the cache made long ago, as a site untouched for months would find it. */
    private void ageEverything() throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    @Test
    void aOneOffBuildKeepsWhatItUsesAndRemovesWhatNoBuildUsedForAMonth() throws IOException {
        builtOnce();
        List<Path> used = cards();
        List<Path> photos = photoEntries();
        assertThat(used).isNotEmpty();
        assertThat(photos).hasSize(1);
        // a card of a title since edited, a photo since replaced, a temporary file left by a killed build
        Path oldCard = cache.resolve(CardFiles.CACHE_FOLDER).resolve("0123456789abcdef.png");
        Files.write(oldCard, Files.readAllBytes(used.get(0)));
        Path oldPhoto = cache.resolve("ab").resolve("ab" + "0".repeat(62));
        Files.createDirectories(oldPhoto);
        Files.writeString(oldPhoto.resolve("anh.properties"), "1200x800 480x320\n");
        Path leftover = cache.resolve(CardFiles.CACHE_FOLDER).resolve(".the-123456.tmp");
        Files.writeString(leftover, "half a card");
        // what the tool never wrote: left alone, however old
        Path note = cache.resolve(CardFiles.CACHE_FOLDER).resolve("ghi-chu.txt");
        Files.writeString(note, "của quản trị viên");
        Path otherFolder = cache.resolve("ab").resolve("khong-phai-anh");
        Files.createDirectories(otherFolder);
        ageEverything();

        new SiteBuild().run(source, root.resolve("site"));

        assertThat(oldCard).doesNotExist();
        assertThat(oldPhoto).doesNotExist();
        assertThat(leftover).doesNotExist();
        assertThat(note).exists();
        assertThat(otherFolder).exists();
        for (Path card : used) {
            assertThat(card).exists();
            assertThat(Files.getLastModifiedTime(card)).as(card + " marked as used").isGreaterThan(LONG_AGO);
        }
        assertThat(photos.get(0).resolve("anh.properties")).exists();
        assertThat(Files.getLastModifiedTime(photos.get(0).resolve("anh.properties"))).isGreaterThan(LONG_AGO);
    }

    /** A build into a new folder takes its cards from the cache itself: they are marked as used too. */
    @Test
    void aBuildIntoANewFolderMarksTheCardsItTakesFromTheCache() throws IOException {
        builtOnce();
        List<Path> used = cards();
        ageEverything();

        new SiteBuild().run(source, root.resolve("site-moi"));

        assertThat(cards()).isEqualTo(used);
        for (Path card : used) {
            assertThat(Files.getLastModifiedTime(card)).as(card + " marked as used").isGreaterThan(LONG_AGO);
        }
    }

    @Test
    void thePreviewRemovesNothing() throws IOException {
        builtOnce();
        Path oldCard = cache.resolve(CardFiles.CACHE_FOLDER).resolve("0123456789abcdef.png");
        Files.write(oldCard, Files.readAllBytes(cards().get(0)));
        ageEverything();

        SiteBuild.warm().run(source, root.resolve("preview"));

        assertThat(oldCard).exists();
        assertThat(photoEntries()).hasSize(1);
    }
}
