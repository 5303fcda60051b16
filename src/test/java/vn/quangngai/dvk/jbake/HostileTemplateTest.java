package vn.quangngai.dvk.jbake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.testing.TestSite;

/** Templates and template settings that would publish something else than a page: the build fails and says why. */
class HostileTemplateTest {

    @TempDir
    Path root;

    private Path site(String files) {
        return TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te") + files);
    }

    private String properties(String replace, String with) throws Exception {
        return Files.readString(TestSite.PROJECT.resolve("jbake.properties")).replace(replace, with);
    }

    @Test
    void aTemplateNameWithNoEngineFailsTheBuildInsteadOfPublishingAnEmptyHomePage() throws Exception {
        Path source = site("-- jbake.properties --\n" + properties("template.home.file=home.ftl", "template.home.file=home"));
        Path out = root.resolve("out");
        assertThatThrownBy(() -> new SiteBuild().run(source, out))
                .hasMessageContaining("jbake.properties: template.home.file=home: mẫu trang phải là một tệp Freemarker có đuôi .ftl")
                .hasMessageContaining("ví dụ: template.home.file=home.ftl");
        assertThat(out.resolve("index.html")).doesNotExist();
    }

    @Test
    void aTemplateFileThatDoesNotExistFailsTheBuild() throws Exception {
        Path source = site("-- jbake.properties --\n" + properties("template.home.file=home.ftl", "template.home.file=trang-chu.ftl"));
        Path out = root.resolve("out");
        assertThatThrownBy(() -> new SiteBuild().run(source, out))
                .hasMessageContaining("jbake.properties: template.home.file=trang-chu.ftl: không có tệp templates/trang-chu.ftl");
        assertThat(out.resolve("index.html")).doesNotExist();
    }

    @Test
    void aTemplateThatRunsACommandFailsTheBuild() throws Exception {
        String story = Files.readString(TestSite.PROJECT.resolve("templates/story.ftl"));
        int afterFtlHeader = story.indexOf('\n') + 1;
        Path source = site("-- templates/story.ftl --\n" + story.substring(0, afterFtlHeader)
                + "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"java -version\")}\n" + story.substring(afterFtlHeader));
        Path out = root.resolve("out");
        assertThatThrownBy(() -> new SiteBuild().run(source, out))
                .hasMessageContaining("templates/story.ftl, dòng 2: mẫu trang không được tạo đối tượng Java")
                .hasMessageContaining("khi tạo mo-hinh/a");
        assertThat(out).doesNotExist();
    }

    @Test
    void aTemplateThatRecursesForeverFailsTheBuildNamingThePageNotWithAStackTrace() throws Exception {
        String story = Files.readString(TestSite.PROJECT.resolve("templates/story.ftl"));
        int afterFtlHeader = story.indexOf('\n') + 1;
        Path source = site("-- templates/story.ftl --\n" + story.substring(0, afterFtlHeader)
                + "<#macro deeper><@deeper/></#macro><@deeper/>\n" + story.substring(afterFtlHeader));
        Path out = root.resolve("out");
        assertThatThrownBy(() -> new SiteBuild().run(source, out))
                .isNotInstanceOf(StackOverflowError.class)
                .hasMessageContaining("lồng nhau quá sâu")
                .hasMessageContaining("khi tạo mo-hinh/a");
        assertThat(out).doesNotExist();
    }
}
