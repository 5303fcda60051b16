package vn.quangngai.dvk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.incremental.Incremental;
import vn.quangngai.dvk.publish.OutputRefusedException;
import vn.quangngai.dvk.publish.Publication;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/** Builds of one output in one process (a preview and a build, two builds of a benchmark) take turns. */
class ConcurrentBuildTest {

    @TempDir
    Path root;

    private Path source() {
        return TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/a.md --
                %s
                -- content/mo-hinh/b.md --
                %s
                """.formatted(TestSite.story("A", "so-y-te"), TestSite.story("B", "ubnd-huyen-ly-son")));
    }

    @Test
    void twoBuildsOfOneOutputStartedTogetherBothPublishAndTheSiteIsWhole() throws Exception {
        Path source = source();
        Path out = root.resolve("site");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<BuildResult>> builds = List.of(
                    threads.submit(() -> {
                        start.await();
                        return new SiteBuild().run(source, out);
                    }),
                    threads.submit(() -> {
                        start.await();
                        return new SiteBuild().run(source, out);
                    }));
            for (Future<BuildResult> build : builds) {
                assertThat(build.get().htmlPages()).isPositive();
            }
        } finally {
            threads.shutdown();
        }
        Path fresh = root.resolve("fresh/site");
        new SiteBuild().run(source, fresh);
        assertThat(Pages.files(out)).isEqualTo(Pages.files(fresh)).contains("index.html", "mo-hinh/a/index.html");
        for (String file : Pages.files(fresh)) {
            assertThat(out.resolve(file)).hasSameBinaryContentAs(fresh.resolve(file));
        }
    }

    @Test
    void aBuildThatWaitedTooLongRefusesNamingTheHolderAndChangesNothing() {
        Path source = source();
        Path out = root.resolve("site");
        new SiteBuild().run(source, out);
        List<String> before = Pages.files(out);
        TestSite.put(source, "content/mo-hinh/c.md", TestSite.story("C", "so-y-te"));
        try (Publication preview = Publication.open(source, out, Duration.ZERO)) {
            CompletableFuture<BuildResult> waiting = CompletableFuture.supplyAsync(
                    () -> new SiteBuild(Incremental.oneOff(), Duration.ofMillis(300)).run(source, out));
            assertThatThrownBy(waiting::join).hasCauseInstanceOf(OutputRefusedException.class)
                    .hasMessageContaining("đang được một bản dựng khác ghi")
                    .hasMessageContaining("tiến trình " + ProcessHandle.current().pid());
        }
        assertThat(Pages.files(out)).isEqualTo(before);
    }
}
