package vn.quangngai.dvk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.check.HtmlChecker;
import vn.quangngai.dvk.serve.PreviewServer;
import vn.quangngai.dvk.testing.Chromium;
import vn.quangngai.dvk.testing.SiteInChromium;
import vn.quangngai.dvk.testing.TestSite;

/** The preview's pages of a draft and of a scheduled story, with their banners, in a real browser. */
@ExtendWith(Chromium.Required.class)
class HeldStoryInBrowserTest {

    @TempDir
    static Path root;
    static Path site;
    static SiteInChromium browser;
    static PreviewServer server;
    static Chromium chromium;

    @BeforeAll
    static void buildThePreviewServeAndOpenABrowser() throws IOException {
        Path source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/da-dang.md --
                %s
                -- content/mo-hinh/ban-nhap.md --
                %s
                -- content/mo-hinh/len-lich.md --
                %s
                """.formatted(TestSite.story("Đã đăng", "so-y-te"),
                TestSite.story("Tiếp dân bằng điện thoại", "so-y-te", "draft: true"),
                TestSite.story("Một cửa tại nhà", "ubnd-huyen-ly-son").replace("date: 2026-11-25", "date: 2026-12-10")));
        site = root.resolve("site");
        SiteBuild.preview(Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC)).run(source, site);
        browser = SiteInChromium.serve(site);
        server = browser.server();
        chromium = browser.chromium();
    }

    @AfterAll
    static void close() {
        SiteInChromium.close(browser);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"ban-nhap, 360, Bản nháp", "ban-nhap, 1280, Bản nháp", "len-lich, 360, Lên lịch", "len-lich, 1280, Lên lịch"})
    void theBannerIsShownAndAxeFindsNoViolation(String slug, int width, String label) throws IOException {
        chromium.open(server.url() + "mo-hinh/" + slug + "/", width);
        assertThat((String) chromium.js("const n = document.querySelector('article [role=note]');"
                + " return n && n.getBoundingClientRect().height > 0 ? n.innerText : null;")).startsWith(label + ":");
        List<String> violations = new ArrayList<>();
        for (JsonNode violation : chromium.axeViolations()) {
            violations.add(violation.path("id").asText() + ": " + violation.path("help").asText() + " at " + violation.path("nodes"));
        }
        assertThat(violations).isEmpty();
        Path shots = Path.of("/work/research/shots/s2-edcore");
        if (Files.isDirectory(shots.getParent())) {
            Files.createDirectories(shots);
            Files.write(shots.resolve(slug + "-" + width + ".png"), chromium.screenshot(width));
        }
    }

    @org.junit.jupiter.api.Test
    void thePagesAreValidHtml() {
        assertThat(HtmlChecker.errors(site)).isEmpty();
    }
}
