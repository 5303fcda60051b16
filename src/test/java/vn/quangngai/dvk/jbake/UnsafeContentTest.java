package vn.quangngai.dvk.jbake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/** Our policy for raw HTML and links in Markdown: raw HTML is shown as text; unsafe links are refused. */
class UnsafeContentTest {

    @TempDir
    Path root;

    private Path site(String body) {
        String story = TestSite.story("A", "so-y-te").replace("Nội dung của A.", body);
        return TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + story);
    }

    @Test
    void scriptsAndEventHandlerAttributesBecomeVisibleText() {
        Path source = site("Trước <script>alert(1)</script> sau.\n\n<img src=x onerror=\"alert(2)\">\n\n<a href=\"#\" onclick=\"alert(3)\">x</a>");
        Path out = root.resolve("out");
        new SiteBuild().run(source, out);
        Document page = Pages.page(out, "mo-hinh/a/");
        // JSON-LD is data, never run; any other script would have come from the Markdown
        assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(page.select("[onerror], [onclick], .prose img")).isEmpty();
        assertThat(page.select(".prose").text()).contains("<script>alert(1)</script>").contains("onerror=\"alert(2)\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[bấm vào đây](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x]( javascript:alert(1) )",
            "![ảnh](data:text/html;base64,PHNjcmlwdD4=)",
            "<vbscript:msgbox(1)>",
            "[x][ref]\n\n[ref]: javascript:alert(1)"})
    void aLinkThatWouldRunCodeIsRefusedWithFileAndLine(String body) {
        Path source = site(body);
        assertThatThrownBy(() -> new SiteBuild().run(source, root.resolve("out")))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> assertThat(e.errors()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("content/mo-hinh/a.md");
                    assertThat(p.line()).isBetween(10, 12);
                    assertThat(p.message()).contains("không được phép");
                }));
    }

    @Test
    void anEntityEncodedSchemeIsCaughtWhenRendered() {
        Path source = site("[x](javascript&colon;alert(1))");
        assertThatThrownBy(() -> new SiteBuild().run(source, root.resolve("out")))
                .hasMessageContaining("content/mo-hinh/a.md").hasMessageContaining("không được phép");
    }

    @Test
    void ordinaryLinksPass() {
        Path source = site("[Cổng thông tin](https://example.gov.vn/), [thư](mailto:a@example.gov.vn), [mô hình](../b/), [mục](#ket-qua)");
        Path out = root.resolve("out");
        new SiteBuild().run(source, out);
        assertThat(Pages.page(out, "mo-hinh/a/").select(".prose a").eachAttr("href"))
                .containsExactly("https://example.gov.vn/", "mailto:a@example.gov.vn", "../b/", "#ket-qua");
    }
}
