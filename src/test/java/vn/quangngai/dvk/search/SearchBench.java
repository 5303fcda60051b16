package vn.quangngai.dvk.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.quangngai.dvk.bench.StoryGenerator;
import vn.quangngai.dvk.build.BuildResult;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.markdown.Markdown;
import vn.quangngai.dvk.pages.SearchPages;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.serve.PreviewServer;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;
import vn.quangngai.dvk.testing.Chromium;
import vn.quangngai.dvk.testing.TestSite;

/**
 * What a search transfers at scale: writes N synthetic stories ({@link StoryGenerator}, default
 * 10,000), builds the site, then runs typical queries in chromium against the preview server and
 * adds up the index files the page fetched (Resource Timing), raw and gzipped (the .gz twins a
 * web server with gzip_static sends); the page itself (HTML, stylesheet, script) is the same for
 * every query and not counted. Also tries other layouts on the same stories. Not part of
 * the test suite (it takes minutes); run it by hand:
 *
 * <pre>
 * ./mvnw -q -Pbench package -DskipTests
 * java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" vn.quangngai.dvk.search.SearchBench 10000
 * </pre>
 *
 * With {@code shipped} instead of a number it measures the site of this repository; with
 * {@code default} after the number, only the default layout.
 */
public final class SearchBench {

    static final List<String> QUERIES = List.of(
            "?q=duc+pho",
            "?q=ho+so",
            "?q=ho+so+tau+ca",
            "?q=duc+pho&co-quan=ubnd-thi-xa-duc-pho",
            "?dia-ban=duc-pho",
            "?q=thanh+pho+quang+ngai",
            "?q=mo+hinh+dan+van+kheo",
            "?q=S%C6%A1n+T%E1%BB%8Bnh",
            "?q=khieu+nia");

    static final List<SearchFiles.Layout> OTHER_LAYOUTS = List.of(
            new SearchFiles.Layout(2, Integer.MAX_VALUE, 8),
            new SearchFiles.Layout(2, 8 * 1024, 8),
            new SearchFiles.Layout(2, 32 * 1024, 8),
            new SearchFiles.Layout(2, 16 * 1024, 1),
            new SearchFiles.Layout(2, 16 * 1024, 4),
            new SearchFiles.Layout(2, 16 * 1024, 20));

    public static void main(String[] args) throws IOException {
        boolean shipped = args.length > 0 && args[0].equals("shipped");
        Path work = TestSite.PROJECT.resolve("target/search-bench").toAbsolutePath();
        deleteTree(work);
        Path source = TestSite.PROJECT;
        if (!shipped) {
            source = TestSite.write(work.resolve("src"), "");
            TestSite.put(source, "content/gioi-thieu.md", TestSite.read(TestSite.PROJECT.resolve("content/gioi-thieu.md")));
            Registry registry = new RegistryReader(TestSite.PROJECT, new Problems()).read();
            StoryGenerator.of(registry, List.of(), 42).write(source, args.length > 0 ? Integer.parseInt(args[0]) : 10_000);
        }
        Path site = work.resolve("site");
        BuildResult result = new SiteBuild().run(source, site);
        System.out.printf(Locale.ROOT, "%d stories built in %.1f s (%d HTML pages)%n", result.stories(), result.seconds(), result.htmlPages());

        Site read = new SiteReader(source).read();
        long start = System.nanoTime();
        SearchIndex index = SearchIndex.of(SearchPages.entries(read, new Markdown()));
        SearchFiles.write(index, SearchFiles.Layout.DEFAULT);
        System.out.printf(Locale.ROOT, "index: %d words, built and written in memory in %.1f s%n", index.words().size(), (System.nanoTime() - start) / 1e9);

        if (!Chromium.missing().isEmpty()) {
            throw new IllegalStateException(Chromium.missingMessage());
        }
        try (PreviewServer server = PreviewServer.start(site, 0); Chromium chromium = Chromium.start()) {
            WebDriver browser = chromium.driver();
            report(site, "default " + SearchFiles.Layout.DEFAULT, browser, server);
            boolean defaultOnly = shipped || args.length > 1 && args[1].equals("default");
            for (SearchFiles.Layout layout : defaultOnly ? List.<SearchFiles.Layout>of() : OTHER_LAYOUTS) {
                rewrite(site.resolve(Site.SEARCH), SearchFiles.write(index, layout));
                report(site, layout.toString(), browser, server);
            }
        }
        // the preview server's request threads would keep the JVM alive
        System.exit(0);
    }

    private static void report(Path site, String layout, WebDriver browser, PreviewServer server) throws IOException {
        Path search = site.resolve(Site.SEARCH);
        long[] index = sizes(search);
        System.out.printf(Locale.ROOT, "%n%s%nindex: %d files, %,d bytes raw, %,d gzipped%n", layout, index[0], index[1], index[2]);
        System.out.printf(Locale.ROOT, "%-42s %8s %9s %12s %12s%n", "query", "results", "requests", "raw bytes", "gzip bytes");
        for (String query : QUERIES) {
            browser.get(server.url() + "tim-kiem/" + query);
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> b.findElement(By.id("ket-qua-dem")).isDisplayed()
                    && !b.findElement(By.id("trang-thai")).getText().startsWith("Đang tìm"));
            String status = browser.findElement(By.id("ket-qua-dem")).getText();
            @SuppressWarnings("unchecked")
            List<String> urls = (List<String>) ((JavascriptExecutor) browser)
                    .executeScript("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            long raw = 0;
            long gzip = 0;
            int requests = 0;
            for (String url : urls) {
                String path = URI.create(url).getPath().substring(1);
                if (path.startsWith(Site.SEARCH + "/") && path.endsWith(".json")) {
                    requests++;
                    raw += Files.size(site.resolve(path));
                    gzip += Files.size(site.resolve(path + ".gz"));
                }
            }
            System.out.printf(Locale.ROOT, "%-42s %8s %9d %,12d %,12d%n", query, status.replaceAll("\\D", ""), requests, raw, gzip);
        }
    }

    /** Files, raw bytes and gzipped bytes of the index's JSON files. */
    private static long[] sizes(Path folder) throws IOException {
        long[] sizes = new long[3];
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".json")).toList()) {
                sizes[0]++;
                sizes[1] += Files.size(file);
                sizes[2] += Files.size(file.resolveSibling(file.getFileName() + ".gz"));
            }
        }
        return sizes;
    }

    private static void rewrite(Path search, Map<String, byte[]> files) throws IOException {
        for (String folder : List.of("tu", "loc", "ket-qua")) {
            deleteTree(search.resolve(folder));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = search.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
            Files.write(target.resolveSibling(target.getFileName() + ".gz"), gzip(file.getValue()));
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private SearchBench() {
    }
}
