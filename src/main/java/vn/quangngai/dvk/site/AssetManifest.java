package vn.quangngai.dvk.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Stylesheets and scripts are published under a name that carries a hash of their content
 * ({@code css/site.3f2a9c1b7e.css}), so a web server may let browsers cache them for a year and
 * a changed file still reaches every reader at once. Maps each logical path under assets/ to its
 * published path; templates link through this map.
 */
public record AssetManifest(Map<String, String> paths) {

    static final Set<String> FINGERPRINTED = Set.of("css", "js");
    private static final int HASH_LENGTH = 10;

    public AssetManifest {
        paths = Map.copyOf(paths);
    }

    public static AssetManifest of(Path assets) {
        Map<String, String> paths = new TreeMap<>();
        if (!Files.isDirectory(assets)) {
            return new AssetManifest(paths);
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String logical = assets.relativize(file).toString().replace('\\', '/');
                int dot = logical.lastIndexOf('.');
                if (dot > logical.lastIndexOf('/') && FINGERPRINTED.contains(logical.substring(dot + 1))) {
                    paths.put(logical, logical.substring(0, dot) + "." + hash(Files.readAllBytes(file)) + logical.substring(dot));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được thư mục assets/: " + e.getMessage(), e);
        }
        return new AssetManifest(paths);
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
