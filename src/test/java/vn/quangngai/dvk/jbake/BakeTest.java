package vn.quangngai.dvk.jbake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.quangngai.dvk.testing.Pages.page;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.BuildResult;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.check.HtmlChecker;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/** A small inline site, baked for real by JBake with our tools, page size 2. */
class BakeTest {

    @TempDir
    static Path root;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void bake() {
        Path source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/4-xin-4-luon.md --
                %s
                -- content/mo-hinh/b.md --
                %s
                -- content/mo-hinh/c.md --
                %s
                -- content/mo-hinh/d.md --
                %s
                -- content/gioi-thieu.md --
                ---
                title: Giới thiệu
                date: 2026-11-25
                summary: Về phong trào.
                ---
                Nội dung <script>alert(1)</script> giới thiệu.
                """.formatted(
                TestSite.story("4 xin, 4 luôn", "ubnd-huyen-mo-duc"),
                TestSite.story("Bình an", "ubnd-huyen-mo-duc"),
                TestSite.story("Ân cần", "ubnd-huyen-mo-duc", "figures:\n  - value: \"Hơn 3.000\"\n    label: hồ sơ"),
                TestSite.story("Dân <b>khéo</b> & \\\"vui\\\"", "so-y-te")));
        site = root.resolve("out");
        result = new SiteBuild().run(source, site, s -> s.withPageSize(2));
    }

    @Test
    void agencyPageListsExactlyItsStoriesPaginatedInVietnameseOrder() {
        Document first = page(site, "co-quan/ubnd-huyen-mo-duc/");
        assertThat(first.select(".term").attr("data-count")).isEqualTo("3");
        assertThat(first.select("[data-story]").eachAttr("data-story")).containsExactly("4-xin-4-luon", "c");
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("../../co-quan/ubnd-huyen-mo-duc/trang-2/");
        Document second = page(site, "co-quan/ubnd-huyen-mo-duc/trang-2/");
        assertThat(second.select("[data-story]").eachAttr("data-story")).containsExactly("b");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("../../../co-quan/ubnd-huyen-mo-duc/");
        assertThat(Pages.files(site)).doesNotContain("co-quan/ubnd-huyen-mo-duc/trang-3/index.html");
    }

    @Test
    void aDistrictWithoutModelsStillHasAPageThatSaysSoAndPointsToProvinceWideModels() {
        Document baTo = page(site, "dia-ban/ba-to/");
        assertThat(baTo.select(".term").attr("data-count")).isEqualTo("0");
        assertThat(baTo.select(".empty").text()).contains("Chưa có mô hình");
        assertThat(baTo.select(".note a").attr("href")).isEqualTo("../../dia-ban/#toan-tinh");
        Document index = page(site, "dia-ban/");
        assertThat(index.select("#toan-tinh [data-story]").eachAttr("data-story")).containsExactly("d");
        assertThat(index.select("[data-term]")).hasSize(13);
        assertThat(index.select("[data-term=mo-duc]").attr("data-count")).isEqualTo("3");
    }

    @Test
    void storyPageLinksToAgencyDistrictsFieldsAndNeighbours() {
        Document story = page(site, "mo-hinh/c/");
        assertThat(story.select("h1").text()).isEqualTo("Ân cần");
        assertThat(story.select("a[data-agency]").attr("href")).isEqualTo("../../co-quan/ubnd-huyen-mo-duc/");
        assertThat(story.select("a[data-district]").eachAttr("href")).containsExactly("../../dia-ban/mo-duc/");
        assertThat(story.select("a[data-field]").eachAttr("href")).containsExactly("../../linh-vuc/van-hoa-cong-so/");
        assertThat(story.select("a[rel=prev]").attr("href")).isEqualTo("../../mo-hinh/4-xin-4-luon/");
        assertThat(story.select("a[rel=next]").attr("href")).isEqualTo("../../mo-hinh/b/");
        assertThat(story.select(".figures li").text()).isEqualTo("Hơn 3.000 hồ sơ");
        assertThat(story.select("time").text()).isEqualTo("Ngày 25 tháng 11 năm 2026");
    }

    @Test
    void everyPageIsVietnameseWithOneH1AndACanonicalUrl() {
        for (String path : new String[] {"", "mo-hinh/", "mo-hinh/b/", "co-quan/", "dia-ban/", "linh-vuc/", "linh-vuc/y-te/", "gioi-thieu/", "404.html"}) {
            Document doc = page(site, path);
            assertThat(doc.select("html").attr("lang")).as(path).isEqualTo("vi");
            assertThat(doc.select("h1")).as(path).hasSize(1);
        }
        assertThat(page(site, "linh-vuc/y-te/").select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://127.0.0.1:8820/linh-vuc/y-te/");
    }

    @Test
    void textIsEscapedAndRawHtmlInMarkdownIsNeverPassedThrough() {
        Document story = page(site, "mo-hinh/d/");
        assertThat(story.select("h1").text()).isEqualTo("Dân <b>khéo</b> & \"vui\"");
        assertThat(story.select("h1 b")).isEmpty();
        Document about = page(site, "gioi-thieu/");
        assertThat(about.select("main script")).isEmpty();
        assertThat(about.select(".prose").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void sitemapListsEveryGeneratedPageIncludingPaginatedOnes() {
        Document sitemap = Jsoup.parse(TestSite.read(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        assertThat(sitemap.select("loc").eachText()).contains(
                "http://127.0.0.1:8820/",
                "http://127.0.0.1:8820/co-quan/ubnd-huyen-mo-duc/trang-2/",
                "http://127.0.0.1:8820/dia-ban/ba-to/",
                "http://127.0.0.1:8820/mo-hinh/4-xin-4-luon/",
                "http://127.0.0.1:8820/gioi-thieu/");
        // the embeddable fragments (nhung/) are not pages of their own: noindex, not in the sitemap
        long htmlPages = Pages.files(site).stream().filter(f -> f.endsWith(".html") && !f.equals("404.html") && !f.startsWith("nhung/")).count();
        assertThat(sitemap.select("loc")).hasSize((int) htmlPages);
    }

    @Test
    void feedAndRobotsAreWritten() {
        Document feed = Jsoup.parse(TestSite.read(site.resolve("feed.xml")), "", Parser.xmlParser());
        assertThat(feed.select("entry > id").eachText()).containsExactlyInAnyOrder(
                "http://127.0.0.1:8820/mo-hinh/4-xin-4-luon/", "http://127.0.0.1:8820/mo-hinh/b/",
                "http://127.0.0.1:8820/mo-hinh/c/", "http://127.0.0.1:8820/mo-hinh/d/");
        assertThat(feed.select("feed > updated").text()).isEqualTo("2026-11-25T00:00:00+07:00");
        assertThat(TestSite.read(site.resolve("robots.txt"))).contains("Sitemap: http://127.0.0.1:8820/sitemap.xml");
    }

    @Test
    void everyOutputFileNameIsAscii() {
        assertThat(Pages.files(site)).allSatisfy(f -> assertThat(f).matches("[\\x21-\\x7e]+"));
        assertThat(Pages.files(site)).contains("404.html", "feed.xml", "sitemap.xml", "robots.txt")
                .anySatisfy(f -> assertThat(f).matches("css/site\\.[0-9a-f]{10}\\.css"))
                .doesNotContain("css/site.css");
    }

    @Test
    void everyTextFileHasAGzipTwinWithTheSameContent() throws java.io.IOException {
        for (String file : Pages.files(site)) {
            if (file.matches(".*\\.(html|css|xml|txt)")) {
                assertThat(Pages.files(site)).as(file).contains(file + ".gz");
                try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(site.resolve(file + ".gz")))) {
                    assertThat(in.readAllBytes()).as(file).isEqualTo(java.nio.file.Files.readAllBytes(site.resolve(file)));
                }
            }
        }
    }

    @Test
    void everyPageOfTheInlineSitePassesTheNuHtmlChecker() {
        assertThat(HtmlChecker.errors(site)).isEmpty();
    }

    @Test
    void summaryCountsWhatWasWritten() {
        assertThat(result.stories()).isEqualTo(4);
        assertThat(result.agencies()).isEqualTo(2);
        assertThat(result.districts()).isEqualTo(1);
        assertThat(result.htmlPages()).isEqualTo((int) Pages.files(site).stream().filter(f -> f.endsWith(".html")).count());
        assertThat(result.summary()).startsWith("Đã xuất bản " + result.htmlPages() + " trang HTML (4 mô hình, 2 cơ quan, 1 địa bàn)");
    }
}
