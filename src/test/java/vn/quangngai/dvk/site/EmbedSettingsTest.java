package vn.quangngai.dvk.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.testing.TestSite;

/** site.embed.origins and site.embed.count in jbake.properties: read, normalised, refused in Vietnamese when wrong. */
class EmbedSettingsTest {

    @TempDir
    Path root;

    Settings read(String lines) {
        TestSite.put(root, "jbake.properties", "site.title=Dân vận khéo\n" + lines);
        return Settings.read(root);
    }

    Problem refused(String lines) {
        return catchThrowableOfType(InvalidSourceException.class, () -> read(lines)).errors().get(0);
    }

    @Test
    void withoutTheKeysOnlyThisSiteMayFrameAndFiveModelsAreShown() {
        Embed embed = read("").embed();
        assertThat(embed.origins()).isEmpty();
        assertThat(embed.count()).isEqualTo(5);
        assertThat(embed.frameAncestors()).isEqualTo("'self'");
    }

    @Test
    void originsAreSeparatedBySpacesNormalisedAndKeptOnce() {
        Embed embed = read("site.embed.origins=HTTPS://Tin.Example.gov.vn/  http://noi-bo.example:8080 https://tin.example.gov.vn\nsite.embed.count=3\n").embed();
        assertThat(embed.origins()).containsExactly("https://tin.example.gov.vn", "http://noi-bo.example:8080");
        assertThat(embed.frameAncestors()).isEqualTo("'self' https://tin.example.gov.vn http://noi-bo.example:8080");
        assertThat(embed.count()).isEqualTo(3);
    }

    @Test
    void anOriginWithAPathOrAnotherSchemeOrAWildcardIsRefusedWithWhatToWrite() {
        for (String wrong : new String[] {"https://tin.example.gov.vn/tin-tuc/", "ftp://tin.example.gov.vn", "*", "tin.example.gov.vn",
                "https://a.example,https://b.example"}) {
            Problem problem = refused("site.embed.origins=" + wrong + "\n");
            assertThat(problem.file()).isEqualTo("jbake.properties");
            assertThat(problem.field()).isEqualTo("site.embed.origins");
            assertThat(problem.message()).as(wrong).contains(wrong).contains("không phải địa chỉ gốc");
            assertThat(problem.hint()).contains("cách nhau bằng dấu cách");
        }
    }

    @Test
    void aCountThatIsNotASmallPositiveNumberIsRefused() {
        for (String wrong : new String[] {"0", "-1", "năm", "100"}) {
            Problem problem = refused("site.embed.count=" + wrong + "\n");
            assertThat(problem.field()).isEqualTo("site.embed.count");
            assertThat(problem.hint()).contains("từ 1 đến 99");
        }
    }
}
