package vn.quangngai.dvk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.serve.PreviewServer;
import vn.quangngai.dvk.testing.Chromium;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The embeddable fragments of the shipped site in a real browser: on their own (axe, width,
 * stylesheet) and inside an iframe of another page, as the department's news site would show
 * them, at 360 and 1280 px.
 */
@ExtendWith(Chromium.Required.class)
class FragmentInBrowserTest {

    static final List<String> FRAGMENTS = List.of("nhung/", "nhung/co-quan/so-tu-phap/", "nhung/dia-ban/binh-son/");

    @TempDir
    static Path root;
    static PreviewServer server;
    /** Another origin (another port), serving the host pages. */
    static PreviewServer otherSite;
    static Chromium chromium;

    @BeforeAll
    static void buildServeAndOpenABrowser() throws IOException {
        chromium = Chromium.start();
        Path site = root.resolve("site");
        new SiteBuild().run(TestSite.PROJECT, site);
        server = PreviewServer.start(site, 0);
        otherSite = PreviewServer.start(writeHostPages(root.resolve("other-site"), server.url() + "nhung/"), 0);
    }

    /** The host page at each width ({@code 360.html}, {@code 1280.html}) in {@code folder}. */
    static Path writeHostPages(Path folder, String fragmentUrl) {
        for (int width : List.of(360, 1280)) {
            TestSite.put(folder, width + ".html", hostPage(fragmentUrl, width));
        }
        return folder;
    }

    @AfterAll
    static void close() {
        if (server != null) {
            server.close();
        }
        if (otherSite != null) {
            otherSite.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    /**
     * Another site's page (served from another origin: Chromium refuses a loopback frame in a
     * data: page) with the documented snippet: at 1280 px the
     * frame sits in a 340 px side column, as on a news site; on a phone it takes the whole width.
     */
    static String hostPage(String fragmentUrl, int width) {
        String column = width < 768 ? "" : "display:grid;grid-template-columns:1fr 340px;gap:24px;";
        String html = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trang tin thử</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                + "<body style=\"margin:16px;font-family:sans-serif\"><h1>Trang tin thử của Sở</h1><div style=\"" + column + "\">"
                + "<p>Tin tức khác của trang chủ…</p><aside><iframe src=\"" + fragmentUrl + "\" title=\"Mô hình Dân vận khéo mới\""
                + " width=\"100%\" height=\"420\" loading=\"lazy\" style=\"border:1px solid #ccc\"></iframe></aside></div></body></html>";
        return html;
    }

    @Test
    void eachFragmentHasNoAxeViolationFitsTheWidthAndUsesItsStylesheet() {
        List<String> problems = new ArrayList<>();
        for (String fragment : FRAGMENTS) {
            for (int width : List.of(360, 1280)) {
                chromium.open(server.url() + fragment, width);
                String at = fragment + " at " + width + " px: ";
                for (JsonNode violation : chromium.axeViolations()) {
                    problems.add(at + violation.path("id").asText() + " " + violation.path("nodes").path(0).path("target"));
                }
                if (((Number) chromium.js("return document.documentElement.scrollWidth")).intValue() > width) {
                    problems.add(at + "scrolls sideways");
                }
                Object border = chromium.js("return getComputedStyle(document.querySelector('main.nhung')).borderTopColor");
                if (!"rgb(164, 22, 26)".equals(border)) {
                    problems.add(at + "stylesheet not applied (border " + border + ")");
                }
                @SuppressWarnings("unchecked")
                List<String> unfocusable = (List<String>) chromium.js("""
                        const problems = [];
                        for (const a of document.querySelectorAll('a[href]')) {
                          a.focus();
                          if (document.activeElement !== a || getComputedStyle(a).outlineStyle === 'none') problems.push(a.textContent);
                        }
                        return problems;""");
                unfocusable.forEach(text -> problems.add(at + "focused link without outline: " + text));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void inAnotherSitesIframeTheFragmentFitsAndItsLinksOpenTheStoryInTheWholeWindow() {
        for (int width : List.of(360, 1280)) {
            chromium.open(otherSite.url() + width + ".html", width);
            WebElement frame = chromium.driver().findElement(By.tagName("iframe"));
            long frameWidth = (Long) chromium.js("return arguments[0].clientWidth", frame);
            assertThat(frameWidth).as("frame width at %d px", width).isBetween(200L, (long) width);
            chromium.driver().switchTo().frame(frame);
            new WebDriverWait(chromium.driver(), java.time.Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.nhung li")));
            assertThat(chromium.js("return document.querySelector('h1').textContent")).isEqualTo("Mô hình “Dân vận khéo” mới");
            assertThat(chromium.driver().findElements(By.cssSelector("li a"))).hasSize(5);
            assertThat(((Number) chromium.js("return document.documentElement.scrollWidth")).longValue())
                    .as("no sideways scrolling inside the frame at %d px", width).isLessThanOrEqualTo(frameWidth);
            if (width == 1280) {
                String story = chromium.driver().findElement(By.cssSelector("li a")).getAttribute("href");
                chromium.driver().findElement(By.cssSelector("li a")).click();
                chromium.driver().switchTo().defaultContent();
                new WebDriverWait(chromium.driver(), java.time.Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(story));
                assertThat(URI.create(chromium.driver().getCurrentUrl()).getPath()).startsWith("/mo-hinh/");
                assertThat(chromium.driver().findElements(By.tagName("iframe"))).as("the story replaced the host page").isEmpty();
            }
            chromium.driver().switchTo().defaultContent();
        }
    }
}
