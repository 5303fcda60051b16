package vn.quangngai.dvk.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.testing.TestSite;

class SourceWatcherTest {

    @TempDir
    Path source;

    @Test
    void aRebuildThatThrowsAnythingIsReportedAndTheNextSaveRebuildsAgain() throws Exception {
        TestSite.put(source, "content/mo-hinh/a.md", "1");
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch thirdCall = new CountDownLatch(3);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch reportedTwice = new CountDownLatch(2);
        try (SourceWatcher watcher = SourceWatcher.start(source, () -> {
            int call = calls.incrementAndGet();
            thirdCall.countDown();
            if (call == 1) {
                throw new StackOverflowError();
            }
            if (call == 2) {
                throw new IllegalStateException("hỏng");
            }
        }, failure -> {
            failures.add(failure);
            reported.countDown();
            reportedTwice.countDown();
        })) {
            TestSite.put(source, "content/mo-hinh/a.md", "2");
            assertThat(reported.await(20, TimeUnit.SECONDS)).as("the first failure is reported").isTrue();
            TestSite.put(source, "content/mo-hinh/a.md", "3");
            assertThat(reportedTwice.await(20, TimeUnit.SECONDS)).as("a second rebuild ran and its failure is reported").isTrue();
            TestSite.put(source, "content/mo-hinh/a.md", "4");
            assertThat(thirdCall.await(20, TimeUnit.SECONDS)).as("a third save still rebuilds").isTrue();
        }
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).isInstanceOf(StackOverflowError.class);
        assertThat(failures.get(1)).hasMessage("hỏng");
    }
}
