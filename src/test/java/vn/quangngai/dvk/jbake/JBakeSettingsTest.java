package vn.quangngai.dvk.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jbake.properties is text a webmaster or a pull request controls: a {@code ${prefix:...}} value
 * must stay that text, never become a file's content, a URL's answer, a DNS answer, a script's
 * result or an environment variable (CVE-2022-33980: commons-configuration2 2.7 expanded them all).
 */
class JBakeSettingsTest {

    private static final String SECRET = "nội-dung-bí-mật-7f3a";

    @TempDir
    Path root;

    @Test
    void lookupsInValuesAreLeftAsWritten() throws Exception {
        Path secret = Files.writeString(root.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
        List<String> values = List.of(
                "${url:UTF-8:" + secret.toUri() + "}",
                "${file:UTF-8:" + secret + "}",
                "${dns:address|localhost}",
                "${script:javascript:3 + 4}",
                "${env:PATH}",
                "${sys:user.home}",
                "${base64Decoder:SGVsbG8=}",
                "${const:java.io.File.separator}");
        Path source = Files.createDirectories(root.resolve("src"));
        StringBuilder properties = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            // JBake reads template names with getString, which is where commons-configuration interpolates
            properties.append("template.k").append(i).append(".file=").append(values.get(i).replace("\\", "\\\\")).append('\n');
        }
        Files.writeString(source.resolve("jbake.properties"), properties, StandardCharsets.UTF_8);

        DefaultJBakeConfiguration config = JBakeSettings.load(source, root.resolve("out"));

        for (int i = 0; i < values.size(); i++) {
            assertThat(config.getTemplateByDocType("k" + i)).as(values.get(i)).isEqualTo(values.get(i));
        }
        assertThat(config.asHashMap().values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(SECRET));
    }

    @Test
    void anIncludeLineReadsNoOtherFile() throws Exception {
        Path other = Files.writeString(root.resolve("other.properties"), "template.k.file=" + SECRET + "\n", StandardCharsets.UTF_8);
        Path source = Files.createDirectories(root.resolve("src"));
        Files.writeString(source.resolve("jbake.properties"), "include=" + other.toString().replace("\\", "\\\\") + "\n"
                + "includeoptional=" + other.toString().replace("\\", "\\\\") + "\n", StandardCharsets.UTF_8);

        DefaultJBakeConfiguration config = JBakeSettings.load(source, root.resolve("out"));

        assertThat(config.asHashMap().values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(SECRET));
    }
}
