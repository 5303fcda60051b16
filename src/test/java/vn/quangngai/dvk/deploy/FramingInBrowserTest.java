package vn.quangngai.dvk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.serve.PreviewServer;
import vn.quangngai.dvk.testing.Chromium;
import vn.quangngai.dvk.testing.TestSite;

/**
 * What a browser does with the frame-ancestors nginx sends: another site (another origin) frames a
 * fragment and an ordinary page. With the shipped deploy/nginx.conf no other site may frame
 * either; after the change docs/deploy.md §8a describes, the named site may frame the fragments,
 * and still no ordinary page.
 */
@ExtendWith(Chromium.Required.class)
class FramingInBrowserTest {

    @TempDir
    static Path root;
    static Path site;
    static int port;
    static PreviewServer otherSite;
    static Chromium chromium;
    Nginx nginx;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        Nginx.require();
        chromium = Chromium.start();
        port = Nginx.freePort();
        site = root.resolve("site");
        new SiteBuild().run(TestSite.PROJECT, site, s -> s.withBaseUrl("http://127.0.0.1:" + port + "/"));
        String ours = "http://127.0.0.1:" + port + "/";
        TestSite.put(root.resolve("other"), "fragment.html", host(ours + "nhung/co-quan/so-tu-phap/"));
        TestSite.put(root.resolve("other"), "page.html", host(ours + "co-quan/so-tu-phap/"));
        otherSite = PreviewServer.start(root.resolve("other"), 0);
    }

    static String host(String src) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trang khác</title></head><body>"
                + "<iframe src=\"" + src + "\" title=\"Khung thử\" width=\"400\" height=\"300\"></iframe></body></html>";
    }

    /** Both tests serve the same addresses with different headers: a cached response would carry the other test's. */
    @BeforeEach
    void forgetCachedResponses() {
        chromium.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    @AfterEach
    void stopNginx() {
        if (nginx != null) {
            nginx.close();
        }
    }

    @AfterAll
    static void close() {
        if (otherSite != null) {
            otherSite.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The address the frame shows once it has loaded: the page's, or Chromium's error page when the frame was refused. */
    String framed(String hostPage) {
        chromium.open(otherSite.url() + hostPage, 1280);
        WebElement frame = chromium.driver().findElement(By.tagName("iframe"));
        chromium.driver().switchTo().frame(frame);
        try {
            return new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(driver -> {
                String href = (String) chromium.js("return document.readyState === 'complete' ? location.href : null");
                return href == null || href.equals("about:blank") ? null : href;
            });
        } finally {
            chromium.driver().switchTo().defaultContent();
        }
    }

    @Test
    void withTheShippedConfigurationNoOtherSiteMayFrameAnything() {
        nginx = Nginx.start(root.resolve("nginx-shipped"), site, "/", port);
        assertThat(framed("fragment.html")).startsWith("chrome-error:");
        assertThat(framed("page.html")).startsWith("chrome-error:");
    }

    @Test
    void aSiteNamedInTheFragmentsBlockMayFrameTheFragmentsAndNothingElse() {
        String other = otherSite.url().substring(0, otherSite.url().length() - 1);
        nginx = Nginx.start(root.resolve("nginx-allowing"), site, "/", port,
                config -> config.replace("frame-ancestors 'self';", "frame-ancestors 'self' " + other + ";"));
        assertThat(framed("fragment.html")).isEqualTo("http://127.0.0.1:" + port + "/nhung/co-quan/so-tu-phap/");
        assertThat(framed("page.html")).startsWith("chrome-error:");
    }
}
