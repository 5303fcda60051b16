package vn.quangngai.dvk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.quangngai.dvk.testing.Pages.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/** A small inline site, baked for real: the search page and the index written beside it. */
class SearchSiteTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path root;
    static Path site;

    @BeforeAll
    static void bake() {
        Path source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/bon-dung.md --
                %s
                -- content/mo-hinh/tau-ca.md --
                %s
                -- content/mo-hinh/xin-chao.md --
                ---
                title: "Xin chào"
                date: 2026-11-25
                agency: ubnd-huyen-mo-duc
                fields: [van-hoa-cong-so]
                summary: "Cán bộ luôn chào hỏi."
                ---
                ## Học ở đâu

                Cán bộ học cách làm của **thị xã Đức Phổ**.
                """.formatted(
                TestSite.story("Bốn đúng", "ubnd-thi-xa-duc-pho"),
                TestSite.story("Hồ sơ tàu cá qua điện thoại", "trung-tam-phuc-vu-hanh-chinh-cong")));
        site = root.resolve("out");
        new SiteBuild().run(source, site);
    }

    static JsonNode json(String path) throws IOException {
        return JSON.readTree(site.resolve("tim-kiem/" + path).toFile());
    }

    @Test
    void theIndexFilesEveryStoryUnderItsFoldedWordsInSiteOrder() throws IOException {
        // site order: same date, then title: Bốn đúng (0), Hồ sơ tàu cá (1), Xin chào (2)
        JsonNode manifest = json("chi-muc.json");
        assertThat(manifest.get("stories").asInt()).isEqualTo(3);
        assertThat(manifest.get("shards")).extracting(JsonNode::asText).contains("du", "ph", "ho", "ta", "ca", "xi");
        JsonNode du = json("tu/du.json");
        assertThat(du.get("duc").toString()).as("Đức Phổ: agency and district of 0, Mộ Đức of 2").isEqualTo("{\"h\":[0,2]}");
        assertThat(json("tu/ph.json").get("pho").toString()).as("Phổ in the head of 0, the body of 2")
                .isEqualTo("{\"h\":[0],\"b\":[2]}");
        assertThat(json("tu/ta.json").get("tau").toString()).isEqualTo("{\"h\":[1]}");
        assertThat(json("tu/ho.json").get("hoc").toString()).as("a heading in the body").isEqualTo("{\"b\":[2]}");
        assertThat(json("tu/ho.json").has("học")).isFalse();
        assertThat(Pages.files(site).stream().filter(f -> f.startsWith("tim-kiem/tu/") && f.endsWith(".json")).toList())
                .hasSize(manifest.get("shards").size());
    }

    @Test
    void filtersAndHitsAreWrittenForEachStory() throws IOException {
        assertThat(json("loc/dia-ban/duc-pho.json").toString()).isEqualTo("[0]");
        assertThat(json("loc/dia-ban/mo-duc.json").toString()).isEqualTo("[2]");
        assertThat(json("loc/co-quan/trung-tam-phuc-vu-hanh-chinh-cong.json").toString()).isEqualTo("[1]");
        assertThat(json("loc/linh-vuc/van-hoa-cong-so.json").toString()).isEqualTo("[0,1,1]");
        assertThat(Files.exists(site.resolve("tim-kiem/loc/dia-ban/ba-to.json"))).as("no story, no file").isFalse();
        JsonNode hits = json("ket-qua/0.json");
        assertThat(hits.get(0).get("path").asText()).isEqualTo("mo-hinh/bon-dung/");
        assertThat(hits.get(0).get("agency").asText()).isEqualTo("UBND thị xã Đức Phổ");
        assertThat(hits.get(0).get("districts")).extracting(JsonNode::asText).containsExactly("Thị xã Đức Phổ");
        assertThat(hits.get(1).get("districts")).as("province-wide").isEmpty();
        assertThat(Pages.files(site)).contains("tim-kiem/chi-muc.json.gz", "tim-kiem/tu/du.json.gz");
    }

    @Test
    void aSecondBuildWritesTheSameIndexBytes() throws IOException {
        Path again = root.resolve("again");
        new SiteBuild().run(root.resolve("src"), again);
        List<String> index = Pages.files(site).stream().filter(f -> f.startsWith("tim-kiem/")).toList();
        assertThat(Pages.files(again).stream().filter(f -> f.startsWith("tim-kiem/"))).containsExactlyElementsOf(index);
        for (String file : index) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(Files.readAllBytes(site.resolve(file)));
        }
    }

    @Test
    void theSearchPageIsAPlainGetFormWithFiltersFromTheRegistryAndNoInlineScript() {
        Document doc = page(site, "tim-kiem/");
        Element form = doc.selectFirst("form[role=search]");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("../tim-kiem/");
        assertThat(form.attr("data-index")).isEqualTo("chi-muc.json");
        assertThat(form.select("input[type=search][name=q]")).hasSize(1);
        assertThat(form.select("select#co-quan option").eachAttr("value")).containsExactlyInAnyOrder(
                "", "ubnd-thi-xa-duc-pho", "trung-tam-phuc-vu-hanh-chinh-cong", "ubnd-huyen-mo-duc");
        assertThat(form.select("select#dia-ban option").eachAttr("value")).containsExactlyInAnyOrder("", "duc-pho", "mo-duc");
        assertThat(form.select("select#linh-vuc option").eachAttr("value")).containsExactly("", "van-hoa-cong-so");
        assertThat(doc.select("label[for=co-quan]").text()).isEqualTo("Cơ quan");

        Element script = doc.selectFirst("script[src]");
        assertThat(script.attr("src")).matches("\\.\\./js/search\\.[0-9a-f]{10}\\.js");
        assertThat(script.hasAttr("defer")).isTrue();
        assertThat(Files.isRegularFile(site.resolve("tim-kiem/" + script.attr("src")).normalize())).isTrue();

        String noscript = doc.select("noscript").html();
        assertThat(noscript).contains("cần JavaScript").contains("danh sách bên dưới");
        assertThat(doc.select("nav#duyet a").eachAttr("href")).as("the lists to browse, with or without script")
                .containsExactly("../co-quan/", "../dia-ban/", "../linh-vuc/", "../mo-hinh/");
        assertThat(doc.select("#tim-nhanh")).as("no header box on the search page itself").isEmpty();
        assertThat(page(site, "mo-hinh/index.html").select("header form[role=search]").attr("action")).isEqualTo("../tim-kiem/");
    }

    @Test
    void noPageHasAnInlineScriptOrEventHandler() {
        List<String> inline = new ArrayList<>();
        for (String file : Pages.files(site)) {
            if (file.endsWith(".html")) {
                Document doc = page(site, file);
                doc.select("script:not([src]):not([type=application/ld+json])").forEach(s -> inline.add(file + ": <script>"));
                for (Element el : doc.getAllElements()) {
                    for (Attribute attribute : el.attributes()) {
                        if (attribute.getKey().startsWith("on") || attribute.getValue().trim().startsWith("javascript:")) {
                            inline.add(file + ": " + attribute);
                        }
                    }
                }
            }
        }
        assertThat(inline).isEmpty();
    }

    @Test
    void everyPageLinksToSearchBetweenFieldsAndTheCampaign() {
        for (String path : List.of("", "tim-kiem/", "mo-hinh/bon-dung/")) {
            assertThat(page(site, path).select(".site-nav a").eachText()).as(path)
                    .containsSubsequence("Lĩnh vực", "Tìm kiếm", "Giới thiệu");
        }
        Document search = page(site, "tim-kiem/");
        assertThat(search.select(".site-nav a[aria-current=page]").text()).isEqualTo("Tìm kiếm");
        assertThat(search.select("h1").text()).isEqualTo("Tìm kiếm mô hình");
        assertThat(TestSite.read(site.resolve("sitemap.xml"))).contains("http://127.0.0.1:8820/tim-kiem/");
    }
}
