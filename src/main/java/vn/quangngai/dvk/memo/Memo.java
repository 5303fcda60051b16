package vn.quangngai.dvk.memo;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * For a warm process: values made by the last build and this one, by key (the inputs they are
 * made of), valid while the context they share (site settings, imprint …) stays equal. A build
 * that finds a value the last one made gets the same instance, so comparing page models is an
 * identity check. A key not used by a build is forgotten after it. A one-off build's memo
 * remembers nothing.
 */
public final class Memo<V> {

    private final boolean enabled;
    private Object context;
    private volatile Map<Object, V> last = Map.of();
    private volatile Map<Object, V> current = new ConcurrentHashMap<>();

    private Memo(boolean enabled) {
        this.enabled = enabled;
    }

    public static <V> Memo<V> create(boolean enabled) {
        return new Memo<>(enabled);
    }

    /** Starts a build whose values share {@code context}; a different context forgets everything. */
    public synchronized void nextBuild(Object context) {
        last = Objects.equals(context, this.context) ? current : Map.of();
        current = new ConcurrentHashMap<>();
        this.context = context;
    }

    public V get(Object key, Supplier<V> make) {
        if (!enabled) {
            return make.get();
        }
        V value = current.get(key);
        if (value == null) {
            value = last.get(key);
            if (value == null) {
                value = make.get();
            }
            current.put(key, value);
        }
        return value;
    }
}
