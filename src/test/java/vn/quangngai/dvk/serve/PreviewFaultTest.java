package vn.quangngai.dvk.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The preview survives a rebuild that crashes: the real build, with a fault injected into one
 * rebuild at a time, then fixed by the next save.
 */
class PreviewFaultTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private static void await(Preview preview, Predicate<BuildStatus> until, ByteArrayOutputStream log) throws InterruptedException {
        long start = System.nanoTime();
        while (!until.test(preview.status())) {
            assertThat(System.nanoTime() - start).as("no rebuild in 20 s; log:\n" + log).isLessThan(20_000_000_000L);
            Thread.sleep(20);
        }
    }

    @Test
    void aRebuildThatOverflowsTheStackOrThrowsIsShownAndTheNextSaveRebuildsAgain() throws IOException, InterruptedException {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
        SiteBuild real = SiteBuild.warm();
        AtomicReference<Throwable> fault = new AtomicReference<>();
        Preview.Build build = (from, to, adjust) -> {
            Throwable next = fault.getAndSet(null);
            if (next instanceof Error error) {
                throw error;
            }
            if (next instanceof RuntimeException exception) {
                throw exception;
            }
            return real.run(from, to, adjust);
        };
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        try (Preview preview = Preview.start(build, source, root.resolve("site"), 0, UnaryOperator.identity(), print, print)) {
            long version = preview.status().version();
            for (Throwable crash : new Throwable[] {new StackOverflowError(), new NullPointerException("x")}) {
                fault.set(crash);
                TestSite.put(source, "content/mo-hinh/a.md", TestSite.story("A", "so-y-te").replace("Nội dung của A.", "Sửa " + version));
                await(preview, s -> !s.problems().isEmpty(), log);
                assertThat(preview.status().problems()).singleElement().asString().startsWith("Lỗi");
                TestSite.put(source, "content/mo-hinh/a.md", TestSite.story("A", "so-y-te").replace("Nội dung của A.", "Sửa lại " + version));
                long before = version;
                await(preview, s -> s.problems().isEmpty() && s.version() > before, log);
                version = preview.status().version();
            }
            assertThat(TestSite.read(root.resolve("site/mo-hinh/a/index.html"))).contains("Sửa lại");
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Lỗi: tràn ngăn xếp", "Lỗi ngoài dự kiến (java.lang.NullPointerException: x)")
                .doesNotContain("\tat ");
    }
}
