package vn.quangngai.dvk.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Work spread over every core, one item at a time: the calling thread and the common pool's
 * threads each take the next item as soon as they finish one, so all of them finish within one
 * item of each other.
 *
 * <p>A parallel stream instead splits its range into a few large pieces up front (on 2 cores,
 * four quarters): when one thread has finished its pieces, the other may still have a whole
 * quarter to go, and at the end of a build's story pages one core works alone while the other
 * waits.
 */
public final class Cores {

    private Cores() {
    }

    /**
     * Runs {@code task} for every index from 0 to {@code count - 1}, in no particular order and
     * on every core; returns when all have run. If a task throws, no further index is started and
     * the first exception is rethrown once the running tasks have ended.
     */
    public static void forEach(int count, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        Throwable[] first = new Throwable[1];
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    synchronized (first) {
                        if (first[0] == null) {
                            first[0] = e;
                        }
                    }
                    next.set(count);
                }
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1);
        List<ForkJoinTask<?>> forked = new ArrayList<>(Math.max(helpers, 0));
        for (int h = 0; h < helpers; h++) {
            forked.add(ForkJoinPool.commonPool().submit(worker));
        }
        worker.run();
        for (ForkJoinTask<?> helper : forked) {
            helper.join();
        }
        if (first[0] instanceof RuntimeException e) {
            throw e;
        }
        if (first[0] instanceof Error e) {
            throw e;
        }
    }

    /** {@code function} applied to every item on every core ({@link #forEach}); the results in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        return map(items.size(), i -> function.apply(items.get(i)));
    }

    /** {@code function} applied to every index from 0 to {@code count - 1} on every core; the results in order. */
    public static <R> List<R> map(int count, IntFunction<? extends R> function) {
        Object[] results = new Object[count];
        forEach(count, i -> results[i] = function.apply(i));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(list);
    }
}
