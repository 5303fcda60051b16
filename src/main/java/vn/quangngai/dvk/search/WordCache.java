package vn.quangngai.dvk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.quangngai.dvk.memo.Memo;

/**
 * The folded words of each text indexed, as numbers: each distinct word gets the next number the
 * first time any text has it, so the index finds its postings by array index. In a warm process
 * (the preview server) it is kept from one build to the next, so that an edit re-folds only the
 * texts it changed; it holds the texts of the last build and of the current one (a text no longer
 * indexed is forgotten a build later), and every word it has numbered.
 */
public final class WordCache {

    /** Remembers no text: a one-off build folds each text once anyway. */
    public static WordCache none() {
        return new WordCache(false);
    }

    private final Memo<int[]> texts;
    private final Memo<int[]> heads;
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    private final List<String> words = new ArrayList<>();

    private WordCache(boolean enabled) {
        this.texts = Memo.create(enabled);
        this.heads = Memo.create(enabled);
    }

    public static WordCache create() {
        return new WordCache(true);
    }

    /** The numbers of the distinct folded words of {@code text}, in order of first appearance. */
    int[] words(String text) {
        return text == null ? SearchIndex.distinct(null, this::number) : texts.get(text, () -> SearchIndex.distinct(text, this::number));
    }

    /** The numbers of the terms of a story's head ({@link SearchIndex#headTerms}). */
    int[] headTerms(String text) {
        return text == null ? SearchIndex.headTerms(null, this::number) : heads.get(text, () -> SearchIndex.headTerms(text, this::number));
    }

    private int number(String word) {
        Integer known = numbers.get(word);
        if (known != null) {
            return known;
        }
        synchronized (words) {
            return numbers.computeIfAbsent(word, w -> {
                words.add(w);
                return words.size() - 1;
            });
        }
    }

    /** How many words have a number: every number given so far is below it. */
    int size() {
        synchronized (words) {
            return words.size();
        }
    }

    /** The word with this number. */
    String word(int number) {
        synchronized (words) {
            return words.get(number);
        }
    }

    /** Starts the next build: what this one did not use will be forgotten after it. */
    public void nextBuild() {
        texts.nextBuild(null);
        heads.nextBuild(null);
    }
}
