package vn.quangngai.dvk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The shipped site, built for {@code http://127.0.0.1:<port><prefix>}, served by Debian's nginx with
 * the shipped deploy/nginx.conf, and crawled over HTTP from the home page (plus robots.txt and the
 * sitemap) the way a reader's browser and a search engine would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NginxServedSite {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    /** The fragments' policy: the same, except that this site may frame them (the shipped site.embed.origins is empty). */
    static final String EMBED_CSP = CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
    static final Pattern FINGERPRINTED = Pattern.compile(".*\\.[0-9a-f]{10}\\.(css|js)$");
    static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");
    static final Set<String> TEXT = Set.of("html", "css", "js", "xml", "txt", "json", "csv", "svg");
    static final Set<String> IMAGE = Set.of("png", "jpg", "jpeg", "webp", "gif", "avif", "ico");
    static final int MAX_REQUESTS = 5_000;

    /** A response as the crawler saw it; {@code from} is the first page that linked to it. */
    record Response(String url, String from, int status, HttpHeaders headers, byte[] body) {
        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Path root;
    Path site;
    String base;
    Nginx nginx;
    Map<String, Response> crawled;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** The path the site is served under: "/dan-van-kheo/" or "/". */
    abstract String sitePrefix();

    @BeforeAll
    void buildServeAndCrawl(@TempDir Path root) {
        Nginx.require();
        this.root = root;
        int port = Nginx.freePort();
        base = "http://127.0.0.1:" + port + sitePrefix();
        site = root.resolve("site");
        new SiteBuild().run(TestSite.PROJECT, site, settings -> settings.withBaseUrl(base));
        nginx = Nginx.start(root.resolve("nginx"), site, sitePrefix(), port);
        crawled = crawl();
    }

    @AfterAll
    void stop() {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void nginxAcceptsTheConfiguration() {
        Nginx.Result result = Nginx.test(root.resolve("nginx-t"), site, sitePrefix(), nginx.port());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("test is successful").doesNotContain("[warn]", "[emerg]", "[alert]");
    }

    @Test
    void everyLinkFromTheHomePageAndTheSitemapResolves() {
        List<String> broken = crawled.values().stream().filter(r -> r.status() != 200)
                .map(r -> r.url() + " → " + r.status() + " (linked from " + r.from() + ")").toList();
        assertThat(broken).isEmpty();
        long pages = Pages.files(site).stream().filter(f -> f.endsWith(".html") && !f.equals("404.html")).count();
        // a link may carry a query (search examples such as tim-kiem/?q=duc+pho): a page is its path
        assertThat(crawled.values().stream().filter(r -> kind(r).equals("html")).map(r -> URI.create(r.url()).getPath()).distinct().count())
                .as("every HTML page but 404.html is reachable").isEqualTo(pages);
    }

    @Test
    void everyFileIsServedWithItsTypeAndUtf8() {
        Set<String> kinds = new TreeSet<>();
        for (Response r : crawled.values()) {
            String kind = kind(r);
            kinds.add(kind);
            assertThat(r.header("Content-Type")).as(r.url()).isEqualTo(expectedType(r.url(), kind));
        }
        assertThat(kinds).contains("html", "css", "xml", "txt");
        for (String data : List.of("json", "csv")) {
            if (Pages.files(site).stream().anyMatch(f -> f.endsWith("." + data))) {
                assertThat(kinds).contains(data);
            }
        }
    }

    static String expectedType(String url, String kind) {
        return switch (kind) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "application/javascript; charset=utf-8";
            case "xml" -> url.endsWith("/feed.xml") ? "application/atom+xml; charset=utf-8" : "text/xml; charset=utf-8";
            case "txt" -> "text/plain; charset=utf-8";
            case "json" -> "application/json; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            case "svg" -> "image/svg+xml; charset=utf-8";
            case "webmanifest" -> "application/manifest+json; charset=utf-8";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "webp" -> "image/webp";
            case "ico" -> "image/x-icon";
            default -> "";
        };
    }

    @Test
    void aClientThatAcceptsGzipGetsThePrecompressedTwin() throws IOException {
        int checked = 0;
        for (Response plain : crawled.values()) {
            if (!TEXT.contains(kind(plain))) {
                continue;
            }
            assertThat(plain.header("Content-Encoding")).as(plain.url()).isEmpty();
            Response gzip = get(plain.url(), plain.from(), "gzip, deflate, br");
            assertThat(gzip.status()).isEqualTo(200);
            assertThat(gzip.header("Content-Encoding")).as(gzip.url()).isEqualTo("gzip");
            assertThat(gzip.header("Vary")).as(gzip.url()).isEqualTo("Accept-Encoding");
            assertThat(gzip.body()).as(gzip.url()).isEqualTo(Files.readAllBytes(twin(gzip.url())));
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
                assertThat(in.readAllBytes()).as(gzip.url()).isEqualTo(plain.body());
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(80);
    }

    private Path twin(String url) {
        String path = URI.create(url).getPath().substring(URI.create(base).getPath().length());
        return site.resolve((path.isEmpty() || path.endsWith("/") ? path + "index.html" : path) + ".gz");
    }

    @Test
    void fingerprintedAssetsAreCachedForAYearAndEverythingElseBriefly() {
        Response home = crawled.get(base);
        String stylesheet = Jsoup.parse(home.text(), base).selectFirst("link[rel=stylesheet]").absUrl("href");
        assertThat(stylesheet).matches(FINGERPRINTED);
        assertThat(crawled.get(stylesheet).header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(maxAge(home)).isBetween(1L, 3600L);
        for (Response r : crawled.values()) {
            if (FINGERPRINTED.matcher(r.url()).matches()) {
                assertThat(r.header("Cache-Control")).as(r.url()).contains("immutable");
                assertThat(maxAge(r)).as(r.url()).isGreaterThanOrEqualTo(31_536_000L);
            } else if (IMAGE.contains(kind(r)) || kind(r).equals("svg")) {
                // photos, cards and icons have no fingerprint: a day, as deploy/nginx.conf says
                assertThat(r.header("Cache-Control")).as(r.url()).isEqualTo("public, max-age=86400");
            } else {
                assertThat(r.header("Cache-Control")).as(r.url()).doesNotContain("immutable");
                assertThat(maxAge(r)).as(r.url()).isBetween(1L, 3600L);
            }
        }
    }

    private static long maxAge(Response r) {
        Matcher m = MAX_AGE.matcher(r.header("Cache-Control"));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    @Test
    void aMissingPageGetsTheSites404PageWithStatus404AndWorkingLinks() {
        Response missing = get(base + "mo-hinh/khong-co-mo-hinh-nay/", "test", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        Document page = Jsoup.parse(missing.text(), missing.url());
        assertThat(page.select("h1").text()).isEqualTo("Không tìm thấy trang");
        assertThat(missing.header("Cache-Control")).doesNotContain("immutable");
        List<String> links = new ArrayList<>();
        for (Element el : page.select("a[href]:not([href^=#]), link[href], script[src], img[src]")) {
            String url = withoutFragment(el.absUrl(el.hasAttr("href") ? "href" : "src"));
            if (url.startsWith(base)) {
                links.add(url);
            }
        }
        assertThat(links).hasSizeGreaterThan(5);
        assertThat(links).allSatisfy(url -> assertThat(get(url, missing.url(), null).status()).as(url).isEqualTo(200));

        Response missingAsset = get(base + "css/site.0123456789.css", "test", null);
        assertThat(missingAsset.status()).isEqualTo(404);
        assertThat(missingAsset.header("Cache-Control")).as("a 404 is never cached for a year").doesNotContain("immutable");
        assertThat(get(base + "css/", "test", null).status()).as("a folder without a page").isEqualTo(404);
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedWithinTheSite() {
        Response folder = get(base + "mo-hinh", "test", null);
        assertThat(folder.status()).isEqualTo(301);
        assertThat(folder.header("Location")).isEqualTo(sitePrefix() + "mo-hinh/");
        if (!sitePrefix().equals("/")) {
            Response top = get(base.substring(0, base.length() - 1), "test", null);
            assertThat(top.status()).isEqualTo(301);
            assertThat(top.header("Location")).isEqualTo(sitePrefix());
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        List<Response> responses = new ArrayList<>(crawled.values());
        responses.add(get(base + "khong-co-trang-nay.html", "test", null));
        for (Response r : responses) {
            assertThat(r.header("Content-Security-Policy")).as(r.url()).isEqualTo(isFragment(r) ? EMBED_CSP : CSP);
            assertThat(r.header("X-Content-Type-Options")).as(r.url()).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).as(r.url()).isEqualTo("strict-origin-when-cross-origin");
            assertThat(r.header("Permissions-Policy")).as(r.url()).contains("camera=()", "geolocation=()", "microphone=()");
            assertThat(r.headers().firstValue("Strict-Transport-Security")).as("HSTS only over HTTPS").isEmpty();
            assertThat(r.header("Server")).as("no version number").isEqualTo("nginx");
        }
    }

    private boolean isFragment(Response r) {
        return r.url().startsWith(base + "nhung/");
    }

    /**
     * frame-ancestors works only as a header: the fragments may be framed by the origins the shipped
     * jbake.properties names (none: this site only), every other page by no one.
     */
    @Test
    void onlyTheFragmentsMayBeFramedAndOnlyByTheConfiguredOrigins() {
        List<Response> fragments = crawled.values().stream().filter(this::isFragment).toList();
        assertThat(fragments).extracting(Response::url).contains(base + "nhung/", base + "nhung/co-quan/so-y-te/",
                base + "nhung/dia-ban/mo-duc/", base + "nhung/linh-vuc/van-hoa-cong-so/");
        String allowed = vn.quangngai.dvk.site.Settings.read(TestSite.PROJECT).embed().frameAncestors();
        assertThat(fragments).allSatisfy(r -> {
            assertThat(r.status()).as(r.url()).isEqualTo(200);
            assertThat(r.header("Content-Security-Policy")).as(r.url()).contains("frame-ancestors " + allowed + ";");
            assertThat(r.header("X-Content-Type-Options")).as(r.url()).isEqualTo("nosniff");
            assertThat(r.header("Cache-Control")).as(r.url()).isEqualTo("public, max-age=300");
        });
        for (String page : List.of("", "co-quan/so-y-te/", "nhung", "nhungx/", "co-quan/so-y-te/feed.xml")) {
            assertThat(get(base + page, "test", null).header("Content-Security-Policy")).as(page).contains("frame-ancestors 'none'");
        }
        Response termFeed = get(base + "co-quan/so-y-te/feed.xml", "test", null);
        assertThat(termFeed.status()).isEqualTo(200);
        assertThat(termFeed.header("Content-Type")).isEqualTo("application/atom+xml; charset=utf-8");
        Response jsonFeed = get(base + "co-quan/so-y-te/feed.json", "test", null);
        assertThat(jsonFeed.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(jsonFeed.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void openDataMayBeReadByScriptsOfOtherSitesAndNothingElse() {
        List<Response> data = crawled.values().stream().filter(r -> Set.of("json", "csv").contains(kind(r))).toList();
        assertThat(data).extracting(Response::url).contains(base + "du-lieu/mo-hinh.json", base + "du-lieu/mo-hinh.csv");
        assertThat(data).allSatisfy(r -> assertThat(r.header("Access-Control-Allow-Origin")).as(r.url()).isEqualTo("*"));
        assertThat(crawled.values()).filteredOn(r -> !data.contains(r))
                .allSatisfy(r -> assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(r.url()).isEmpty());
    }

    /** The policy forbids inline scripts and styles and anything from another host: no page may need them. */
    @Test
    void noPageNeedsWhatThePolicyForbids() {
        List<String> needs = new ArrayList<>();
        for (Response r : crawled.values()) {
            if (!kind(r).equals("html")) {
                continue;
            }
            Document page = Jsoup.parse(r.text(), r.url());
            page.select("script:not([src]):not([type=application/ld+json])").forEach(e -> needs.add(r.url() + ": inline <script>"));
            page.select("style").forEach(e -> needs.add(r.url() + ": <style> element"));
            page.select("[style]").forEach(e -> needs.add(r.url() + ": style attribute on <" + e.tagName() + ">"));
            page.getAllElements().forEach(e -> e.attributes().forEach(a -> {
                if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                    needs.add(r.url() + ": event handler " + a.getKey());
                }
                if (a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                    needs.add(r.url() + ": javascript: URL");
                }
            }));
            page.select("iframe, frame, object, embed").forEach(e -> needs.add(r.url() + ": <" + e.tagName() + ">"));
            // form-action 'self': a form may only send to this site
            page.select("form[action]").stream().filter(e -> !e.absUrl("action").startsWith(origin()))
                    .forEach(e -> needs.add(r.url() + ": <form> sending to " + e.absUrl("action")));
            for (Element e : page.select("link[rel=stylesheet], link[rel=preload], link[rel=icon], script[src], img[src], source[src], video, audio")) {
                String url = e.absUrl(e.hasAttr("href") ? "href" : "src");
                if (!url.startsWith(origin()) && !url.startsWith("data:")) {
                    needs.add(r.url() + ": loads " + url);
                }
            }
        }
        assertThat(needs).isEmpty();
    }

    private String origin() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getAuthority() + "/";
    }

    /** Breadth-first from the home page, robots.txt and the sitemap; follows links within the site only. */
    private Map<String, Response> crawl() {
        Map<String, Response> seen = new LinkedHashMap<>();
        Map<String, String> from = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String seed : List.of(base, base + "robots.txt", base + "sitemap.xml")) {
            queue.add(seed);
            from.put(seed, "(start)");
        }
        while (!queue.isEmpty() && seen.size() < MAX_REQUESTS) {
            String url = queue.poll();
            Response response = get(url, from.get(url), null);
            seen.put(url, response);
            if (response.status() != 200) {
                continue;
            }
            for (String link : links(response)) {
                if (link.startsWith(base) && !from.containsKey(link)) {
                    from.put(link, url);
                    queue.add(link);
                }
            }
        }
        assertThat(queue).as("the crawl stays below " + MAX_REQUESTS + " requests").isEmpty();
        return seen;
    }

    private static List<String> links(Response r) {
        List<String> links = new ArrayList<>();
        switch (kind(r)) {
            case "html" -> {
                for (Element el : Jsoup.parse(r.text(), r.url()).select("a[href], link[href], script[src], img[src]")) {
                    links.add(withoutFragment(el.absUrl(el.hasAttr("href") ? "href" : "src")));
                }
            }
            case "xml" -> {
                Document xml = Jsoup.parse(r.text(), r.url(), Parser.xmlParser());
                xml.select("loc").forEach(loc -> links.add(loc.text()));
                xml.select("link[href]").forEach(link -> links.add(link.absUrl("href")));
            }
            default -> {
                // robots.txt names the sitemap, which is a seed already; data files link to pages the crawl reaches
            }
        }
        return links;
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** The file kind of a URL: its extension, or "html" for a folder. */
    static String kind(Response r) {
        String path = URI.create(r.url()).getPath();
        if (path.endsWith("/")) {
            return "html";
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    }

    Response get(String url, String from, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(url, from, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(url + ": " + e.getMessage() + "\n" + nginx.logs(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
