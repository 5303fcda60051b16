package vn.quangngai.dvk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reading a built site in tests. */
public final class Pages {

    private Pages() {
    }

    /** The page at a site path such as "co-quan/so-y-te/" (folders mean their index.html). */
    public static Document page(Path site, String path) {
        Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "http://127.0.0.1/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below the site, as site-relative paths with '/' separators, sorted. */
    public static List<String> files(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
