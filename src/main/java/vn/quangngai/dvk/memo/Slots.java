package vn.quangngai.dvk.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * For a warm process: one value per name (a file's path, a search term) with the inputs it was
 * made from. A build that asks for a name with inputs equal to the last build's gets the last
 * value back; a name not asked for is forgotten after the build. Unlike {@link Memo}, the inputs
 * are compared, never hashed: a feed of a thousand stories compares in no time when its strings
 * are the same instances as last time, but hashing it anew each build costs as much as writing
 * it. A one-off build's slots remember nothing.
 */
public final class Slots<V> {

    private record Made<V>(Object inputs, V value) {
    }

    private final boolean enabled;
    private volatile Map<String, Made<V>> last = Map.of();
    private volatile Map<String, Made<V>> current = new ConcurrentHashMap<>();

    private Slots(boolean enabled) {
        this.enabled = enabled;
    }

    public static <V> Slots<V> create(boolean enabled) {
        return new Slots<>(enabled);
    }

    /** Starts a build: what the last one made is kept for this one, the rest forgotten. */
    public synchronized void nextBuild() {
        last = current;
        current = new ConcurrentHashMap<>();
    }

    /** The value named {@code name} made of {@code inputs}: the last build's when its inputs were equal. */
    public V get(String name, Object inputs, Supplier<V> make) {
        if (!enabled) {
            return make.get();
        }
        Made<V> kept = last.get(name);
        V value = kept != null && kept.inputs().equals(inputs) ? kept.value() : make.get();
        current.put(name, new Made<>(inputs, value));
        return value;
    }
}
