package vn.quangngai.dvk.image;

import java.util.concurrent.Semaphore;

/**
 * How many photos are decoded at once, bounded by the heap they need rather than by the cores: a
 * phone photo is held as several full-size copies of its pixels while it is decoded, turned and
 * scaled, and a staff laptop reports 8 to 16 processors to Java against the launcher's bounded heap. Each photo holds
 * megabytes of a budget (a share of the largest heap) in proportion to its pixels, read from its
 * header, for as long as it is being made; one larger than the whole budget holds all of it and
 * is made alone. Fair: a large photo is not passed over by smaller ones forever.
 *
 * <p>Only whole-photo work holds a share, and nothing that holds one waits for other work of the
 * same kind, so a photo waiting here only waits for photos being made.
 */
final class HeapBudget {

    /** Heap a photo needs, per pixel, at its peak: about four copies of four bytes (the commit that added this has the measurement). */
    static final long BYTES_PER_PIXEL = 16;
    /** The share of the largest heap photos may take at once; pages and data files need the rest. */
    static final double SHARE = 0.6;
    private static final long MIB = 1024 * 1024;

    /** The budget of this process's heap ({@code -Xmx}). */
    static final HeapBudget PROCESS = new HeapBudget(Runtime.getRuntime().maxMemory());

    private final int total;
    private final Semaphore megabytes;

    HeapBudget(long maxHeapBytes) {
        this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (long) (maxHeapBytes * SHARE) / MIB));
        this.megabytes = new Semaphore(total, true);
    }

    /** What a photo of {@code width} × {@code height} holds: released by {@link Held#close()}. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits until a photo of this size may be made alongside those being made. */
    Held hold(long width, long height) {
        int need = need(width, height);
        megabytes.acquireUninterruptibly(need);
        return () -> megabytes.release(need);
    }

    /** Megabytes a photo of this size holds: at least one, at most the whole budget. */
    int need(long width, long height) {
        long bytes = Math.max(0, width) * Math.max(0, height) * BYTES_PER_PIXEL;
        return (int) Math.max(1, Math.min(total, (bytes + MIB - 1) / MIB));
    }

    /** Megabytes not held at this moment. */
    int free() {
        return megabytes.availablePermits();
    }
}
