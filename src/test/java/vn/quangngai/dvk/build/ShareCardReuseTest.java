package vn.quangngai.dvk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.image.ImagePipeline;
import vn.quangngai.dvk.share.CardFiles;
import vn.quangngai.dvk.share.ShareCard;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/**
 * A share card the published site or the card cache beside it already has is taken from there, not
 * drawn again; anything else in its place is redrawn.
 */
class ShareCardReuseTest {

    @TempDir
    Path root;

    private static byte[] tinyPng() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String card(Path site, String page) {
        String image = Pages.page(site, page).selectFirst("meta[property=og:image]").attr("content");
        return image.substring(image.indexOf("anh-chia-se/"));
    }

    /** A site of two stories built once into {@code site}: its two cards' paths, and the second card as drawn. */
    private record Built(Path source, Path out, String cardA, String cardB, byte[] drawnB) {
    }

    private Built twoStoriesBuilt() throws IOException {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te")
                + "-- content/mo-hinh/b.md --\n" + TestSite.story("B", "so-tu-phap"));
        Path out = root.resolve("site");
        new SiteBuild().run(source, out);
        String cardB = card(out, "mo-hinh/b/");
        return new Built(source, out, card(out, "mo-hinh/a/"), cardB, Files.readAllBytes(out.resolve(cardB)));
    }

    @Test
    void aRebuildTakesThePublishedCardAndRedrawsOneThatIsNotAPng() throws IOException {
        Built built = twoStoriesBuilt();
        Path source = built.source();
        Path out = built.out();
        String cardA = built.cardA();
        String cardB = built.cardB();
        byte[] drawnB = built.drawnB();
        assertThat(cardA).isNotEqualTo(cardB);

        // a marker only reuse can explain, and a file that is not a PNG
        byte[] marker = tinyPng();
        Files.write(out.resolve(cardA), marker);
        Files.writeString(out.resolve(cardB), "không phải ảnh");
        new SiteBuild().run(source, out);

        assertThat(Files.readAllBytes(out.resolve(cardA))).as("taken from the published site").isEqualTo(marker);
        assertThat(Files.readAllBytes(out.resolve(cardB))).as("redrawn").isEqualTo(drawnB);

        // a build into a new folder takes the cards drawn before from the cache (not the marker, never drawn)
        Path fresh = root.resolve("fresh");
        new SiteBuild().run(source, fresh);
        assertThat(Files.readAllBytes(fresh.resolve(cardB))).isEqualTo(drawnB);
        BufferedImage freshA = ImageIO.read(fresh.resolve(cardA).toFile());
        assertThat(freshA.getWidth()).as("drawn, not the marker").isEqualTo(1200);
        assertThat(freshA.getHeight()).isEqualTo(630);
    }

    @Test
    void aBuildIntoANewFolderTakesTheCachedCardAndRedrawsADamagedOne() throws IOException {
        Built built = twoStoriesBuilt();
        Path source = built.source();
        Path first = built.out();
        String cardA = built.cardA();
        String cardB = built.cardB();
        byte[] drawnB = built.drawnB();
        Path cache = ImagePipeline.cacheBeside(first).resolve(CardFiles.CACHE_FOLDER);
        Path cachedA = cache.resolve(cardA.substring(ShareCard.FOLDER.length()));
        Path cachedB = cache.resolve(cardB.substring(ShareCard.FOLDER.length()));
        assertThat(cachedB).as("kept in the cache beside the output").hasBinaryContent(drawnB);

        // a marker only the cache can explain, and a cache entry cut short
        byte[] marker = tinyPng();
        Files.write(cachedA, marker);
        Files.write(cachedB, java.util.Arrays.copyOf(drawnB, 5));
        Path fresh = root.resolve("fresh");
        new SiteBuild().run(source, fresh);

        assertThat(Files.readAllBytes(fresh.resolve(cardA))).as("taken from the cache").isEqualTo(marker);
        assertThat(Files.readAllBytes(fresh.resolve(cardB))).as("redrawn").isEqualTo(drawnB);
        assertThat(cachedB).as("the damaged entry replaced").hasBinaryContent(drawnB);
        try (var left = Files.list(cache)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left").allMatch(n -> n.endsWith(".png"));
        }
    }
}
