package vn.quangngai.dvk.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Serves a built site on 127.0.0.1 for preview, as a static web server would: folders answer with
 * their index.html, a folder without its trailing slash is redirected, a missing file gets the
 * site's 404 page, and no request can reach outside the site folder.
 *
 * <p>Only requests addressed to this machine and port are answered: a web page elsewhere whose
 * name an attacker points at 127.0.0.1 (DNS rebinding) sends its own name as {@code Host}. A
 * client that sends a request's headers slowly, or never finishes them, holds one of
 * {@link #WORKERS} threads for at most {@link #HEADER_SECONDS} seconds: the JDK's server reads a
 * request's headers on a worker thread and, by default, waits for them forever.
 */
public final class PreviewServer implements AutoCloseable {

    static final int WORKERS = 16;
    static final String HEADER_SECONDS = "5";

    static {
        // The JDK's server reads these once, when the first server of the program is created; a
        // value given on the command line (-D) is kept. maxReqTime bounds the time from a
        // connection (or a kept-alive connection's next bytes) to the end of the request's
        // headers; maxRspTime the time a client may take to read an answer.
        setIfAbsent("sun.net.httpserver.maxReqTime", HEADER_SECONDS);
        setIfAbsent("sun.net.httpserver.maxRspTime", "60");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

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

    /** Open event streams at most: each holds a worker thread, the rest must stay free for pages. */
    static final int STREAMS = WORKERS / 2;
    /** An event stream ends before the JDK's server would cut it (maxRspTime); the page's EventSource reconnects. */
    private static final long STREAM_MILLIS = 45_000;
    private static final long HEARTBEAT_MILLIS = 15_000;

    private final HttpServer server;
    private final Path root;
    private final Object changes = new Object();
    private final Semaphore streams = new Semaphore(STREAMS);
    private final Supplier<BuildStatus> status;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, task -> {
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
        return "http://127.0.0.1:" + port() + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Serves {@code handler} under {@code prefix} with the same refusal of requests addressed to
     * another host as the site itself (DNS rebinding).
     */
    public void mount(String prefix, HttpHandler handler) {
        server.createContext(prefix, exchange -> {
            try (exchange) {
                if (!addressedHere(exchange)) {
                    refuseElsewhere(exchange);
                    return;
                }
                handler.handle(exchange);
            }
        });
    }

    /** Wakes the open event streams: the status changed (a build published or failed). */
    public void statusChanged() {
        synchronized (changes) {
            changes.notifyAll();
        }
    }

    /** Whether the request has one {@code Host}, naming this machine's loopback address or name and this port. */
    private boolean addressedHere(HttpExchange exchange) {
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        if (hosts == null || hosts.size() != 1) {
            return false;
        }
        String host = hosts.get(0).strip().toLowerCase(Locale.ROOT);
        for (String name : LOOPBACK_NAMES) {
            if (host.equals(name + ":" + port()) || port() == 80 && host.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> LOOPBACK_NAMES = List.of("127.0.0.1", "localhost", "[::1]");
    private static final String TEXT = "text/plain; charset=utf-8";

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!addressedHere(exchange)) {
                refuseElsewhere(exchange);
                return;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes());
                return;
            }
            String path;
            Path file;
            try {
                path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
                // a NUL (%00) or a name the file system refuses: the JDK's server would drop the connection without an answer
                file = root.resolve(path.substring(1)).normalize();
            } catch (IllegalArgumentException e) {
                send(exchange, 400, TEXT, "Địa chỉ trang không hợp lệ: có ký tự không được phép trong đường dẫn.\n"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (status != null && path.startsWith("/__dvk/")) {
                serveLive(exchange, path);
                return;
            }
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

    private void refuseElsewhere(HttpExchange exchange) throws IOException {
        send(exchange, 421, TEXT, ("Máy chủ xem trước chỉ trả lời các trang mở bằng địa chỉ " + url() + " (hoặc http://localhost:"
                + port() + "/). Hãy mở trang bằng địa chỉ đó.\n").getBytes(StandardCharsets.UTF_8));
    }

    private void serveLive(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/__dvk/events")) {
            stream(exchange);
        } else if (path.equals("/__dvk/status")) {
            send(exchange, 200, "application/json", JSON.writeValueAsBytes(status.get()));
        } else if (path.equals("/__dvk/reload.js")) {
            try (InputStream script = PreviewServer.class.getResourceAsStream("reload.js")) {
                send(exchange, 200, TYPES.get("js"), script.readAllBytes());
            }
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes());
        }
    }

    /**
     * Server-sent events: the status at once, then again each time it changes, so that the page
     * reloads as soon as a build is published instead of asking every few hundred milliseconds.
     */
    private void stream(HttpExchange exchange) throws IOException {
        if (!streams.tryAcquire()) {
            send(exchange, 503, TEXT, "Quá nhiều trang xem trước đang mở; trang này tự hỏi lại sau mỗi giây.\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            long end = System.currentTimeMillis() + STREAM_MILLIS;
            BuildStatus sent = null;
            out.write("retry: 250\n\n".getBytes(StandardCharsets.UTF_8));
            while (System.currentTimeMillis() < end) {
                BuildStatus now = status.get();
                if (!now.equals(sent)) {
                    out.write(("data: " + JSON.writeValueAsString(now) + "\n\n").getBytes(StandardCharsets.UTF_8));
                    sent = now;
                } else {
                    out.write(":\n\n".getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
                synchronized (changes) {
                    if (status.get().equals(sent)) {
                        changes.wait(Math.min(HEARTBEAT_MILLIS, Math.max(1, end - System.currentTimeMillis())));
                    }
                }
            }
            out.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page was closed or reloaded
        } finally {
            streams.release();
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
