package vn.quangngai.dvk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.serve.PreviewServer;
import vn.quangngai.dvk.testing.SiteInChromium;
import vn.quangngai.dvk.testing.TestSite;
import vn.quangngai.dvk.testing.Chromium;

/**
 * The shipped site in a real browser, as citizens meet it: on a 360 px phone and a 1280 px
 * desktop. Built once into a temporary folder, served by the preview server, read by one
 * headless Chromium session. Without the browser these tests are skipped, except in CI, where
 * they fail (see {@link Chromium.Required}).
 */
@ExtendWith(Chromium.Required.class)
class SiteInBrowserTest {

    /** One page of each type a reader meets. */
    record Page(String name, String path) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Page> PAGES = List.of(
            new Page("home", ""),
            new Page("story", "mo-hinh/ho-so-tau-ca-qua-dien-thoai/"),
            new Page("all models", "mo-hinh/"),
            new Page("agencies", "co-quan/"),
            new Page("agency", "co-quan/so-tu-phap/"),
            new Page("districts", "dia-ban/"),
            new Page("district", "dia-ban/mo-duc/"),
            new Page("district without models", "dia-ban/binh-son/"),
            new Page("fields", "linh-vuc/"),
            new Page("field", "linh-vuc/van-hoa-cong-so/"),
            new Page("campaign", "gioi-thieu/"),
            new Page("404", "khong-co-trang-nay/"),
            new Page("search", "tim-kiem/"),
            new Page("changes since 2025", "thay-doi-don-vi-hanh-chinh/"),
            new Page("dissolved agency", "co-quan/so-lao-dong-thuong-binh-xa-hoi/"),
            new Page("open data", "du-lieu/"),
            new Page("feeds", "tin-moi/")
    );

    static final List<Integer> WIDTHS = List.of(360, 1280);

    @TempDir
    static Path root;
    static SiteInChromium browser;
    static PreviewServer server;
    static Chromium chromium;

    @BeforeAll
    static void buildServeAndOpenABrowser() {
        Path site = root.resolve("site");
        new SiteBuild().run(TestSite.PROJECT, site);
        browser = SiteInChromium.serve(site);
        server = browser.server();
        chromium = browser.chromium();
    }

    @AfterAll
    static void close() {
        SiteInChromium.close(browser);
    }

    /**
     * For each page at each width: the checks below, in this order, on one load of the page (the
     * skip-link check moves focus, so it comes last).
     */
    @TestFactory
    Stream<DynamicContainer> eachPageAtEachWidth() {
        return PAGES.stream().flatMap(page -> WIDTHS.stream().map(width -> dynamicContainer(page + " at " + width + " px",
                Stream.of(
                        dynamicTest("is styled, fits the width, has one h1 and asks only the local server",
                                () -> fitsTheWidthHasOneH1AndAsksOnlyTheLocalServer(page, width)),
                        dynamicTest("axe-core finds no WCAG 2.2 AA violation",
                                () -> axeFindsNoViolation(page, width)),
                        dynamicTest("every link, focused from the keyboard, shows an outline and keeps 4.5:1 contrast",
                                () -> focusedLinksAreVisibleAndReadable(page, width)),
                        dynamicTest("the first Tab reaches a visible skip link that moves focus to main",
                                () -> skipLinkMovesFocusToMain(page, width))))));
    }

    /** --red in site.css, as computed style reports it. */
    private static final String SITE_RED = "rgb(164, 22, 26)";

    private static String headerColour() {
        return (String) chromium.js("return getComputedStyle(document.querySelector('.site-header')).backgroundColor");
    }

    private String openPage;

    /** Opens the page at that width unless it is already open so. */
    private void show(Page page, int width) {
        String key = page.path() + "@" + width;
        if (!key.equals(openPage)) {
            chromium.open(server.url() + page.path(), width);
            openPage = key;
        }
    }

