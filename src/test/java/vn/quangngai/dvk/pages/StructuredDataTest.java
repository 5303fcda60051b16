package vn.quangngai.dvk.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.quangngai.dvk.testing.Pages.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.testing.TestSite;

/** JSON-LD is data inside a script element: no title may end that element or change the data. */
class StructuredDataTest {

    static final String HOSTILE = "</script><script>alert(1)</script> & <!-- “x”";

    @TempDir
    static Path root;
    static Path site;

    @BeforeAll
    static void bake() {
        Path source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/a.md --
                %s
                """.formatted(TestSite.story(HOSTILE.replace("\"", "\\\""), "so-y-te")));
        site = root.resolve("out");
        new SiteBuild().run(source, site);
    }

    @Test
    void aTitleWithMarkupStaysInsideTheDataAndReadsBackUnchanged() throws Exception {
        Document story = page(site, "mo-hinh/a/");
        assertThat(story.select("script")).singleElement()
                .satisfies(script -> assertThat(script.attr("type")).isEqualTo("application/ld+json"));
        String data = story.selectFirst("script").data();
        assertThat(data).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        JsonNode article = new ObjectMapper().readTree(data).path("@graph").path(0);
        assertThat(article.path("@type").asText()).isEqualTo("Article");
        assertThat(article.path("headline").asText()).isEqualTo(HOSTILE);
        assertThat(story.select("h1").text()).isEqualTo(HOSTILE);
    }

    @Test
    void listsNameTheirStoriesInOrderAndTrailsEndAtThePageItself() throws Exception {
        Document term = page(site, "co-quan/so-y-te/");
        JsonNode graph = new ObjectMapper().readTree(term.selectFirst("script[type=application/ld+json]").data()).path("@graph");
        assertThat(graph.path(0).path("@type").asText()).isEqualTo("CollectionPage");
        JsonNode first = graph.path(0).path("mainEntity").path("itemListElement").path(0);
        assertThat(first.path("position").asInt()).isEqualTo(1);
        assertThat(first.path("name").asText()).isEqualTo(HOSTILE);
        assertThat(first.path("url").asText()).isEqualTo("http://127.0.0.1:8820/mo-hinh/a/");
        JsonNode trail = graph.path(1).path("itemListElement");
        assertThat(trail).extracting(n -> n.path("name").asText()).containsExactly("Trang chủ", "Cơ quan", "Sở Y tế tỉnh Quảng Ngãi");
        assertThat(trail.path(2).path("item").asText()).isEqualTo(term.selectFirst("link[rel=canonical]").attr("href"));
    }
}
