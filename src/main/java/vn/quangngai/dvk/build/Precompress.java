package vn.quangngai.dvk.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes {@code name.gz} beside every text file of the site, for web servers that serve
 * precompressed files (nginx {@code gzip_static}). The gzip header carries no time stamp, so the
 * same input always gives the same bytes.
 */
final class Precompress {

    static final Set<String> TEXT = Set.of("html", "css", "js", "xml", "txt", "json", "csv", "svg");

    private Precompress() {
    }

    static int all(Path site) throws IOException {
        int written = 0;
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(Precompress::isText).sorted().toList()) {
                Path gzip = file.resolveSibling(file.getFileName() + ".gz");
                if (Files.exists(gzip)) {
                    continue; // reused with its page from the last build
                }
                try (OutputStream out = new BestGzip(Files.newOutputStream(gzip))) {
                    Files.copy(file, out);
                }
                written++;
            }
        }
        return written;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return TEXT.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    }

    /** GZIPOutputStream at the best compression; its header's MTIME field is always zero. */
    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
