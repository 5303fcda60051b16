package vn.quangngai.dvk.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapBudgetTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void aPhotoHoldsMegabytesInProportionToItsPixelsAndALargerOneTheWholeBudget() {
        HeapBudget budget = new HeapBudget(1000 * MIB); // 600 MB for photos
        assertThat(budget.need(4032, 3024)).isEqualTo(187); // 12.2 megapixels × 16 bytes
        assertThat(budget.need(1, 1)).isEqualTo(1);
        assertThat(budget.need(8000, 6000)).isEqualTo(600);
        try (HeapBudget.Held held = budget.hold(4032, 3024)) {
            assertThat(budget.free()).isEqualTo(600 - 187);
        }
        assertThat(budget.free()).isEqualTo(600);
    }

    @Test
    void aPhotoThatDoesNotFitWaitsUntilAnotherIsDone() throws InterruptedException {
        HeapBudget budget = new HeapBudget(1000 * MIB);
        AtomicBoolean second = new AtomicBoolean();
        Thread waiting;
        try (HeapBudget.Held first = budget.hold(5000, 5000)) { // 382 MB
            waiting = new Thread(() -> {
                try (HeapBudget.Held held = budget.hold(5000, 5000)) {
                    second.set(true);
                }
            });
            waiting.start();
            // no sleep: wait until the thread is blocked on the budget, then look
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (waiting.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(waiting.getState()).isEqualTo(Thread.State.WAITING);
            assertThat(second).isFalse();
        }
        waiting.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(second).isTrue();
        assertThat(budget.free()).isEqualTo(600);
    }

    /**
     * What a staff laptop does: Java sees 16 processors, the launcher gives it a bounded heap, and
     * a story brings many phone photos at once. Decoding one photo per processor took more heap
     * than there was (checked: this child fails with OutOfMemoryError without the budget).
     */
    @Test
    void sixteenProcessorsAndABoundedHeapMakeEveryPhotoWithoutRunningOutOfMemory(@TempDir Path root) throws Exception {
        Path log = root.resolve("child.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=16", "-Xmx320m", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), ManyPhotos.class.getName(), root.toString(), "16"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("child ended").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("16 photos made");
    }

    /** The child of the test above: {@code ROOT COUNT} makes COUNT synthetic 2560 × 1920 photos at once. */
    static final class ManyPhotos {

        public static void main(String[] args) throws IOException {
            Path root = Path.of(args[0]);
            int count = Integer.parseInt(args[1]);
            List<ImagePipeline.Request> requests = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path photo = root.resolve("anh-" + i + ".jpg");
                Files.write(photo, SyntheticImages.phoneJpeg(SyntheticImages.photoLike(2560, 1920, 2023 + i), i % 3 == 2 ? 6 : 1));
                requests.add(new ImagePipeline.Request(photo, "mo-hinh-" + i + ".md", 1));
            }
            List<ProcessedImage> made = new ImagePipeline(root.resolve("cache"), ImageSettings.DEFAULT).processAll(requests);
            System.out.println(made.size() + " photos made");
        }
    }
}
