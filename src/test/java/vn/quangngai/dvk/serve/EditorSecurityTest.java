package vn.quangngai.dvk.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The editor writes files, so every write is guarded (WriteGuard, StoryStore, PhotoUpload): a
 * page of another site, a request without the session's token, a name that would leave content/,
 * a file that is not a photo, a photo too large, a Host that is not this machine (DNS rebinding);
 * and what it reads and makes of photos: only those under assets/anh/, each made once.
 */
class EditorSecurityTest {

    @TempDir
    Path root;
    Path source;
    Preview preview;
    String token;
    String origin;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException, InterruptedException {
        source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        preview = Preview.start(source, root.resolve("preview"), 0, UnaryOperator.identity(), quiet, quiet);
        String form = client.send(HttpRequest.newBuilder(URI.create(preview.editorUrl() + "moi/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher meta = Pattern.compile("<meta name=\"dvk-token\" content=\"([0-9a-f]{64})\">").matcher(form);
        assertThat(meta.find()).as("the form carries the session's token").isTrue();
        token = meta.group(1);
        URI url = URI.create(preview.url());
        origin = url.getScheme() + "://" + url.getAuthority();
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(preview.editorUrl() + path)).POST(body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String save(String slug, String title) {
        return """
                {"form": {"slug": "%s", "title": "%s", "date": "2026-11-25", "asOf": "", "agency": "so-y-te",
                 "districts": [], "communes": [], "fields": ["van-hoa-cong-so"], "summary": "Tóm tắt.", "figures": [],
                 "photos": [], "body": "## Mô hình là gì\\n\\nNội dung.", "draft": true},
                 "openedSlug": null, "sha256": null}""".formatted(slug, title);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(p -> !p.startsWith("preview")).sorted().toList();
        }
    }

    @Test
    void aWriteWithoutTheTokenOrFromAnotherOriginIsRefusedAndWritesNothing() throws Exception {
        List<String> before = files();
        HttpResponse<String> noToken = post("api/luu", HttpRequest.BodyPublishers.ofString(save("moi", "Mới")),
                "Content-Type", "application/json", "Origin", origin);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("mã phiên");
        HttpResponse<String> otherSite = post("api/luu", HttpRequest.BodyPublishers.ofString(save("moi", "Mới")),
                "Content-Type", "application/json", "X-DVK-Token", token, "Origin", "http://evil.example");
        assertThat(otherSite.statusCode()).isEqualTo(403);
        assertThat(otherSite.body()).contains("Origin: http://evil.example");
        assertThat(files()).isEqualTo(before);

        HttpResponse<String> good = post("api/luu", HttpRequest.BodyPublishers.ofString(save("moi", "Mới")),
                "Content-Type", "application/json", "X-DVK-Token", token, "Origin", origin);
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        assertThat(source.resolve("content/mo-hinh/moi.md")).exists();
    }

    @Test
    void aNameThatWouldLeaveContentIsRefused() throws Exception {
        List<String> before = files();
        for (String slug : List.of("../../x", "..\\\\..\\\\x", "a/b", "CON", "con", "aux", "%2e%2e")) {
            HttpResponse<String> response = post("api/luu", HttpRequest.BodyPublishers.ofString(save(slug, "Thoát")),
                    "Content-Type", "application/json", "X-DVK-Token", token, "Origin", origin);
            assertThat(response.statusCode()).as(slug + ": " + response.body()).isBetween(400, 499);
        }
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void anUploadThatIsNotAPhotoOrTooLargeIsRefused() throws Exception {
        byte[] gif = "GIF89a not a photo".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> notPhoto = post("api/anh?slug=moi", HttpRequest.BodyPublishers.ofByteArray(gif),
                "Content-Type", "application/octet-stream", "X-DVK-Token", token, "Origin", origin);
        assertThat(notPhoto.statusCode()).as(notPhoto.body()).isEqualTo(415);
        byte[] huge = new byte[21 * 1024 * 1024];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        HttpResponse<String> tooLarge = post("api/anh?slug=moi", HttpRequest.BodyPublishers.ofByteArray(huge),
                "Content-Type", "application/octet-stream", "X-DVK-Token", token, "Origin", origin);
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(source.resolve("assets/anh")).satisfiesAnyOf(
                dir -> assertThat(dir).doesNotExist(),
                dir -> assertThat(Files.list(dir).filter(p -> !p.getFileName().toString().equals(".jbakeignore")).toList()).isEmpty());
    }

    /** The form's small copies of a story's photos: only files under assets/anh/, by their exact names, made by the pipeline. */
    @Test
    void theFormsPhotoPreviewGivesOnlyPhotosUnderAssetsAnhAsThePipelineMakesThem() throws Exception {
        Files.createDirectories(source.resolve("assets/anh"));
        Files.write(source.resolve("assets/anh/bep.jpg"),
                vn.quangngai.dvk.image.SyntheticImages.phoneJpeg(vn.quangngai.dvk.image.SyntheticImages.photoLike(1200, 900, 7), 6));
        Files.write(root.resolve("ngoai.jpg"), vn.quangngai.dvk.image.SyntheticImages.jpeg(vn.quangngai.dvk.image.SyntheticImages.photoLike(900, 600, 8), false));
        Files.createSymbolicLink(source.resolve("assets/anh/lien-ket.jpg"), root.resolve("ngoai.jpg"));
        HttpResponse<byte[]> small = client.send(HttpRequest.newBuilder(URI.create(preview.editorUrl() + "api/anh-nho?src=anh/bep.jpg")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        java.awt.image.BufferedImage shown = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(small.body()));
        assertThat(shown.getWidth() + "x" + shown.getHeight()).as("the smallest width, upright").isEqualTo("480x640");
        assertThat(new String(small.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif", vn.quangngai.dvk.image.SyntheticImages.MODEL);
        for (String src : List.of("anh/khong-co.jpg", "anh/BEP.jpg", "anh/../jbake.properties", "../jbake.properties", "jbake.properties",
                "anh/lien-ket.jpg", "anh//bep.jpg", "anh\\bep.jpg", "")) {
            HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(preview.editorUrl() + "api/anh-nho?src="
                    + java.net.URLEncoder.encode(src, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(src).isEqualTo(404);
            assertThat(refused.body()).as(src).startsWith("Không có ảnh này trong assets/anh/");
        }
    }

    /**
     * A photo sent from the form is made once: the unsaved preview and the preview after saving
     * take it from the cache beside the preview's output, where the upload put it (they each made
     * it again before: about 1.3 s for a phone photo, every time).
     */
    @Test
    void aPhotoSentFromTheFormIsMadeOnceForTheUnsavedPreviewAndThePreview() throws Exception {
        byte[] photo = vn.quangngai.dvk.image.SyntheticImages.phoneJpeg(vn.quangngai.dvk.image.SyntheticImages.photoLike(1600, 1200, 9), 1);
        HttpResponse<String> sent = post("api/anh?slug=b", HttpRequest.BodyPublishers.ofByteArray(photo),
                "Content-Type", "application/octet-stream", "X-DVK-Token", token, "Origin", origin);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        String src = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sent.body()).path("src").asText();
        String form = save("b", "Bếp ăn").replace("\"photos\": []", "\"photos\": [{\"src\": \"" + src + "\", \"alt\": \"Bếp ăn\"}]");
        assertThat(form).contains(src);
        HttpResponse<String> unsaved = post("api/xem-truoc", HttpRequest.BodyPublishers.ofString(form),
                "Content-Type", "application/json", "X-DVK-Token", token, "Origin", origin);
        assertThat(unsaved.body()).as("the unsaved preview").contains("\"url\"");
        HttpResponse<String> saved = post("api/luu", HttpRequest.BodyPublishers.ofString(form),
                "Content-Type", "application/json", "X-DVK-Token", token, "Origin", origin);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        Path page = root.resolve("preview/mo-hinh/b/index.html");
        String stem = src.substring(src.lastIndexOf('/') + 1, src.lastIndexOf('.'));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!(Files.exists(page) && Files.readString(page, StandardCharsets.UTF_8).contains(stem))) {
            assertThat(System.nanoTime()).as("the preview rebuilt with the photo").isLessThan(deadline);
            Thread.sleep(50);
        }
        List<Path> made;
        try (Stream<Path> walk = Files.walk(root)) {
            made = walk.filter(p -> p.getFileName().toString().equals("anh.properties")).toList();
        }
        assertThat(made).as("one entry, made once").hasSize(1);
        assertThat(made.get(0)).startsWith(vn.quangngai.dvk.image.ImagePipeline.cacheBeside(root.resolve("preview")));
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws Exception {
        int port = URI.create(preview.url()).getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /bien-tap/ HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 421");
            assertThat(response).doesNotContain(token);
        }
    }

    @Test
    void aTitleWithMarkupIsStoredAsTextAndListedAsData() throws Exception {
        String title = "<script>alert(1)</script> & <b>đậm</b>";
        HttpResponse<String> saved = post("api/luu", HttpRequest.BodyPublishers.ofString(save("tieu-de-la", title.replace("\"", "\\\""))),
                "Content-Type", "application/json", "X-DVK-Token", token, "Origin", origin);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(TestSite.read(source.resolve("content/mo-hinh/tieu-de-la.md"))).contains("title: \"" + title + "\"");
        HttpResponse<String> list = client.send(HttpRequest.newBuilder(URI.create(preview.editorUrl() + "api/bai")).build(),
                HttpResponse.BodyHandlers.ofString());
        // data, never a page: the list page puts it in with textContent
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(list.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(TestSite.read(TestSite.PROJECT.resolve("src/main/resources/vn/quangngai/dvk/editor/danh-sach.js")))
                .doesNotContain("innerHTML", "insertAdjacentHTML", "document.write");
        String page = client.send(HttpRequest.newBuilder(URI.create(preview.editorUrl())).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).doesNotContain("alert(1)");
    }
}
