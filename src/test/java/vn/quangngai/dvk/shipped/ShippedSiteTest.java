package vn.quangngai.dvk.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.quangngai.dvk.testing.Pages.page;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.BuildResult;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.check.HtmlChecker;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.ShippedStories;
import vn.quangngai.dvk.testing.TestSite;

/** The site we ship, built from this repository exactly as `build` does. */
class ShippedSiteTest {

    /** Every model that part II.2 of the 2023 review report names, as the report writes it. */
    static final List<String> MODELS_IN_REPORT = List.of(
            "Giải pháp hỗ trợ người có công hoàn thiện hồ sơ kịp thời hưởng thêm chế độ ưu đãi",
            "Tư vấn, định hướng nghề nghiệp và giới thiệu việc làm cho học sinh, sinh viên trên địa bàn tỉnh Quảng Ngãi năm 2022",
            "Tuyên truyền vận động người lao động là đồng bào dân tộc thiểu số, hộ nghèo tại các huyện miền núi tham gia đi làm việc ở nước ngoài theo hợp đồng",
            "Tuyên truyền Luật Lâm nghiệp và vận động người dân tích cực tham gia bảo vệ rừng",
            "Vận động nhân dân hiến đất để xây dựng các công trình",
            "Hỗ trợ xây dựng 01-02 chuỗi liên kết trong sản xuất gắn với tiêu thụ sản phẩm nông, lâm, thủy sản",
            "Vận động, tuyên truyền ngư dân không vi phạm vùng biển nước ngoài để khai thác thủy sản trái phép",
            "Sổ tay “Tài liệu tuyên truyền về biển, đảo Việt Nam”",
            "Sổ tay “Hỏi - đáp về công tác phòng, chống mua bán người và nội dung thực hiện thỏa thuận toàn cầu về di cư hợp pháp, an toàn và trật tự của Liên hiệp quốc”",
            "Sổ tay “Tuyên truyền, giáo dục, phổ biến kiến thức về EVFTA và thị trường Châu Âu”",
            "Dân vận khéo về vận động giải thích chính sách, pháp luật để người dân hiểu, đồng tình với giải quyết của chính quyền và rút khiếu nại, tố cáo",
            "Câu lạc bộ pháp luật",
            "Nâng cao hiệu quả hoạt động chứng thực trên địa bàn tỉnh nhằm đáp ứng tốt nhu cầu của tổ chức và công dân",
            "Nâng cao hiệu quả việc tuyên truyền, phổ biến pháp luật thông qua công tác tiếp dân, giải quyết khiếu nại, tố cáo",
            "Truyền thông về trợ giúp pháp lý",
            "Bệnh viện Xanh - Sạch - Đẹp; đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng đến sự hài lòng của người bệnh và triển khai mô hình 5S đến Trạm Y tế xã, phường, thị trấn",
            "Phục vụ, hướng dẫn chủ tàu cá thực hiện nộp hồ sơ thủ tục liên quan đến tàu cá bằng phương thức gọi điện thoại đến Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh và đăng ký nhận kết quả giải quyết tại nhà",
            "Hướng dẫn triển khai thực hiện phát triển Chương trình mỗi xã một sản phẩm (OCOP) gắn với Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
            "Dân vận khéo trong việc vận động nhân dân tại Khu tái định cư Bãi rác Nghĩa Kỳ",
            "Không có khiếu nại đông người và đơn thư vượt cấp",
            "“Vườn cây ăn quả” ở thôn Kỳ Thọ Nam 1, “Chuyển đổi trồng cây keo lai sang trồng cây ăn quả”",
            "Vận động Nhân dân trồng bưởi da xanh, ổi, chuối",
            "Vận động nhân dân đổ rác, phế thải nông nghiệp đúng nơi quy định; xử lý nghiêm những trường hợp đổ đất thải, phế thải nông nghiệp không đúng nơi quy định",
            "4 đúng, 4 phải, 3 sát",
            "4 xin, 4 luôn");

    /** The department's review report of August 2023 (a public document), kept with the tests so that a clone runs them. */
    static final String REPORT = "src/test/resources/seed/000_448c24bdcb2c4f5b.txt";

