package vn.quangngai.dvk.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ForkJoinPool;
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

    /**
     * Every item fails, so each thread that takes one fails on it: with the stop, a thread that has
     * failed takes no further item, and at most one item a thread runs (the failing one); without
     * it, the threads would go on through all 1,000. No assumption on how threads are scheduled.
     */
    @Test
    void aFailureStopsNewItemsAndIsRethrownAfterTheRunningOnesEnd() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        assertThatThrownBy(() -> Cores.forEach(1_000, i -> {
            started.incrementAndGet();
            running.incrementAndGet();
            try {
                throw new IllegalStateException("hỏng ở " + i);
            } finally {
                running.decrementAndGet();
            }
        })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("hỏng ở ");
        assertThat(running).as("items still running when the failure was rethrown").hasValue(0);
        assertThat(started.get()).as("items started: at most one a thread (the caller and the common pool's)")
                .isBetween(1, ForkJoinPool.getCommonPoolParallelism() + 1);
    }
}
