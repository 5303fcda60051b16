package vn.quangngai.dvk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quangngai.dvk.testing.TestSite;

/** A public build never names this machine: without a public address it publishes nothing and says how to give one. */
class PublicAddressTest {

    @TempDir
    Path root;

    private final Console console = new Console();

    private Path site() {
        return TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
    }

    @Test
    void theShippedSettingsHaveNoAddressOfThisMachine() throws Exception {
        assertThat(Files.readString(TestSite.PROJECT.resolve("jbake.properties"))).doesNotContain("127.0.0.1").contains("\nsite.host=\n");
    }

    @Test
    void buildWithoutAPublicAddressPublishesNothingAndSaysHowToGiveOne() throws Exception {
        Path source = site();
        assertThat(console.run("build", "--source", source.toString(), "--out", root.resolve("site").toString())).isEqualTo(Main.FAILED);
        String errors = console.err();
        assertThat(errors).contains("jbake.properties: lỗi: [site.host] chưa có địa chỉ công khai")
                .contains("--base-url https://").contains("serve");
        assertThat(Files.exists(root.resolve("site"))).isFalse();

        assertThat(console.run("build", "--source", source.toString(), "--out", root.resolve("site").toString(),
                "--base-url", "https://example.gov.vn/dan-van-kheo/")).isEqualTo(Main.OK);
        for (String file : new String[] {"sitemap.xml", "feed.xml", "robots.txt", "mo-hinh/a/index.html"}) {
            String text = Files.readString(root.resolve("site").resolve(file));
            assertThat(text).as(file).contains("https://example.gov.vn/dan-van-kheo/").doesNotContain("127.0.0.1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8820/", "http://localhost/dvk/"})
    void anAddressOfThisMachineIsRefusedFromSettingsOrCommandLine(String address) {
        Path source = site();
        TestSite.put(source, "jbake.properties", "site.host=" + address + "\nsite.title=X\n");
        assertThat(console.run("build", "--source", source.toString(), "--out", root.resolve("site").toString())).isEqualTo(Main.FAILED);
        assertThat(console.run("build", "--source", source.toString(), "--out", root.resolve("site").toString(), "--base-url", address))
                .isEqualTo(Main.FAILED);
        assertThat(console.err()).contains("[site.host] chưa có địa chỉ công khai");
        assertThat(Files.exists(root.resolve("site"))).isFalse();
    }
}
