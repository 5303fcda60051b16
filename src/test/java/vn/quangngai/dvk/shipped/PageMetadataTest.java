package vn.quangngai.dvk.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.quangngai.dvk.testing.Pages.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.share.ShareText;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/** What every HTML page of the shipped site tells search engines, social sites and readers' tools. */
class PageMetadataTest {

    static final String BASE = "http://127.0.0.1:8820/";
    static final String PUBLISHER = "Sở Nội vụ tỉnh Quảng Ngãi";

    @TempDir
    static Path root;
    static Path site;
    static List<String> htmlFiles;

    @BeforeAll
    static void build() {
        site = root.resolve("site");
        new SiteBuild().run(TestSite.PROJECT, site);
        // the embeddable fragments are parts of other sites' pages, not pages to share or index (see theFragmentsAreNotIndexed)
        htmlFiles = Pages.files(site).stream().filter(f -> f.endsWith(".html") && !f.startsWith("nhung/")).toList();
    }

    static String content(Document doc, String selector) {
        Element meta = doc.selectFirst(selector);
        return meta == null ? null : meta.attr("content");
    }

    /** The schema.org type a page's main entity must have. */
    static String expectedType(String file) {
        if (file.equals("index.html")) {
            return "WebSite";
        }
        if (file.equals("404.html") || file.equals("gioi-thieu/index.html") || file.equals("du-lieu/index.html")
                || file.equals("tim-kiem/index.html") || file.equals("thay-doi-don-vi-hanh-chinh/index.html")
                || file.equals("tin-moi/index.html")) {
            return "WebPage";
        }
        if (file.matches("mo-hinh/(?!trang-\\d+/)[^/]+/index\\.html")) {
            return "Article";
        }
        return "CollectionPage";
    }

