package vn.quangngai.dvk.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import vn.quangngai.dvk.testing.TestSite;

/**
 * Debian's nginx, run by the current user in a temporary prefix with the shipped
 * {@code deploy/nginx.conf} included, its example paths replaced: the site folder, the sub-path
 * (or "/" for a site at the root, with the sub-path-only lines left out) and a loopback port.
 * Nothing outside the temporary folder is read or written but the site and nginx itself.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");
    static final Path SHIPPED_CONFIG = TestSite.PROJECT.resolve("deploy/nginx.conf");

    /** The example values in deploy/nginx.conf that a webmaster (and this test) replaces. */
    static final String EXAMPLE_FOLDER = "/srv/dan-van-kheo/current/";
    static final String EXAMPLE_PREFIX = "/dan-van-kheo/";
    static final String SUB_PATH_ONLY = "# chỉ dùng cho đường dẫn con";

    private final Process process;
    private final Path prefix;
    private final int port;

    private Nginx(Process process, Path prefix, int port) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
    }

    /** nginx must be installed: on CI (CI=true) its absence fails the test; elsewhere it skips it. */
    static void require() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String why = BINARY + " is missing: install it with 'apt-get install -y --no-install-recommends nginx' (.ci/run does)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(why);
        }
        Assumptions.abort(why);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * deploy/nginx.conf changed as docs/deploy.md tells a webmaster: for another path, the
     * sub-path-only lines dropped and every " /dan-van-kheo/" (a path after a space) replaced, as its
     * sed command does; then the folder, and the port on the loopback address.
     */
    static String siteConfig(String shipped, Path site, String sitePrefix, int port) {
        String config = shipped;
        if (!sitePrefix.equals(EXAMPLE_PREFIX)) {
            config = config.lines().filter(line -> !line.endsWith(SUB_PATH_ONLY)).collect(Collectors.joining("\n", "", "\n"));
            config = config.replace(" " + EXAMPLE_PREFIX, " " + sitePrefix);
        }
        config = replaceOnce(config, "listen 80;", "listen 127.0.0.1:" + port + ";");
        config = replaceOnce(config, "    listen [::]:80;\n", "");
        String folder = site.toAbsolutePath().normalize() + "/";
        return replaceOnce(config, "alias " + EXAMPLE_FOLDER + ";", "alias " + folder + ";");
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException("deploy/nginx.conf must contain \"" + from.strip() + "\" exactly once");
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The main configuration: one foreground process, every file it writes kept in {@code prefix}. */
    static String mainConfig(Path prefix) {
        String p = prefix.toAbsolutePath().normalize().toString();
        return """
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/site.conf;
                }
                """.formatted(p);
    }

    /** Writes the configuration into {@code prefix}; returns nginx's command line, with extra arguments. */
    static List<String> prepare(Path prefix, Path site, String sitePrefix, int port, String... extra) {
        return prepare(prefix, site, sitePrefix, port, UnaryOperator.identity(), extra);
    }

    /** As above, with deploy/nginx.conf first changed by {@code edit}, as a webmaster would change it. */
    static List<String> prepare(Path prefix, Path site, String sitePrefix, int port, UnaryOperator<String> edit, String... extra) {
        try {
            Files.createDirectories(prefix);
            String shipped = edit.apply(Files.readString(SHIPPED_CONFIG, StandardCharsets.UTF_8));
            Files.writeString(prefix.resolve("site.conf"), siteConfig(shipped, site, sitePrefix, port), StandardCharsets.UTF_8);
            Files.writeString(prefix.resolve("nginx.conf"), mainConfig(prefix), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String p = prefix.toAbsolutePath().normalize().toString();
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "-p", p + "/", "-c", p + "/nginx.conf",
                "-e", p + "/error.log"));
        command.addAll(List.of(extra));
        return command;
    }

    /** {@code nginx -t} on the configuration: exit status and everything it printed. */
    static Result test(Path prefix, Path site, String sitePrefix, int port) {
        try {
            Process process = new ProcessBuilder(prepare(prefix, site, sitePrefix, port, "-t")).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("nginx -t did not finish in 30 s");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Result(int exitCode, String output) {
    }

    /** Starts nginx serving {@code site} at {@code http://127.0.0.1:port}{@code sitePrefix}; waits until it accepts connections. */
    static Nginx start(Path prefix, Path site, String sitePrefix, int port) {
        return start(prefix, site, sitePrefix, port, UnaryOperator.identity());
    }

    /** As above, with deploy/nginx.conf first changed by {@code edit}. */
    static Nginx start(Path prefix, Path site, String sitePrefix, int port, UnaryOperator<String> edit) {
        List<String> command = prepare(prefix, site, sitePrefix, port, edit);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(prefix.resolve("stdout.log").toFile())
                    .redirectError(prefix.resolve("stderr.log").toFile())
                    .start();
            Nginx nginx = new Nginx(process, prefix, port);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx stopped with status " + process.exitValue() + ":\n" + nginx.logs());
                }
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return nginx;
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            nginx.close();
            throw new IllegalStateException("nginx did not listen on 127.0.0.1:" + port + " within 15 s:\n" + nginx.logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return port;
    }

    /** nginx's error log and console output, for failure messages. */
    String logs() {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("error.log", "stderr.log", "stdout.log")) {
            Path file = prefix.resolve(name);
            if (Files.exists(file)) {
                text.append("--- ").append(name).append('\n').append(TestSite.read(file));
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
