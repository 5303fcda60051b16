package vn.quangngai.dvk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import vn.quangngai.dvk.serve.PreviewServer;

/**
 * A built site served on a free local port with a Chromium to look at it: what every browser test
 * starts once for its class and closes after it.
 */
public record SiteInChromium(PreviewServer server, Chromium chromium) implements AutoCloseable {

    /** Starts Chromium (failing or skipping as {@link Chromium#start()} says) and serves {@code site}. */
    public static SiteInChromium serve(Path site) {
        Chromium chromium = Chromium.start();
        try {
            return new SiteInChromium(PreviewServer.start(site, 0), chromium);
        } catch (IOException | RuntimeException e) {
            chromium.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The address of {@code path} on the server. */
    public String url(String path) {
        return server.url() + path;
    }

    /** Closes both; safe to call from an {@code @AfterAll} whose start failed ({@code null}). */
    public static void close(SiteInChromium started) {
        if (started != null) {
            started.close();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            chromium.close();
        }
    }
}