    @Test
    void everyPageHasCanonicalDescriptionAndOpenGraph() {
        List<String> problems = new ArrayList<>();
        for (String file : htmlFiles) {
            Document doc = page(site, file);
            String canonical = doc.select("link[rel=canonical]").attr("href");
            String expectedUrl = BASE + file.replaceFirst("index\\.html$", "");
            check(problems, file, "canonical", canonical, expectedUrl);
            check(problems, file, "og:url", content(doc, "meta[property=og:url]"), expectedUrl);
            check(problems, file, "og:title", content(doc, "meta[property=og:title]"),
                    ShareText.ogTitle(file.equals("index.html") ? doc.title() : doc.title().replace(" — Dân vận khéo Quảng Ngãi", "")));
            check(problems, file, "og:description", content(doc, "meta[property=og:description]"), content(doc, "meta[name=description]"));
            check(problems, file, "og:type", content(doc, "meta[property=og:type]"), expectedType(file).equals("Article") ? "article" : "website");
            check(problems, file, "og:locale", content(doc, "meta[property=og:locale]"), "vi_VN");
            check(problems, file, "og:site_name", content(doc, "meta[property=og:site_name]"), "Dân vận khéo — Mô hình tiêu biểu tỉnh Quảng Ngãi");
            if (content(doc, "meta[name=description]") == null || content(doc, "meta[name=description]").isBlank()) {
                problems.add(file + ": no description");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(htmlFiles).contains("index.html", "404.html", "mo-hinh/4-xin-4-luon/index.html", "co-quan/so-y-te/index.html");
    }

    private static void check(List<String> problems, String file, String what, String actual, String expected) {
        if (actual == null || !actual.equals(expected)) {
            problems.add(file + ": " + what + " is " + actual + ", expected " + expected);
        }
    }

    @Test
    void everyPageSharesA1200By630PictureThatExists() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> cards = new HashSet<>();
        for (String file : htmlFiles) {
            Document doc = page(site, file);
            String image = content(doc, "meta[property=og:image]");
            check(problems, file, "twitter:card", content(doc, "meta[name=twitter:card]"), "summary_large_image");
            check(problems, file, "og:image:width", content(doc, "meta[property=og:image:width]"), "1200");
            check(problems, file, "og:image:height", content(doc, "meta[property=og:image:height]"), "630");
            check(problems, file, "og:image:type", content(doc, "meta[property=og:image:type]"), "image/png");
            String alt = content(doc, "meta[property=og:image:alt]");
            if (image == null || !image.startsWith(BASE) || alt == null || alt.isBlank()) {
                problems.add(file + ": og:image " + image + ", alt " + alt);
                continue;
            }
            if (!cards.add(image)) {
                continue;
            }
            Path png = site.resolve(image.substring(BASE.length()));
            BufferedImage read = Files.isRegularFile(png) ? ImageIO.read(png.toFile()) : null;
            if (read == null || read.getWidth() != 1200 || read.getHeight() != 630) {
                problems.add(file + ": " + image + " is " + (read == null ? "missing or not a PNG" : read.getWidth() + "×" + read.getHeight()));
            }
        }
        assertThat(problems).isEmpty();
        // the pages of one list share its card; every story has its own
        assertThat((long) cards.size()).isGreaterThan(htmlFiles.stream().filter(f -> expectedType(f).equals("Article")).count());
        assertThat(content(page(site, "mo-hinh/trang-2/"), "meta[property=og:image]"))
                .isEqualTo(content(page(site, "mo-hinh/"), "meta[property=og:image]"));
    }

    @Test
    void everyPageLinksTheIconsAndTheManifestAndTheyExist() throws IOException {
        for (String file : htmlFiles) {
            Document doc = page(site, file);
            for (String selector : List.of("link[rel=icon][type=image/svg+xml]", "link[rel=icon][sizes=32x32]", "link[rel=apple-touch-icon]",
                    "link[rel=manifest]")) {
                Element link = doc.selectFirst(selector);
                assertThat(link).as(file + " " + selector).isNotNull();
                // 404.html is served at any depth: its links start from the site's own path
                String href = link.attr("href");
                Path target = href.startsWith("/") ? site.resolve(href.substring(1)) : site.resolve(file).resolveSibling(href).normalize();
                assertThat(target).as(file + " " + href).isRegularFile();
            }
        }
        assertThat(site.resolve("favicon.ico")).isRegularFile(); // browsers ask for it without a link
        assertThat(ImageIO.read(site.resolve("apple-touch-icon.png").toFile()).getWidth()).isEqualTo(180);
        JsonNode manifest = new ObjectMapper().readTree(site.resolve("site.webmanifest").toFile());
        assertThat(manifest.path("short_name").asText()).isEqualTo("Dân vận khéo");
        assertThat(manifest.path("lang").asText()).isEqualTo("vi");
        assertThat(manifest.path("theme_color").asText()).isEqualTo(content(page(site, ""), "meta[name=theme-color]"));
        for (JsonNode icon : manifest.path("icons")) {
            BufferedImage png = ImageIO.read(site.resolve(icon.path("src").asText()).toFile());
            assertThat(png.getWidth() + "x" + png.getHeight()).isEqualTo(icon.path("sizes").asText());
        }
    }

    @Test
    void everyPageDescribesItselfInJsonLdWithThePublisherAndItsTrail() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String file : htmlFiles) {
            Document doc = page(site, file);
            assertThat(doc.select("script[type=application/ld+json]")).as(file).hasSize(1);
            String data = doc.selectFirst("script[type=application/ld+json]").data();
            assertThat(data).as(file).doesNotContain("</");
            JsonNode root = json.readTree(data);
            assertThat(root.path("@context").asText()).isEqualTo("https://schema.org");
            JsonNode main = root.path("@graph").path(0);
            assertThat(main.path("@type").asText()).as(file).isEqualTo(expectedType(file));
            assertThat(main.path("publisher").path("@type").asText()).as(file).isEqualTo("GovernmentOrganization");
            assertThat(main.path("publisher").path("name").asText()).as(file).isEqualTo(PUBLISHER);
            List<String> visibleTrail = doc.select(".crumbs li").eachText();
            JsonNode trail = root.path("@graph").path(1);
            if (visibleTrail.isEmpty()) {
                assertThat(trail.isMissingNode()).as(file).isTrue();
                continue;
            }
            assertThat(trail.path("@type").asText()).as(file).isEqualTo("BreadcrumbList");
            List<String> names = new ArrayList<>();
            trail.path("itemListElement").forEach(item -> names.add(item.path("name").asText()));
            assertThat(names).as(file).containsExactlyElementsOf(visibleTrail);
            JsonNode last = trail.path("itemListElement").path(names.size() - 1);
            assertThat(last.path("item").asText()).as(file).isEqualTo(doc.select("link[rel=canonical]").attr("href"));
        }
    }

    @Test
    void aStoryIsAnArticleBasedOnTheReportAndTheHomePageIsTheWebsite() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Document story = page(site, "mo-hinh/4-xin-4-luon/");
        JsonNode article = json.readTree(story.selectFirst("script[type=application/ld+json]").data()).path("@graph").path(0);
        assertThat(article.path("headline").asText()).isEqualTo("4 xin, 4 luôn");
        assertThat(article.path("datePublished").asText()).isEqualTo(story.select("article time").attr("datetime"));
        assertThat(article.path("isBasedOn").path("name").asText()).startsWith("Báo cáo sơ kết 03 năm");
        assertThat(article.path("isBasedOn").path("datePublished").asText()).isEqualTo("2023-08");
        assertThat(content(story, "meta[property=article:published_time]")).isEqualTo(article.path("datePublished").asText());
        assertThat(article.path("image").path("url").asText()).isEqualTo(content(story, "meta[property=og:image]"));
        assertThat(article.path("image").path("width").asInt()).isEqualTo(1200);
        assertThat(article.path("image").path("height").asInt()).isEqualTo(630);

        JsonNode website = json.readTree(page(site, "").selectFirst("script[type=application/ld+json]").data()).path("@graph").path(0);
        assertThat(website.path("url").asText()).isEqualTo(BASE);
        assertThat(website.path("inLanguage").asText()).isEqualTo("vi");
    }

    @Test
    void theFooterNamesThePublisherAndTheReportAndNoContactDetailTheReportLacks() {
        for (String file : List.of("index.html", "mo-hinh/4-xin-4-luon/index.html", "404.html")) {
            Element footer = page(site, file).selectFirst("footer");
            assertThat(footer.text()).as(file).contains(PUBLISHER).contains("tháng 8 năm 2023").contains("Giám đốc Tạ Công Dũng")
                    .contains("Báo cáo sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”");
            assertThat(footer.select("a[href^=mailto:], a[href^=tel:]")).as(file).isEmpty();
            assertThat(footer.text()).as(file).doesNotContainPattern("(?i)điện thoại|e-?mail|địa chỉ:|\\d{3,}[ .]\\d{3,}");
        }
    }

    @Test
    void theFragmentsAreNotIndexed() {
        List<String> fragments = Pages.files(site).stream().filter(f -> f.startsWith("nhung/") && f.endsWith(".html")).toList();
        assertThat(fragments).contains("nhung/index.html", "nhung/co-quan/so-y-te/index.html", "nhung/dia-ban/mo-duc/index.html");
        assertThat(fragments).allSatisfy(f -> assertThat(content(page(site, f), "meta[name=robots]")).as(f).isEqualTo("noindex"));
    }

    @Test
    void theNotFoundPageIsNotIndexed() {
        assertThat(content(page(site, "404.html"), "meta[name=robots]")).isEqualTo("noindex");
        assertThat(page(site, "").select("meta[name=robots]")).isEmpty();
    }
}
