package vn.quangngai.dvk.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folded words of each text indexed, kept from one build to the next in a warm process (the
 * preview server), so that an edit re-folds only the texts it changed. It holds the texts of the
 * last build and of the current one: a text no longer indexed is forgotten a build later.
 */
public final class WordCache {

    /** Remembers no text: a one-off build folds each text once anyway (it still shares word instances). */
    public static WordCache none() {
        return new WordCache(false);
    }

    private final boolean enabled;
    private volatile Map<String, String[]> last = Map.of();
    private volatile Map<String, String[]> current = new ConcurrentHashMap<>();
    /** One instance of each word, shared by every text's array. */
    private final Map<String, String> pool = new ConcurrentHashMap<>();

    private WordCache(boolean enabled) {
        this.enabled = enabled;
    }

    public static WordCache create() {
        return new WordCache(true);
    }

    /** The distinct folded words of {@code text}, in order of first appearance. */
    String[] words(String text) {
        if (!enabled || text == null) {
            return SearchIndex.distinct(text, pool);
        }
        String[] words = current.get(text);
        if (words == null) {
            words = last.get(text);
            if (words == null) {
                words = SearchIndex.distinct(text, pool);
            }
            current.put(text, words);
        }
        return words;
    }

    /** Starts the next build: what this one did not use will be forgotten after it. */
    public void nextBuild() {
        if (enabled) {
            last = current;
            current = new ConcurrentHashMap<>();
        }
    }
}
