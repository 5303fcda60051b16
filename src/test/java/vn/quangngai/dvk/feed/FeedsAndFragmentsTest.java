package vn.quangngai.dvk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.quangngai.dvk.testing.Pages.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.check.HtmlChecker;
import vn.quangngai.dvk.site.Embed;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The feeds of the site and of each agency, district and field (Atom and JSON Feed 1.1), and the
 * fragments other sites embed: a small inline site with stories on three dates, baked for real,
 * published at https://example.gov.vn/dan-van-kheo/, fragments of 2 models.
 */
class FeedsAndFragmentsTest {

    static final String BASE = "https://example.gov.vn/dan-van-kheo/";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path root;
    static Path site;

    static String story(String title, String date, String agency) {
        return """
                ---
                title: "%s"
                date: %s
                agency: %s
                fields: [van-hoa-cong-so]
                summary: "Tóm tắt của %s."
                ---
                ## Mô hình là gì

                Nội dung.
                """.formatted(title, date, agency, title);
    }

    @BeforeAll
    static void bake() {
        Path source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/cu.md --
                %s
                -- content/mo-hinh/giua.md --
                %s
                -- content/mo-hinh/moi.md --
                %s
                -- content/mo-hinh/huyen.md --
                %s
                """.formatted(story("Cũ", "2026-09-01", "so-y-te"), story("Giữa", "2026-10-15", "so-y-te"),
                story("Mới", "2026-11-20", "so-y-te"), story("Huyện", "2026-11-25", "ubnd-huyen-mo-duc")));
        site = root.resolve("out");
        new SiteBuild().run(source, site, s -> s.withBaseUrl(BASE).withEmbed(new Embed(List.of("https://tin.example.gov.vn"), 2)));
    }

    /** Parsed by the JDK's strict, namespace-aware XML parser: a feed that is not well-formed fails here. */
    static org.w3c.dom.Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.resolve(path).toFile());
    }

    static List<String> texts(org.w3c.dom.Document feed, String parent, String name) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode().getLocalName().equals(parent)) {
                texts.add(nodes.item(i).getTextContent());
            }
        }
        return texts;
    }

    static List<String> termPaths() {
        return Pages.files(site).stream().filter(f -> f.matches("(co-quan|dia-ban|linh-vuc)/[a-z0-9-]+/index\\.html"))
                .map(f -> f.substring(0, f.length() - "index.html".length())).toList();
    }

    @Test
    void anAgencysAtomFeedListsItsStoriesNewestFirstWithAbsoluteUrlsAndStableIds() throws Exception {
        org.w3c.dom.Document feed = xml("co-quan/so-y-te/feed.xml");
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(texts(feed, "feed", "id")).containsExactly(BASE + "co-quan/so-y-te/");
        assertThat(texts(feed, "feed", "title").get(0)).contains("Sở Y tế");
        assertThat(texts(feed, "feed", "updated")).as("the newest story's date").containsExactly("2026-11-20T00:00:00+07:00");
        assertThat(texts(feed, "entry", "id")).containsExactly(BASE + "mo-hinh/moi/", BASE + "mo-hinh/giua/", BASE + "mo-hinh/cu/");
        NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(i);
            hrefs.add(link.getAttribute("rel") + " " + link.getAttribute("href"));
        }
        assertThat(hrefs).contains("self " + BASE + "co-quan/so-y-te/feed.xml", "alternate " + BASE + "co-quan/so-y-te/",
                "alternate " + BASE + "mo-hinh/moi/");
        assertThat(hrefs).allSatisfy(h -> assertThat(h).contains(" " + BASE));
    }

    @Test
    void everyTermAndTheSiteHaveAWellFormedAtomFeed() throws Exception {
        assertThat(termPaths()).contains("co-quan/so-y-te/", "dia-ban/ba-to/", "linh-vuc/van-hoa-cong-so/").hasSizeGreaterThan(20);
        for (String term : termPaths()) {
            org.w3c.dom.Document feed = xml(term + "feed.xml");
            assertThat(texts(feed, "feed", "id")).as(term).containsExactly(BASE + term);
            assertThat(texts(feed, "feed", "updated")).as(term).hasSize(1).allSatisfy(u -> OffsetDateTime.parse(u));
        }
        assertThat(texts(xml("dia-ban/ba-to/feed.xml"), "feed", "updated")).as("a term without stories: the site's newest date")
                .containsExactly("2026-11-25T00:00:00+07:00");
        assertThat(texts(xml("linh-vuc/van-hoa-cong-so/feed.xml"), "entry", "id")).hasSize(4);
        org.w3c.dom.Document siteFeed = xml("feed.xml");
        assertThat(texts(siteFeed, "feed", "id")).containsExactly(BASE);
        assertThat(texts(siteFeed, "entry", "id")).hasSize(4);
    }

    @Test
    void termPagesLinkTheirFeedsAndEveryPageTheSiteFeeds() {
        Document term = page(site, "co-quan/so-y-te/");
        URI here = URI.create(BASE + "co-quan/so-y-te/");
        List<String> alternates = new ArrayList<>();
        for (Element link : term.select("head link[rel=alternate]")) {
            assertThat(link.attr("title")).isNotBlank();
            alternates.add(link.attr("type") + " " + here.resolve(link.attr("href")));
        }
        assertThat(alternates).containsExactlyInAnyOrder(
                "application/atom+xml " + BASE + "feed.xml", "application/feed+json " + BASE + "feed.json",
                "application/atom+xml " + BASE + "co-quan/so-y-te/feed.xml", "application/feed+json " + BASE + "co-quan/so-y-te/feed.json");
        assertThat(term.select(".follow a").eachAttr("href"))
                .containsExactly("../../co-quan/so-y-te/feed.xml", "../../co-quan/so-y-te/feed.json", "../../nhung/co-quan/so-y-te/");
        for (String file : List.of("index.html", "mo-hinh/moi/index.html", "du-lieu/index.html")) {
            assertThat(page(site, file).select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                    .as(file).anySatisfy(href -> assertThat(href).endsWith("feed.xml"));
        }
    }

    @Test
    void everyJsonFeedHasTheFieldsVersion11Requires() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> feeds = new ArrayList<>(List.of(""));
        feeds.addAll(termPaths());
        for (String path : feeds) {
            JsonNode feed = json.readTree(site.resolve(path + "feed.json").toFile());
            assertThat(feed.path("version").asText()).as(path).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(feed.path("title").asText()).as(path).isNotBlank();
            assertThat(feed.path("home_page_url").asText()).as(path).isEqualTo(BASE + path);
            assertThat(feed.path("feed_url").asText()).as(path).isEqualTo(BASE + path + "feed.json");
            assertThat(feed.path("language").asText()).as(path).isEqualTo("vi");
            assertThat(feed.path("authors").path(0).path("name").asText()).as(path).isEqualTo("Sở Nội vụ tỉnh Quảng Ngãi");
            assertThat(feed.path("items").isArray()).as(path).isTrue();
            for (JsonNode item : feed.path("items")) {
                assertThat(item.path("id").asText()).as(path).startsWith(BASE + "mo-hinh/");
                assertThat(item.path("url").asText()).as(path).isEqualTo(item.path("id").asText());
                assertThat(item.path("title").asText()).isNotBlank();
                assertThat(item.path("summary").asText()).isNotBlank();
                assertThat(item.path("content_text").asText()).as("content_text or content_html is required").isNotBlank();
                assertThat(OffsetDateTime.parse(item.path("date_published").asText())).isNotNull();
                assertThat(item.path("tags").isArray()).isTrue();
                item.path("tags").forEach(tag -> assertThat(tag.isTextual()).isTrue());
            }
        }
        JsonNode agency = json.readTree(site.resolve("co-quan/so-y-te/feed.json").toFile());
        assertThat(agency.path("items").findValuesAsText("title")).containsExactly("Mới", "Giữa", "Cũ");
        assertThat(agency.path("items").path(0).path("date_published").asText()).isEqualTo("2026-11-20T00:00:00+07:00");
        assertThat(agency.path("items").path(0).path("tags").toString()).contains("Sở Y tế tỉnh Quảng Ngãi", "Văn hóa công sở");
        assertThat(json.readTree(site.resolve("dia-ban/ba-to/feed.json").toFile()).path("items")).isEmpty();
    }

    @Test
    void eachTermAndTheHomePageHaveAFragmentOfTheirNewestModels() throws IOException {
        Document agency = page(site, "nhung/co-quan/so-y-te/");
        assertThat(agency.select("html").attr("lang")).isEqualTo("vi");
        assertThat(agency.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(agency.select("h1").text()).isEqualTo("Mô hình mới của Sở Y tế tỉnh Quảng Ngãi");
        assertThat(agency.select("li a").eachText()).as("the newest site.embed.count models").containsExactly("Mới", "Giữa");
        assertThat(agency.select("li time").eachAttr("datetime")).containsExactly("2026-11-20", "2026-10-15");
        assertThat(agency.select(".more").text()).contains("(3)");
        assertThat(page(site, "nhung/").select("li a").eachText()).containsExactly("Huyện", "Mới");
        assertThat(page(site, "nhung/dia-ban/ba-to/").select("li")).isEmpty();
        for (String term : termPaths()) {
            assertThat(site.resolve("nhung/" + term + "index.html")).as(term).isRegularFile();
        }
        for (String file : Pages.files(site).stream().filter(f -> f.startsWith("nhung/") && f.endsWith(".html")).toList()) {
            Document fragment = page(site, file);
            URI here = URI.create("http://site.invalid/" + file);
            assertThat(fragment.select("a[href]")).as(file).isNotEmpty().allSatisfy(a -> {
                assertThat(a.attr("target")).as("leaves the frame").isEqualTo("_top");
                String target = here.resolve(a.attr("href")).getPath().substring(1);
                assertThat(site.resolve(target + "index.html")).as(file + " → " + a.attr("href")).isRegularFile();
            });
            assertThat(fragment.select("link[rel=stylesheet]").attr("href")).as(file).matches("(\\.\\./)*css/nhung\\.[0-9a-f]{10}\\.css");
            assertThat(fragment.select("style, script, [style]")).as("nothing the policy forbids").isEmpty();
            assertThat(Files.size(site.resolve(file))).as("bytes").isLessThan(50_000);
        }
    }

    @Test
    void fragmentsPassTheNuHtmlCheckerAndStayOutOfTheSitemap() {
        HtmlChecker.Report report = HtmlChecker.check(site);
        assertThat(report.errorLines()).isEmpty();
        assertThat(report.files()).isGreaterThan((int) Pages.files(site).stream().filter(f -> f.startsWith("nhung/") && f.endsWith(".html")).count());
        Document sitemap = Jsoup.parse(TestSite.read(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        assertThat(sitemap.select("loc").eachText()).contains(BASE + "co-quan/so-y-te/").noneMatch(loc -> loc.contains("/nhung/"));
        assertThat(Pages.files(site)).contains("nhung/index.html", "nhung/co-quan/so-y-te/index.html");
    }

    @Test
    void theOpenDataPageShowsAnIframeSnippetWithATitleThatPointsToAFragment() {
        Document data = page(site, "du-lieu/");
        Element code = data.selectFirst("#nhung ~ pre code");
        assertThat(code).isNotNull();
        Element iframe = Jsoup.parseBodyFragment(code.text()).selectFirst("iframe");
        assertThat(iframe).isNotNull();
        assertThat(iframe.attr("title")).isEqualTo("Mô hình mới của Sở Y tế tỉnh Quảng Ngãi");
        assertThat(iframe.attr("src")).isEqualTo(BASE + "nhung/co-quan/so-y-te/");
        assertThat(data.select("#nhung ~ p code").eachText()).contains("https://tin.example.gov.vn");
    }
}
