package vn.quangngai.dvk.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.testing.TestSite;

/** {@code serve} builds as a preview: a draft has its page there, with its banner, and the console says it is held. */
class HeldPreviewTest {

    @TempDir
    Path root;

    @Test
    void serveShowsADraftWithItsBannerAndSaysTheBuildLeavesItOut() throws Exception {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te")
                + "-- content/mo-hinh/b.md --\n" + TestSite.story("B", "so-y-te", "draft: true"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        try (Preview preview = Preview.start(source, root.resolve("site"), 0, UnaryOperator.identity(), print, print)) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(preview.url() + "mo-hinh/b/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("role=\"note\"").contains("Bản nháp:");
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Bỏ qua 1 bản nháp (draft: true, không xuất bản): content/mo-hinh/b.md.");
    }
}
