package vn.quangngai.dvk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.image.SyntheticImages;
import vn.quangngai.dvk.testing.Chromium;
import vn.quangngai.dvk.testing.SiteInChromium;
import vn.quangngai.dvk.testing.TestSite;

/**
 * Issue 19's budgets, measured in Chromium: a story with one 4032×3024 phone photo (4 MB or so)
 * transfers at most 250 KB in all on a 360 px phone with a pixel ratio of 2, and at most 400 KB at
 * 1280 px; the page is never wider than the screen; the browser picks a published variant, never
 * the original. Sizes are the bodies as sent (encodedBodySize: compressed where the server
 * compresses), summed over the page and everything it loaded after scrolling to its end.
 */
@ExtendWith(Chromium.Required.class)
class PhotoBudgetTest {

    @TempDir
    static Path root;
    static SiteInChromium browser;
    static long original;

    @BeforeAll
    static void buildAStoryWithAPhonePhoto() throws IOException {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/cau-moi.md --\n" + TestSite.story("Cây cầu mới", "so-y-te",
                "images:",
                "  - src: anh/IMG_20230815_0930.jpg",
                "    alt: \"Bà con đi trên cây cầu mới bắc qua kênh\"",
                "    caption: \"Cây cầu do bà con góp công xây\"",
                "    credit: \"Ảnh tự tạo cho kiểm thử\""));
        Files.createDirectories(source.resolve("assets/anh"));
        byte[] photo = SyntheticImages.phoneJpeg(SyntheticImages.photoLike(4032, 3024, 19), 1);
        original = photo.length;
        Files.write(source.resolve("assets/anh/IMG_20230815_0930.jpg"), photo);
        Path site = root.resolve("site");
        new SiteBuild().run(source, site);
        browser = SiteInChromium.serve(site);
    }

    @AfterAll
    static void close() {
        SiteInChromium.close(browser);
    }

    @ParameterizedTest(name = "{0} px at pixel ratio {1}: at most {2} KB")
    @CsvSource({"360, 2, 250", "1280, 1, 400"})
    void theStoryPageWithAPhonePhotoStaysWithinItsBudget(int width, int ratio, int budgetKb) {
        Chromium chromium = browser.chromium();
        chromium.driver().executeCdpCommand("Network.enable", Map.of());
        chromium.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", width < 768 ? 780 : 900, "deviceScaleFactor", ratio, "mobile", width < 768));
        chromium.driver().get(browser.url("mo-hinh/cau-moi/"));
        chromium.js("window.scrollTo(0, document.documentElement.scrollHeight)");
        long start = System.nanoTime();
        while (!Boolean.TRUE.equals(chromium.js("return [...document.images].every(i => i.complete && i.naturalWidth > 0)"))) {
            assertThat(System.nanoTime() - start).as("the photos load within 20 s").isLessThan(20_000_000_000L);
        }
        long bytes = ((Number) chromium.js("""
                const all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                return all.reduce((sum, e) => sum + Math.max(e.encodedBodySize || 0, e.transferSize || 0), 0);""")).longValue();
        @SuppressWarnings("unchecked")
        List<String> chosen = (List<String>) chromium.js("return [...document.querySelectorAll('article img')].map(i => i.currentSrc)");
        long pageWidth = ((Number) chromium.js("return document.documentElement.scrollWidth")).longValue();

        assertThat(chosen).as("the photo is shown").isNotEmpty()
                .allSatisfy(src -> assertThat(src).matches(".*/anh/[a-z0-9-]+-[0-9a-f]{8}-\\d+\\.jpg").doesNotContain("IMG_20230815_0930"));
        assertThat(pageWidth).as("no sideways scrolling").isLessThanOrEqualTo(width);
        assertThat(bytes).as("%d bytes in all at %d px, pixel ratio %d (the original photo: %d bytes; chosen %s)",
                bytes, width, ratio, original, chosen).isLessThanOrEqualTo(budgetKb * 1024L);
        assertThat(original).as("the test photo is phone-sized").isGreaterThan(1_000_000L);
    }
}
