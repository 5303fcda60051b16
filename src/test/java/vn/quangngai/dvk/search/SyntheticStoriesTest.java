package vn.quangngai.dvk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.BuildResult;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.testing.TestSite;

/** The generator SearchBench measures with writes valid stories, the same ones for the same seed. */
class SyntheticStoriesTest {

    @TempDir
    Path root;

    @Test
    void generatedStoriesBuildIntoASearchableSite() throws IOException {
        Path source = TestSite.write(root.resolve("src"), "");
        new SyntheticStories(TestSite.PROJECT, 7).write(source, 40);
        BuildResult result = new SiteBuild().run(source, root.resolve("site"));
        assertThat(result.stories()).isEqualTo(40);
        assertThat(result.warnings()).isEmpty();
        assertThat(new ObjectMapper().readTree(root.resolve("site/tim-kiem/chi-muc.json").toFile()).get("stories").asInt()).isEqualTo(40);

        Path again = TestSite.write(root.resolve("again"), "");
        new SyntheticStories(TestSite.PROJECT, 7).write(again, 40);
        assertThat(TestSite.read(again.resolve("content/mo-hinh/mo-hinh-00040.md")))
                .isEqualTo(TestSite.read(source.resolve("content/mo-hinh/mo-hinh-00040.md")))
                .containsPattern("[ạảãáàặẳẵắằậẩẫấầẹẻẽéèệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳ]");
    }
}
