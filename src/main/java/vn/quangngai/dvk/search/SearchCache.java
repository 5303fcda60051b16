package vn.quangngai.dvk.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.quangngai.dvk.memo.Memo;
import vn.quangngai.dvk.memo.Slots;

/**
 * What the search index keeps from one build to the next in a warm process (the preview server),
 * so that an edit to one story redoes only the part of the index it changed:
 *
 * <ul>
 * <li>the folded words of each text indexed, as numbers: each distinct word gets the next number
 *     the first time any text has it, so the index finds its postings by array index, and an edit
 *     re-folds only the texts it changed;</li>
 * <li>each word's postings: a word whose stories are the same as in the last build keeps the same
 *     {@link SearchIndex.Word} instance, so that what was made of it can be found by identity;</li>
 * <li>the files' parts made of those: a term's entry, a shard file, a file of hits.</li>
 * </ul>
 *
 * It holds what the last build and the current one used (anything else is forgotten a build
 * later), and every word it has numbered. A one-off build's cache ({@link #none()}) keeps nothing.
 */
public final class SearchCache {

    /** Remembers nothing: a one-off build folds each text and writes each file once anyway. */
    public static SearchCache none() {
        return new SearchCache(false);
    }

    public static SearchCache create() {
        return new SearchCache(true);
    }

    private final boolean enabled;
    private final Memo<int[]> texts;
    private final Memo<int[]> heads;
    private final Slots<byte[]> entries;
    private final Slots<byte[]> files;
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    private final List<String> words = new ArrayList<>();
    /** The last build's postings by word number (null: none); only {@link SearchIndex#of} touches it, on one thread. */
    private SearchIndex.Word[] postings = new SearchIndex.Word[0];

    private SearchCache(boolean enabled) {
        this.enabled = enabled;
        this.texts = Memo.create(enabled);
        this.heads = Memo.create(enabled);
        this.entries = Slots.create(enabled);
        this.files = Slots.create(enabled);
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

    /** The postings of word {@code number}: the last build's instance when its stories are the same. */
    synchronized SearchIndex.Word postings(int number, int[] head, int[] body) {
        if (!enabled) {
            return new SearchIndex.Word(head, body);
        }
        if (number >= postings.length) {
            postings = Arrays.copyOf(postings, Math.max(number + 1, postings.length * 2));
        }
        SearchIndex.Word last = postings[number];
        if (last != null && Arrays.equals(last.head(), head) && Arrays.equals(last.body(), body)) {
            return last;
        }
        SearchIndex.Word made = new SearchIndex.Word(head, body);
        postings[number] = made;
        return made;
    }

    /** A term's entry made of {@code inputs} (postings compared by instance): the last build's when they are the same. */
    byte[] entry(String term, Supplier<Object> inputs, Supplier<byte[]> make) {
        // a one-off build does not even look the inputs up
        return enabled ? entries.get(term, inputs.get(), make) : make.get();
    }

    /** A file of the index made of {@code inputs} (entries compared by instance): the last build's when they are the same. */
    byte[] file(String path, Object inputs, Supplier<byte[]> make) {
        return files.get(path, inputs, make);
    }

    /** Starts the next build: what this one does not use will be forgotten after it. */
    public void nextBuild() {
        texts.nextBuild(null);
        heads.nextBuild(null);
        entries.nextBuild();
        files.nextBuild();
    }
}
