package vn.quangngai.dvk.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.quangngai.dvk.testing.Pages.page;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The shipped site says who stands behind it and counts only what the report states (issue 22
 * items 2 and 3).
 */
class IdentityAndFiguresTest {

    static final String PUBLISHER = "Sở Nội vụ tỉnh Quảng Ngãi";

    @TempDir
    static Path root;
    static Path site;
    static List<String> htmlFiles;

    @BeforeAll
    static void build() {
        site = root.resolve("site");
        new SiteBuild().run(TestSite.PROJECT, site);
        htmlFiles = Pages.files(site).stream().filter(f -> f.endsWith(".html")).toList();
    }

    @Test
    void everyFooterNamesTheResponsibleDepartmentTheMissingLicenceAndSourcedLinksOnly() {
        // embeddable fragments (nhung/) sit inside another site's page: no site footer of their own
        List<String> pages = htmlFiles.stream().filter(f -> !f.startsWith("nhung/")).toList();
        assertThat(pages).hasSizeGreaterThan(80);
        for (String file : pages) {
            Element footer = page(site, file).selectFirst("footer");
            assertThat(footer).as(file).isNotNull();
            assertThat(footer.selectFirst(".footer-org").text()).as(file).isEqualTo("Cơ quan chủ quản: " + PUBLISHER);
            assertThat(footer.selectFirst(".footer-org a").attr("href")).as(file).endsWith("co-quan/so-noi-vu/");
            assertThat(footer.text()).as(file).contains("Chịu trách nhiệm nội dung: " + PUBLISHER)
                    .contains("Chưa công bố điều kiện sử dụng lại nội dung và dữ liệu mở");
            assertThat(footer.select("a[href^=http]")).as(file).extracting(a -> a.attr("href"))
                    .containsExactly("https://quangngai.gov.vn/");
            assertThat(footer.select("a[href$=tin-moi/]")).as(file).hasSize(1);
        }
    }

    @Test
    void theOpenDataPageSaysNoLicenceIsPublishedAndLinksEverySource() {
        Document data = page(site, "du-lieu/");
        assertThat(data.selectFirst("#giay-phep").text()).startsWith("Chưa công bố giấy phép sử dụng lại").contains(PUBLISHER);
        Problems problems = new Problems();
        Registry registry = new RegistryReader(TestSite.PROJECT, problems).read();
        List<String> urls = registry.history().sources().stream().map(s -> s.url()).toList();
        assertThat(urls).isNotEmpty();
        assertThat(data.select(".sources-list a")).extracting(a -> a.attr("href")).containsExactlyElementsOf(urls);
    }

    @Test
    void theHomePageCountsOnlyDistrictsTheReportNamesAndSaysWhatItLeftOut() {
        Document home = page(site, "");
        assertThat(home.select(".stats li").eachText()).contains("6 huyện, thị xã, thành phố có mô hình được nêu tên trong báo cáo");
        assertThat(home.selectFirst(".stats-note").text()).startsWith("Ngoài ra 3 huyện");
        assertThat(page(site, "dia-ban/").selectFirst("li[data-term=ba-to] .count").text()).isEqualTo("1 mô hình suy ra");
        assertThat(page(site, "dia-ban/").selectFirst("li[data-term=son-ha] .count").text()).isEqualTo("1 mô hình, 1 mô hình suy ra");
    }

    @Test
    void theHomePageShowsTheModelsStaffChoseNotALatestListOfOneDate() {
        Document home = page(site, "");
        assertThat(home.text()).doesNotContain("Mô hình mới đăng");
        assertThat(home.selectFirst("#tieu-bieu").text()).isEqualTo("Mô hình tiêu biểu");
        assertThat(home.select("#tieu-bieu ~ .cards .card")).extracting(c -> c.attr("data-story")).containsExactly(
                "ho-so-tau-ca-qua-dien-thoai", "trong-buoi-da-xanh-oi-chuoi", "ocop-gan-voi-nong-thon-moi-son-ha",
                "do-rac-phe-thai-dung-noi-ly-son", "4-dung-4-phai-3-sat", "benh-vien-xanh-sach-dep-5s");
    }

    @Test
    void everyStoryPageSaysOnceThatItsFactsAreAsOfTheAugust2023Report() {
        List<String> stories = htmlFiles.stream().filter(f -> f.matches("mo-hinh/(?!trang-\\d+/)[^/]+/index\\.html")).toList();
        assertThat(stories).hasSize(25);
        for (String file : stories) {
            Document story = page(site, file);
            assertThat(story.select("p:contains(Thông tin tính đến)")).as(file).singleElement()
                    .satisfies(p -> assertThat(p.text()).startsWith("Thông tin tính đến tháng 8/2023, theo báo cáo của " + PUBLISHER));
        }
        assertThat(page(site, "mo-hinh/lao-dong-mien-nui-di-lam-viec-nuoc-ngoai/").selectFirst(".inferred").text())
                .contains("báo cáo không nêu tên huyện");
    }

    @Test
    void theFeedIsExplainedOnAPageInsteadOfOpeningRawXml() {
        Document feeds = page(site, "tin-moi/");
        assertThat(feeds.selectFirst("h1").text()).isEqualTo("Theo dõi mô hình mới");
        assertThat(feeds.select("main a[href$=feed.xml]")).hasSize(1);
        assertThat(page(site, "").select("footer a[href$=feed.xml]")).isEmpty();
    }

    @Test
    void storiesOfDifferentDatesAreListedAsTheLatest(@TempDir Path other) {
        Path source = TestSite.write(other.resolve("src"), "-- content/mo-hinh/a.md --\n"
                + TestSite.story("Mô hình A", "so-y-te", "featured: 1").replace("2026-11-25", "2026-11-20")
                + "-- content/mo-hinh/b.md --\n" + TestSite.story("Mô hình B", "so-tu-phap"));
        Path out = other.resolve("site");
        new SiteBuild().run(source, out);
        Document home = page(out, "");
        assertThat(home.selectFirst("#moi-nhat").text()).isEqualTo("Mô hình mới đăng");
        assertThat(home.select("#moi-nhat ~ .cards .card")).extracting(c -> c.attr("data-story")).containsExactly("b", "a");
        assertThat(home.select("#tieu-bieu")).isEmpty();
    }
}
