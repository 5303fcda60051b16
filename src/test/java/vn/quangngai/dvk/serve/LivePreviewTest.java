package vn.quangngai.dvk.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.testing.TestSite;

/** The writers' preview, for real: a file saved on disk, a rebuild, a page that changes. */
class LivePreviewTest {

    @TempDir
    Path root;
    Path source;
    Preview preview;
    final HttpClient client = HttpClient.newHttpClient();
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        preview = Preview.start(source, root.resolve("site"), 0, UnaryOperator.identity(), print, print);
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
    }

    private String get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(preview.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private JsonNode status() throws IOException, InterruptedException {
        return new ObjectMapper().readTree(get("__dvk/status"));
    }

    /** Waits for the preview's status to satisfy {@code until}; returns the milliseconds it took. */
    private long await(Predicate<JsonNode> until) throws IOException, InterruptedException {
        long start = System.nanoTime();
        while (!until.test(status())) {
            assertThat(System.nanoTime() - start).as("rebuild did not happen in 20 s; log:\n" + log).isLessThan(20_000_000_000L);
            Thread.sleep(20);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void pagesCarryTheReloadScriptOnlyInThePreview() throws Exception {
        assertThat(get("mo-hinh/a/")).contains(PreviewServer.RELOAD_SCRIPT);
        assertThat(TestSite.read(root.resolve("site/mo-hinh/a/index.html"))).doesNotContain("__dvk");
        assertThat(get("__dvk/reload.js")).contains("location.reload()");
    }

    @Test
    void anEditAppearsAndAnErrorIsShownWhileTheLastGoodSiteStaysServed() throws Exception {
        long version = status().get("version").asLong();
        TestSite.put(source, "content/mo-hinh/a.md", TestSite.story("A", "so-y-te").replace("Nội dung của A.", "Đã sửa nội dung."));
        long editMillis = await(s -> s.get("version").asLong() > version);
        assertThat(get("mo-hinh/a/")).contains("Đã sửa nội dung.");

        TestSite.put(source, "content/mo-hinh/a.md", TestSite.story("A", "so-yte"));
        await(s -> s.get("problems").size() > 0);
        assertThat(status().get("problems").get(0).asText()).contains("content/mo-hinh/a.md:4").contains("so-y-te");
        assertThat(get("mo-hinh/a/")).contains("Đã sửa nội dung.");

        TestSite.put(source, "content/mo-hinh/a.md", TestSite.story("A", "so-y-te"));
        await(s -> s.get("problems").isEmpty() && s.get("version").asLong() > version + 1);
        assertThat(get("mo-hinh/a/")).contains("Nội dung của A.");
        System.out.println("preview: a one-story edit appeared " + editMillis + " ms after the file was saved");
    }

    @Test
    void aTemplateErrorIsShownWithTheTemplateAndLine() throws Exception {
        TestSite.put(source, "templates/story.ftl", "<#ftl output_format=\"HTML\">\n${content.khong_co.x}\n");
        await(s -> s.get("problems").size() > 0);
        assertThat(status().get("problems").toString()).contains("story.ftl").contains("line 2");
    }
}