    private void fitsTheWidthHasOneH1AndAsksOnlyTheLocalServer(Page page, int width) {
        show(page, width);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(headerColour()).as("the stylesheet applies").isEqualTo(SITE_RED);
        soft.assertThat(((Number) chromium.js("return document.documentElement.scrollWidth")).intValue())
                .as("page width, no sideways scrolling").isLessThanOrEqualTo(width);
        soft.assertThat(chromium.js("return document.querySelectorAll('h1').length")).as("h1 count").isEqualTo(1L);
        soft.assertThat(chromium.js("return document.querySelectorAll('main').length")).as("main count").isEqualTo(1L);
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) chromium.js("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => e.name)""");
        String local = URI.create(server.url()).getAuthority();
        soft.assertThat(requested).as("requests").isNotEmpty()
                .allSatisfy(url -> assertThat(URI.create(url).getAuthority()).as(url).isEqualTo(local));
        soft.assertAll();
    }

    private void axeFindsNoViolation(Page page, int width) {
        show(page, width);
        List<String> violations = new ArrayList<>();
        for (JsonNode violation : chromium.axeViolations()) {
            for (JsonNode node : violation.path("nodes")) {
                violations.add(violation.path("id").asText() + " (" + violation.path("impact").asText() + "): "
                        + violation.path("help").asText() + " at " + node.path("target") + "\n    "
                        + node.path("failureSummary").asText().replace("\n", "\n    "));
            }
        }
        assertThat(violations).as("axe-core on %s at %d px", page.path(), width).isEmpty();
    }

    /** axe checks pages at rest; this checks the focus style (WCAG 2.4.7, 1.4.3 in the focused state). */
    private void focusedLinksAreVisibleAndReadable(Page page, int width) {
        show(page, width);
        openPage = null;
        chromium.press(Keys.TAB);
        @SuppressWarnings("unchecked")
        List<String> unreadable = (List<String>) chromium.js("""
                const rgba = s => s.match(/[\\d.]+/g).map(Number);
                const luminance = ([r, g, b]) => [r, g, b].map(c => c / 255)
                    .map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))
                    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
                const background = el => {
                  for (; el; el = el.parentElement) {
                    const c = rgba(getComputedStyle(el).backgroundColor);
                    if (c.length < 4 || c[3] > 0) return c;
                  }
                  return [255, 255, 255];
                };
                const problems = [];
                // on a phone the menu links sit in a closed <details>: a keyboard user opens it first
                for (const menu of document.querySelectorAll('details')) menu.open = true;
                for (const a of document.querySelectorAll('a[href]')) {
                  a.focus();
                  const style = getComputedStyle(a);
                  const [l1, l2] = [luminance(rgba(style.color)), luminance(background(a))];
                  const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                  if (!a.matches(':focus-visible') || style.outlineStyle === 'none' || ratio < 4.5) {
                    problems.push(a.textContent.trim() + ': outline ' + style.outlineStyle + ', contrast ' + ratio.toFixed(2));
                  }
                }
                document.activeElement.blur();
                return problems;""");
        assertThat(unreadable).as("focused links on %s at %d px", page.path(), width).isEmpty();
    }

    private void skipLinkMovesFocusToMain(Page page, int width) {
        show(page, width);
        openPage = null;
        chromium.press(Keys.TAB);
        assertThat(chromium.focused().getAttribute("class")).isEqualTo("skip");
        assertThat(chromium.focused().isDisplayed()).isTrue();
        assertThat(((Number) chromium.js("return document.activeElement.getBoundingClientRect().left")).doubleValue())
                .as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
        chromium.press(Keys.ENTER);
        assertThat(chromium.focused().getTagName()).isEqualTo("main");
        assertThat(chromium.focused().getAttribute("id")).isEqualTo("noi-dung");
    }

    @Test
    void axeReportsWhatItShouldSoItsSilenceMeansSomething() {
        chromium.open(server.url() + "khong-co-trang-nay/", 360);
        chromium.js("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"x.png\"><a href=\"#\"></a>')");
        openPage = null;
        assertThat(chromium.axeViolations()).extracting(v -> v.path("id").asText()).contains("image-alt", "link-name");
    }

    @Test
    void everyPageIsReadableWithJavaScriptOff() {
        chromium.javaScript(false);
        try {
            chromium.open("data:text/html,<title>off</title><script>document.title='on'</script>", 360);
            assertThat(chromium.title()).as("scripts are really off").isEqualTo("off");
            openPage = null;
            for (Page page : PAGES) {
                chromium.open(server.url() + page.path(), 360);
                var h1 = chromium.js("return document.querySelector('h1')");
                assertThat(h1).as(page.path()).isNotNull();
                assertThat(((WebElement) h1).isDisplayed()).isTrue();
                assertThat(((WebElement) h1).getText()).isNotBlank();
                assertThat(((Number) chromium.js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
                assertThat((String) chromium.js("return document.querySelector('main').innerText")).hasSizeGreaterThan(40);
                assertThat(headerColour()).as("the stylesheet applies").isEqualTo(SITE_RED);
            }
        } finally {
            chromium.javaScript(true);
        }
    }
}
