package vn.quangngai.dvk.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.quangngai.dvk.serve.PreviewServer;
import vn.quangngai.dvk.testing.Chromium;

/**
 * Full-page PNGs of the pages {@link SiteInBrowserTest} checks, at each of its widths, so that a
 * person can look at them: {@code scripts/screenshots.sh} builds the site and runs this.
 * Arguments: the built site folder and the folder to write PNGs into.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args.length > 0 ? args[0] : "target/site");
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/screenshots"));
        try (PreviewServer server = PreviewServer.start(site, 0); Chromium chromium = Chromium.start()) {
            for (SiteInBrowserTest.Page page : SiteInBrowserTest.PAGES) {
                String name = page.name().replace(' ', '-');
                for (int width : SiteInBrowserTest.WIDTHS) {
                    chromium.open(server.url() + page.path(), width);
                    Path png = out.resolve(name + "-" + width + ".png");
                    Files.write(png, chromium.screenshot(width));
                    System.out.println(png);
                }
            }
            // a fragment as another site shows it, in an iframe (FragmentInBrowserTest's host pages)
            Path host = FragmentInBrowserTest.writeHostPages(Files.createTempDirectory("dvk-host-"), server.url() + "nhung/co-quan/so-tu-phap/");
            try (PreviewServer otherSite = PreviewServer.start(host, 0)) {
                for (int width : SiteInBrowserTest.WIDTHS) {
                    chromium.open(otherSite.url() + width + ".html", width);
                    Path png = out.resolve("fragment-in-iframe-" + width + ".png");
                    Files.write(png, chromium.screenshot(width));
                    System.out.println(png);
                }
            }
        }
    }
}
