package vn.quangngai.dvk.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    @TempDir
    Path root;
    PreviewServer server;
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        Path site = root.resolve("site");
        Files.createDirectories(site.resolve("co-quan"));
        Files.writeString(site.resolve("index.html"), "<p>trang chủ</p>");
        Files.writeString(site.resolve("co-quan/index.html"), "<p>cơ quan</p>");
        Files.writeString(site.resolve("404.html"), "<p>không tìm thấy</p>");
        Files.writeString(root.resolve("secret.txt"), "secret");
        server = PreviewServer.start(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.url()).startsWith("http://127.0.0.1:");
    }

    @Test
    void servesFoldersByTheirIndexAndRedirectsAFolderWithoutSlash() throws Exception {
        assertThat(get("").body()).isEqualTo("<p>trang chủ</p>");
        assertThat(get("").headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        HttpResponse<String> redirect = get("co-quan");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).contains("/co-quan/");
        assertThat(get("co-quan/").body()).isEqualTo("<p>cơ quan</p>");
    }

    @Test
    void aMissingPageGetsThe404PageWithStatus404() throws Exception {
        HttpResponse<String> response = get("khong-co/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("<p>không tìm thấy</p>");
    }

    @Test
    void refusesPathTraversalPlainAndEncoded() throws IOException {
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/co-quan/../../secret.txt"}) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(response).as(path).startsWith("HTTP/1.1 403").doesNotContain("secret\n").doesNotEndWith("secret");
        }
    }

    private String raw(String request) throws IOException {
        URI uri = URI.create(server.url());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
