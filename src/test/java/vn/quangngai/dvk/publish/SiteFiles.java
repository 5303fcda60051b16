package vn.quangngai.dvk.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.quangngai.dvk.testing.Pages;

/** Whole sites and folders compared file for file, for the tests of publishing. */
final class SiteFiles {

    private SiteFiles() {
    }

    /** Every file of a site and its SHA-256; empty when there is no site. */
    static Map<String, String> of(Path site) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(site)) {
            return files;
        }
        for (String name : Pages.files(site)) {
            try {
                files.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(site.resolve(name)))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return files;
    }

    /** The names in a folder. */
    static List<String> names(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
