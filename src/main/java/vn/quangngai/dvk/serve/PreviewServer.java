package vn.quangngai.dvk.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves a built site on 127.0.0.1 for preview, as a static web server would: folders answer with
 * their index.html, a folder without its trailing slash is redirected, a missing file gets the
 * site's 404 page, and no request can reach outside the site folder.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "jpg", "image/jpeg",
            "csv", "text/csv; charset=utf-8");

    static final String RELOAD_SCRIPT = "<script src=\"/__dvk/reload.js\" defer></script>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Path root;
    private final Supplier<BuildStatus> status;
    private final ExecutorService workers = Executors.newFixedThreadPool(4, task -> {
        // daemons: the server's own dispatcher keeps the JVM alive until close()
        Thread thread = new Thread(task, "dvk-preview");
        thread.setDaemon(true);
        return thread;
    });

    private PreviewServer(HttpServer server, Path root, Supplier<BuildStatus> status) {
        this.server = server;
        this.root = root;
        this.status = status;
    }

    /** Serves a built site as it is. */
    public static PreviewServer start(Path site, int port) throws IOException {
        return start(site, port, null);
    }

    /**
     * Serves a site that is being rebuilt: HTML pages get a small script that reloads them after
     * each published build and shows the problems of a failed one ({@code status}).
     */
    public static PreviewServer start(Path site, int port, Supplier<BuildStatus> status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        PreviewServer preview = new PreviewServer(server, site.toAbsolutePath().normalize(), status);
        server.createContext("/", preview::handle);
        server.setExecutor(preview.workers);
        server.start();
        return preview;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes());
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (status != null && path.startsWith("/__dvk/")) {
                serveLive(exchange, path);
                return;
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 403, "text/plain; charset=utf-8", "Forbidden".getBytes());
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (Files.isRegularFile(file)) {
                String type = type(file);
                send(exchange, 200, type, live(type, Files.readAllBytes(file)));
            } else {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                        : "<!DOCTYPE html><html lang=\"vi\"><title>Chưa có trang</title><body><p>Chưa có bản xuất bản nào.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, TYPES.get("html"), live(TYPES.get("html"), body));
            }
        }
    }

    private void serveLive(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/__dvk/status")) {
            send(exchange, 200, "application/json", JSON.writeValueAsBytes(status.get()));
        } else if (path.equals("/__dvk/reload.js")) {
            try (InputStream script = PreviewServer.class.getResourceAsStream("reload.js")) {
                send(exchange, 200, TYPES.get("js"), script.readAllBytes());
            }
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes());
        }
    }

    /** Adds the reload script to an HTML page when the site is being rebuilt. */
    private byte[] live(String type, byte[] body) {
        if (status == null || !type.startsWith("text/html")) {
            return body;
        }
        String html = new String(body, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        return (end < 0 ? html + RELOAD_SCRIPT : html.substring(0, end) + RELOAD_SCRIPT + html.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        // stop the request threads with the server rather than leave them to the end of the program
        workers.shutdownNow();
    }
}
