package vn.quangngai.dvk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.serve.PreviewServer;
import vn.quangngai.dvk.testing.Chromium;
import vn.quangngai.dvk.testing.SiteInChromium;
import vn.quangngai.dvk.testing.TestSite;

/**
 * A district page listing a model that names a commune of the new province (the shipped stories
 * name none yet), in a real browser: at both widths it fits and axe finds nothing.
 */
@ExtendWith(Chromium.Required.class)
class DistrictCommunesInBrowserTest {

    static final String PAGE = "dia-ban/binh-son/";

    @TempDir
    static Path root;
    static Path site;
    static SiteInChromium browser;
    static PreviewServer server;
    static Chromium chromium;

    @BeforeAll
    static void buildServeAndOpenABrowser() throws IOException {
        Path source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/dong-son.md --
                %s
                """.formatted(TestSite.story("Chợ phiên Đông Sơn", "so-y-te", "communes: [xa-dong-son]")));
        site = root.resolve("site");
        new SiteBuild().run(source, site);
        browser = SiteInChromium.serve(site);
        server = browser.server();
        chromium = browser.chromium();
    }

    @AfterAll
    static void close() {
        SiteInChromium.close(browser);
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void theDistrictPageWithACommuneTaggedModelFitsAndAxeFindsNoViolation(int width) {
        chromium.open(server.url() + PAGE, width);
        assertThat(chromium.js("return document.querySelector('li.card[data-story=dong-son] .card-via').textContent"))
                .asString().startsWith("Qua Xã Đông Sơn");
        fitsAndAxeFindsNothing(width);
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void theModelPageLinkingItsCommunesDistrictsFitsAndAxeFindsNoViolation(int width) {
        chromium.open(server.url() + "mo-hinh/dong-son/", width);
        assertThat(chromium.js("return document.querySelectorAll('dl.facts a[data-district]').length")).isEqualTo(2L);
        fitsAndAxeFindsNothing(width);
    }

    private static void fitsAndAxeFindsNothing(int width) {
        assertThat(((Number) chromium.js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(width);
        List<String> violations = new ArrayList<>();
        for (JsonNode violation : chromium.axeViolations()) {
            for (JsonNode node : violation.path("nodes")) {
                violations.add(violation.path("id").asText() + ": " + violation.path("help").asText() + " at " + node.path("target"));
            }
        }
        assertThat(violations).as("axe-core at %d px", width).isEmpty();
    }
}
