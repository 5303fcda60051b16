package vn.quangngai.dvk.search;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folded words of each text indexed, kept from one build to the next in a warm process (the
 * preview server), so that an edit re-folds only the texts it changed. It holds the texts of the
 * last build and of the current one: a text no longer indexed is forgotten a build later.
 */
public final class WordCache {

    /** Remembers nothing: a one-off build folds each text once anyway. */
    public static final WordCache NONE = new WordCache(false);

    private final boolean enabled;
    private volatile Map<String, Set<String>> last = Map.of();
    private volatile Map<String, Set<String>> current = new ConcurrentHashMap<>();

    private WordCache(boolean enabled) {
        this.enabled = enabled;
    }

    public static WordCache create() {
        return new WordCache(true);
    }

    Set<String> words(String text) {
        if (!enabled || text == null) {
            return SearchIndex.words(text);
        }
        Set<String> words = current.get(text);
        if (words == null) {
            words = last.get(text);
            if (words == null) {
                words = SearchIndex.words(text);
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
