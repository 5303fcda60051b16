package vn.quangngai.dvk.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.testing.TestSite;

/** A photo is found by its exact name on every system, and a problem with it names the line of its src:. */
class ImageNameTest {

    @TempDir
    Path root;

    private Problem onlyError() {
        try {
            new SiteReader(root).read();
        } catch (InvalidSourceException e) {
            assertThat(e.errors()).hasSize(1);
            return e.errors().get(0);
        }
        throw new AssertionError("the site was expected not to build");
    }

    private void storyWithImage(String src) {
        TestSite.write(root, "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te", "images:", "  - src: " + src, "    alt: Ảnh"));
    }

    @Test
    void aMissingImageIsReportedAtTheLineOfItsSrc() {
        storyWithImage("anh/khong-co.jpg");
        Problem p = onlyError();
        assertThat(p.message()).contains("không tìm thấy ảnh assets/anh/khong-co.jpg");
        assertThat(p.line()).as("src: is the eighth line of the file").isEqualTo(8);
        assertThat(p.field()).isEqualTo("images[0].src");
    }

    @Test
    void anImageWrittenInOtherCapitalsThanOnDiskIsAnErrorOnEverySystem() throws Exception {
        storyWithImage("anh/Mo-Duc.JPG");
        Files.createDirectories(root.resolve("assets/anh"));
        Files.write(root.resolve("assets/anh/mo-duc.jpg"), new byte[] {1});
        Problem p = onlyError();
        assertThat(p.line()).isEqualTo(8);
        assertThat(p.message()).contains("assets/anh/mo-duc.jpg");
        assertThat(p.hint()).isEqualTo("Ghi đúng tên như trên đĩa: src: anh/mo-duc.jpg");
        TestSite.put(root, "content/mo-hinh/a.md", TestSite.story("A", "so-y-te", "images:", "  - src: anh/mo-duc.jpg", "    alt: Ảnh"));
        assertThat(new SiteReader(root).read().stories().get(0).images().get(0).src()).as("written as on disk").isEqualTo("anh/mo-duc.jpg");
    }

    @Test
    void anImageNamedOnDiskInDecomposedFormIsAnError() throws Exception {
        storyWithImage("anh/đức-phổ.jpg");
        Files.createDirectories(root.resolve("assets/anh"));
        Files.write(root.resolve("assets/anh/" + Normalizer.normalize("đức-phổ.jpg", Normalizer.Form.NFD)), new byte[] {1});
        assertThat(onlyError().hint()).contains("dạng Unicode khác");
    }
}
