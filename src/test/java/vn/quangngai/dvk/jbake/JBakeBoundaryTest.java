package vn.quangngai.dvk.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JBake and Freemarker stay behind jbake/: page builders make our own records, and a JBake
 * upgrade touches one package. Read from the product's sources, as a reviewer would check.
 */
class JBakeBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java/vn/quangngai/dvk");
    private static final Pattern LIBRARY = Pattern.compile("(?m)^import (static )?(org\\.jbake|freemarker)\\.");
    private static final Pattern OURS = Pattern.compile("(?m)^import (static )?vn\\.quangngai\\.dvk\\.jbake\\.");

    @Test
    void onlyJBakeImportsJBakeOrFreemarker() throws IOException {
        assertThat(sourcesMatching(LIBRARY)).isNotEmpty().allMatch(file -> file.startsWith(MAIN.resolve("jbake")));
    }

    @Test
    void onlyTheBuildUsesJBakesPackage() throws IOException {
        assertThat(sourcesMatching(OURS)).isNotEmpty().allMatch(file -> file.startsWith(MAIN.resolve("build"))
                || file.startsWith(MAIN.resolve("jbake")));
    }

    private static List<Path> sourcesMatching(Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    return pattern.matcher(Files.readString(file)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
