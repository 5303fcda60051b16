package vn.quangngai.dvk.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.quangngai.dvk.memo.Memo;

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

    private final Memo<String[]> texts;
    /** One instance of each word, shared by every text's array. */
    private final Map<String, String> pool = new ConcurrentHashMap<>();

    private WordCache(boolean enabled) {
        this.texts = Memo.create(enabled);
    }

    public static WordCache create() {
        return new WordCache(true);
    }

    /** The distinct folded words of {@code text}, in order of first appearance. */
    String[] words(String text) {
        return text == null ? SearchIndex.distinct(null, pool) : texts.get(text, () -> SearchIndex.distinct(text, pool));
    }

    /** Starts the next build: what this one did not use will be forgotten after it. */
    public void nextBuild() {
        texts.nextBuild(null);
    }
}
