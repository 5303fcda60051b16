package vn.quangngai.dvk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a small site written inline as one string, Hugo-style: each file starts with a line
 * {@code -- path --}. Files not given come from the project (templates/, assets/, data/,
 * jbake.properties), so a test states only what it is about.
 */
public final class TestSite {

    private static final Pattern FILE_HEADER = Pattern.compile("(?m)^-- (.+?) --$");
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    private TestSite() {
    }

    /** Writes {@code files} into {@code root}, after the project's own templates, assets, data and settings. */
    public static Path write(Path root, String files) {
        try {
            copyTree(PROJECT.resolve("templates"), root.resolve("templates"));
            copyTree(PROJECT.resolve("assets"), root.resolve("assets"));
            copyTree(PROJECT.resolve("data"), root.resolve("data"));
            Files.copy(PROJECT.resolve("jbake.properties"), root.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(root.resolve("content/mo-hinh"));
            Matcher header = FILE_HEADER.matcher(files);
            int start = -1;
            String path = null;
            while (header.find()) {
                if (path != null) {
                    put(root, path, files.substring(start, header.start()));
                }
                path = header.group(1).trim();
                start = header.end() + 1;
            }
            if (path != null) {
                put(root, path, start > files.length() ? "" : files.substring(start));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes (or overwrites) one file below {@code root}. */
    public static void put(Path root, String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid story file body with the given front-matter lines replacing the defaults by key. */
    public static String story(String title, String agency, String... extraLines) {
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: \"").append(title).append("\"\n");
        text.append("date: 2026-11-25\n");
        text.append("agency: ").append(agency).append('\n');
        text.append("fields: [van-hoa-cong-so]\n");
        text.append("summary: \"Tóm tắt của ").append(title).append(".\"\n");
        for (String line : extraLines) {
            text.append(line).append('\n');
        }
        text.append("---\n## Mô hình là gì\n\nNội dung của ").append(title).append(".\n");
        return text.toString();
    }

    public static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
