package vn.quangngai.dvk.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/**
 * A 2023 district page and the communes of the new province, both directions: a model naming a
 * commune is listed on each district it was formed from, marked as being there through that
 * commune; the district page names today's units and, for each, the other districts it took land
 * from and the models that name it, without placing the district's own models in one commune.
 */
class DistrictCommunesPageTest {

    @TempDir
    static Path root;
    static Path site;

    @BeforeAll
    static void build() {
        Path source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/dong-son.md --
                %s
                -- content/mo-hinh/binh-son.md --
                %s
                """.formatted(
                TestSite.story("Chợ phiên Đông Sơn", "so-y-te", "communes: [xa-dong-son]"),
                TestSite.story("Đường làng Bình Sơn", "so-y-te", "districts: [binh-son]").replace("2026-11-25", "2023-06-30")));
        site = root.resolve("site");
        new SiteBuild().run(source, site);
    }

    private static Element card(Document page, String slug) {
        return page.selectFirst("li.card[data-story=" + slug + "]");
    }

    @Test
    void aModelNamingACommuneIsOnEveryDistrictItCameFromMarkedAsThroughThatCommune() {
        for (String district : new String[] {"binh-son", "tp-quang-ngai"}) {
            Document page = Pages.page(site, "dia-ban/" + district + "/index.html");
            Element card = card(page, "dong-son");
            assertThat(card).as(district).isNotNull();
            assertThat(card.select(".card-via").text()).as(district)
                    .isEqualTo("Qua Xã Đông Sơn — đơn vị hiện nay được lập từ địa bàn này; bài nêu tên đơn vị đó.");
        }
        Document binhSon = Pages.page(site, "dia-ban/binh-son/index.html");
        assertThat(card(binhSon, "binh-son").select(".card-via")).isEmpty();
        assertThat(card(Pages.page(site, "dia-ban/tp-quang-ngai/index.html"), "binh-son")).isNull();
    }

    @Test
    void aDistrictPageListsTodaysUnitsWithTheOtherDistrictsTheyTookLandFromAndTheModelsNamingThem() {
        Document page = Pages.page(site, "dia-ban/tp-quang-ngai/index.html");
        Element units = page.selectFirst("section.now-units");
        assertThat(units.select("li").eachAttr("data-commune")).containsExactly(
                "phuong-cam-thanh", "phuong-nghia-lo", "phuong-truong-quang-trong", "xa-an-phu", "xa-dong-son", "xa-tinh-khe");
        Element dongSon = units.selectFirst("li[data-commune=xa-dong-son]");
        assertThat(dongSon.select("a").eachAttr("href")).containsExactly("../../dia-ban/binh-son/", "../../mo-hinh/dong-son/");
        assertThat(dongSon.text()).contains("cũng gồm địa bàn cũ của Huyện Bình Sơn", "Mô hình nêu tên Xã Đông Sơn: Chợ phiên Đông Sơn");
        assertThat(units.selectFirst("li[data-commune=xa-an-phu]").select("a")).isEmpty();
        assertThat(units.text()).contains("trang không xếp chúng vào một xã, phường");

        Element binhSonDongSon = Pages.page(site, "dia-ban/binh-son/index.html").selectFirst("li[data-commune=xa-dong-son]");
        assertThat(binhSonDongSon.select("a").eachAttr("href")).containsExactly("../../dia-ban/tp-quang-ngai/", "../../mo-hinh/dong-son/");
    }

    @Test
    void aModelNamingACommuneLinksToTheDistrictPagesItIsListedOn() {
        Element where = Pages.page(site, "mo-hinh/dong-son/index.html").selectFirst("dl.facts div:has(dt:containsOwn(Địa bàn)) dd");
        assertThat(where.text()).isEqualTo("Xã Đông Sơn (địa bàn năm 2023: Thành phố Quảng Ngãi, Huyện Bình Sơn)");
        assertThat(where.select("a").eachAttr("href")).containsExactly("../../dia-ban/tp-quang-ngai/", "../../dia-ban/binh-son/");
    }
}
