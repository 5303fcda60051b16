package vn.quangngai.dvk.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CoresTest {

    @Test
    void everyIndexRunsOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(10_000);
        Cores.forEach(runs.length(), runs::incrementAndGet);
        assertThat(IntStream.range(0, runs.length()).map(runs::get)).containsOnly(1);
    }

    @Test
    void nothingRunsForNoItems() {
        AtomicInteger runs = new AtomicInteger();
        Cores.forEach(0, i -> runs.incrementAndGet());
        assertThat(runs).hasValue(0);
        assertThat(Cores.map(0, i -> i)).isEmpty();
    }

    @Test
    void mapKeepsTheItemsOrderAndAllowsNulls() {
        assertThat(Cores.map(java.util.List.of("a", "bb", "ccc"), String::length)).containsExactly(1, 2, 3);
        assertThat(Cores.map(5_000, i -> i % 7 == 0 ? null : i)).hasSize(5_000)
                .satisfies(list -> {
                    for (int i = 0; i < list.size(); i++) {
                        assertThat(list.get(i)).isEqualTo(i % 7 == 0 ? null : i);
                    }
                });
    }

    @Test
    void aFailureStopsNewItemsAndIsRethrownAfterTheRunningOnesEnd() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        assertThatThrownBy(() -> Cores.forEach(1_000, i -> {
            started.incrementAndGet();
            running.incrementAndGet();
            try {
                if (i == 10) {
                    throw new IllegalStateException("hỏng ở " + i);
                }
                Thread.sleep(1); // an item as slow as a small page
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("hỏng ở 10");
        assertThat(running).as("items still running when the failure was rethrown").hasValue(0);
        // without the stop, all 1,000 items would run
        assertThat(started.get()).isLessThan(100);
    }
}
