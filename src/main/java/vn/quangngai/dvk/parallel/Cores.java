package vn.quangngai.dvk.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Work spread over every core, one item at a time: a thread per core each takes the next item
 * as soon as it finishes one, so all of them finish within one item of each other.
 *
 * <p>The threads are a pool of one per core, and work given from outside the pool runs inside
 * it. Work started from an item (a data file that makes its share cards on every core, inside
 * the build's one list of pages and files) then waits the fork/join way, running the work it
 * waits for itself or taking another's: a thread outside the pool can only park. With the
 * common pool (one thread fewer than the cores, the caller being the last) the caller parked
 * in such a wait while one thread drew 1,188 share cards alone: 1,000 stories built in 20 s on
 * 1.1 cores.
 *
 * <p>A parallel stream instead splits its range into a few large pieces up front (on 2 cores,
 * four quarters): when one thread has finished its pieces, the other may still have a whole
 * quarter to go, and at the end of a build's story pages one core works alone while the other
 * waits.
 */
public final class Cores {

    private static final ForkJoinPool POOL = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private Cores() {
    }

    /**
     * Runs {@code task} for every index from 0 to {@code count - 1}, in no particular order and
     * on every core; returns when all have run. If a task throws, no further index is started and
     * the first exception is rethrown once the running tasks have ended.
     */
    public static void forEach(int count, IntConsumer task) {
        if (count <= 0) {
            return;
        }
        if (!(Thread.currentThread() instanceof ForkJoinWorkerThread thread && thread.getPool() == POOL)) {
            // the failure rethrown as it was thrown: a fork/join join would wrap one thrown on another thread
            Throwable[] failure = new Throwable[1];
            POOL.invoke(ForkJoinTask.adapt(() -> {
                try {
                    forEach(count, task);
                } catch (RuntimeException | Error e) {
                    failure[0] = e;
                }
            }));
            rethrow(failure[0]);
            return;
        }
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
        int helpers = Math.min(POOL.getParallelism() - 1, count - 1);
        List<ForkJoinTask<?>> forked = new ArrayList<>(Math.max(helpers, 0));
        for (int h = 0; h < helpers; h++) {
            forked.add(ForkJoinTask.adapt(worker).fork());
        }
        worker.run();
        for (ForkJoinTask<?> helper : forked) {
            helper.join();
        }
        rethrow(first[0]);
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
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