    @TempDir
    static Path root;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        site = root.resolve("site");
        result = new SiteBuild().run(TestSite.PROJECT, site);
    }

    @Test
    void theModelListMatchesTheReportWordForWord() throws IOException {
        Path report = TestSite.PROJECT.resolve(REPORT);
        assertThat(MODELS_IN_REPORT).hasSize(25).doesNotHaveDuplicates();
        String flat = Files.readString(report).replaceAll("\\*", "").replaceAll("\\s+", " ");
        assertThat(MODELS_IN_REPORT).allSatisfy(title -> assertThat(flat).contains(title));
    }

    @Test
    void everyModelTheReportNamesHasItsPageAndNoOtherModelPageExists() {
        List<String> titles = new ArrayList<>();
        for (String file : Pages.files(site)) {
            if (file.matches("mo-hinh/[a-z0-9-]+/index\\.html") && !file.matches("mo-hinh/trang-\\d+/index\\.html")) {
                titles.add(page(site, file).select("article.story h1").text());
            }
        }
        assertThat(titles).containsExactlyInAnyOrderElementsOf(MODELS_IN_REPORT);
        assertThat(result.stories()).isEqualTo(25);
    }

    /** Expected term → stories, worked out from the front matter directly, not through our reader. */
    static Map<String, TreeSet<String>> expectedTerms() throws IOException {
        Map<String, TreeSet<String>> expected = new TreeMap<>();
        for (ShippedStories.Entry story : ShippedStories.read()) {
            expected.computeIfAbsent("co-quan/" + story.agency(), k -> new TreeSet<>()).add(story.slug());
            story.districts().forEach(d -> expected.computeIfAbsent("dia-ban/" + d, k -> new TreeSet<>()).add(story.slug()));
            story.fields().forEach(f -> expected.computeIfAbsent("linh-vuc/" + f, k -> new TreeSet<>()).add(story.slug()));
        }
        return expected;
    }

    @Test
    void eachAgencyDistrictAndFieldPageListsExactlyItsStories() throws IOException {
        Map<String, TreeSet<String>> expected = expectedTerms();
        Map<String, TreeSet<String>> actual = new TreeMap<>();
        for (String taxonomy : List.of("co-quan", "dia-ban", "linh-vuc")) {
            for (Element term : page(site, taxonomy + "/").select("[data-term]")) {
                String key = taxonomy + "/" + term.attr("data-term");
                TreeSet<String> listed = new TreeSet<>();
                String path = key + "/";
                while (path != null) {
                    Document doc = page(site, path);
                    listed.addAll(doc.select(".term [data-story]").eachAttr("data-story"));
                    Element next = doc.selectFirst("a[rel=next]");
                    path = next == null ? null : URI.create("http://h/" + path).resolve(next.attr("href")).getPath().substring(1);
                }
                assertThat(term.attr("data-count")).as(key).isEqualTo(Integer.toString(listed.size()));
                if (!listed.isEmpty()) {
                    actual.put(key, listed);
                }
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(page(site, "dia-ban/").select("[data-term]")).hasSize(13);
    }

    /** Every data file's text: the only place an outside address may come from. */
    private static String dataText() {
        try (var files = Files.list(TestSite.PROJECT.resolve("data"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f)).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyInternalLinkResolvesToAFileAndEveryFragmentToAnId() {
        String data = dataText();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String file : Pages.files(site)) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Document doc = page(site, file);
            URI base = URI.create("http://site.invalid/" + file);
            for (Element el : doc.select("a[href], link[href], img[src], script[src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (file.equals("404.html") && ref.startsWith("/")) {
                    ref = ref.substring(1);
                    base = URI.create("http://site.invalid/");
                }
                if (ref.startsWith("http://127.0.0.1:8820/")) {
                    ref = ref.substring("http://127.0.0.1:8820/".length());
                    base = URI.create("http://site.invalid/");
                }
                URI target = base.resolve(ref);
                base = URI.create("http://site.invalid/" + file);
                if (!"site.invalid".equals(target.getHost())) {
                    // a link may leave the site only to an address the data files record (sources, portal)
                    if (!ref.matches("https?://.+") || !data.contains(ref)) {
                        broken.add(file + " → " + ref + " (leaves the site to an address the data does not record)");
                    }
                    continue;
                }
                String path = target.getPath().substring(1);
                Path resolved = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                checked++;
                if (!Files.isRegularFile(resolved)) {
                    broken.add(file + " → " + ref);
                } else if (target.getFragment() != null && resolved.toString().endsWith(".html")
                        && page(site, site.relativize(resolved).toString()).getElementById(target.getFragment()) == null) {
                    broken.add(file + " → " + ref + " (no id " + target.getFragment() + ")");
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() {
        HtmlChecker.Report report = HtmlChecker.check(site);
        assertThat(report.errorLines()).isEmpty();
        assertThat(report.files()).isEqualTo(result.htmlPages());
    }

    @Test
    void campaignPageStatesThePlanTheDirectiveAndThePublisher() {
        Document about = page(site, "gioi-thieu/");
        String text = about.text();
        assertThat(text).contains("70/KH-UBND").contains("ngày 04 tháng 6 năm 2020")
                .contains("33/CT-TTg").contains("ngày 26 tháng 11 năm 2021")
                .contains("Sở Nội vụ").contains("tháng 8 năm 2023");
    }

    @Test
    void theFigureTheReportGivesIsOnTheFishingBoatModel() {
        Document story = page(site, "mo-hinh/ho-so-tau-ca-qua-dien-thoai/");
        assertThat(story.select(".figures li").eachText()).anySatisfy(t -> assertThat(t).contains("3.000"))
                .anySatisfy(t -> assertThat(t).contains("02 tỷ đồng"))
                .anySatisfy(t -> assertThat(t).contains("50 triệu đồng"));
    }
}
