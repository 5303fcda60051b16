package vn.quangngai.dvk.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n");
            assertThat(response).as(path).startsWith("HTTP/1.1 403").doesNotContain("secret\n").doesNotEndWith("secret");
        }
    }

    @Test
    void aNulInThePathIsABadRequest() throws IOException {
        for (String path : new String[] {"/%00", "/index.html%00.txt", "/co-quan/%00/"}) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n");
            assertThat(response).as(path).startsWith("HTTP/1.1 400").contains("không hợp lệ");
        }
    }

    @Test
    void answersOnlyRequestsAddressedToThisMachineAndPort() throws IOException {
        int port = URI.create(server.url()).getPort();
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port}) {
            assertThat(raw("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")).as(host)
                    .startsWith("HTTP/1.1 200").contains("trang chủ");
        }
        // DNS rebinding: a page of attacker.example whose name now points at 127.0.0.1 reads the preview
        for (String host : new String[] {"attacker.example:" + port, "attacker.example", "127.0.0.1", "localhost:" + (port + 1),
                "127.0.0.1:" + port + ".attacker.example", "127.0.0.1:" + port + "@attacker.example", ""}) {
            assertThat(raw("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")).as(host)
                    .startsWith("HTTP/1.1 421").contains("http://127.0.0.1:" + port + "/").doesNotContain("trang chủ");
        }
        assertThat(raw("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")).as("no Host").startsWith("HTTP/1.1 421");
        assertThat(raw("GET / HTTP/1.1\r\nHost: " + host() + "\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"))
                .as("two Hosts").startsWith("HTTP/1.1 421");
    }

    @Test
    void slowPartialRequestsDoNotStopItAnsweringOthers() throws IOException {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) { // twice the four workers the server used to have
                slow.add(partialRequest());
            }
            assertThat(raw("GET / HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 200").contains("trang chủ");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aRequestWhoseHeadersNeverEndIsClosedByTheServer() throws IOException {
        try (Socket socket = partialRequest()) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            // the server closes it: end of stream or a reset; a read that times out fails the test
            int first;
            try {
                first = socket.getInputStream().read();
            } catch (SocketTimeoutException stillOpen) {
                throw new AssertionError("the server kept a request with unfinished headers open", stillOpen);
            } catch (SocketException reset) {
                first = -1;
            }
            assertThat(first).isEqualTo(-1);
        }
    }

    /** A connection that has sent part of a request's headers and sends nothing more. */
    private Socket partialRequest() throws IOException {
        URI uri = URI.create(server.url());
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host() + "\r\nX-Slow: a").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private String host() {
        URI uri = URI.create(server.url());
        return uri.getHost() + ":" + uri.getPort();
    }

    /** Far longer than the server's limits, so that a server that keeps a connection open fails the test instead of hanging it. */
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private String raw(String request) throws IOException {
        URI uri = URI.create(server.url());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
