package vn.quangngai.dvk.search;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import vn.quangngai.dvk.parallel.Cores;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * What search knows: the hits in site order (a story's number is its position), for every folded
 * word the stories it occurs in, and for every filter value its stories. Words are folded with
 * {@link Vietnamese#fold} — no marks, đ as d, lower case — exactly as search.js folds a query, so
 * {@code duc pho} finds {@code Đức Phổ}. Vietnamese is written in syllables that never inflect, so
 * whole folded words are matched, without stemming or prefixes.
 *
 * <p>Story numbers are held as {@code int[]} (ascending): a large site's index holds
 * millions of them.
 */
public record SearchIndex(List<Hit> hits, SortedMap<String, Word> words, SortedMap<String, SortedMap<String, int[]>> filters) {

    /**
     * The stories a word occurs in: {@code head} those with the word in their head (title,
     * summary, agency, districts, fields), {@code body} those with it only in their body.
     */
    public record Word(int[] head, int[] body) {
    }

    public SearchIndex {
        hits = List.copyOf(hits);
    }

    public static SearchIndex of(List<SearchEntry> entries) {
        return of(entries, WordCache.none());
    }

    /** As {@link #of(List)}, taking each text's words from {@code cache}; texts are folded on every core. */
    public static SearchIndex of(List<SearchEntry> entries, WordCache cache) {
        // each text's distinct words as the cache's numbers for them: the postings are then found
        // by array index, where looking every word up in hash maps took most of the index's
        // time, on one core at the end of the build
        List<int[][]> folded = Cores.map(entries, entry -> new int[][] {cache.words(entry.head()), cache.words(entry.body())});
        int known = cache.size();
        Postings[] head = new Postings[known];
        Postings[] body = new Postings[known];
        int[] lastHead = new int[known]; // 1 + the number of the last story with the word in its head
        Map<String, Map<String, Postings>> filters = new TreeMap<>();
        for (int number = 0; number < entries.size(); number++) {
            SearchEntry entry = entries.get(number);
            for (int word : folded.get(number)[0]) {
                lastHead[word] = number + 1;
                postings(head, word).add(number);
            }
            for (int word : folded.get(number)[1]) {
                if (lastHead[word] != number + 1) {
                    postings(body, word).add(number);
                }
            }
            for (Map.Entry<String, List<String>> filter : entry.filters().entrySet()) {
                for (String id : filter.getValue()) {
                    filters.computeIfAbsent(filter.getKey(), k -> new TreeMap<>()).computeIfAbsent(id, i -> new Postings()).add(number);
                }
            }
        }
        SortedMap<String, Word> words = new TreeMap<>();
        int[] none = new int[0];
        for (int word = 0; word < known; word++) {
            if (head[word] != null || body[word] != null) {
                words.put(cache.word(word), new Word(head[word] == null ? none : head[word].toArray(),
                        body[word] == null ? none : body[word].toArray()));
            }
        }
        SortedMap<String, SortedMap<String, int[]>> filterNumbers = new TreeMap<>();
        filters.forEach((key, values) -> {
            SortedMap<String, int[]> byId = new TreeMap<>();
            values.forEach((id, postings) -> byId.put(id, postings.toArray()));
            filterNumbers.put(key, byId);
        });
        return new SearchIndex(entries.stream().map(SearchEntry::hit).toList(), words, filterNumbers);
    }

    private static Postings postings(Postings[] postings, int word) {
        Postings found = postings[word];
        if (found == null) {
            found = new Postings();
            postings[word] = found;
        }
        return found;
    }

    /** As {@link #words}, each word given as its number from {@code numbers}. */
    static int[] distinct(String text, ToIntFunction<String> numbers) {
        String folded = Vietnamese.fold(text == null ? "" : text);
        int[][] found = {new int[16]};
        int[] size = {0};
        firstOccurrences(folded, (start, end) -> {
            if (size[0] == found[0].length) {
                found[0] = Arrays.copyOf(found[0], size[0] * 2);
            }
            found[0][size[0]++] = numbers.applyAsInt(folded.substring(start, end));
        });
        return Arrays.copyOf(found[0], size[0]);
    }

    /** The distinct folded words of a text, in order of first appearance: "Hồ sơ, hồ sơ tàu cá" → [ho, so, tau, ca]. */
    public static Set<String> words(String text) {
        String folded = Vietnamese.fold(text == null ? "" : text);
        Set<String> words = new LinkedHashSet<>();
        firstOccurrences(folded, (start, end) -> words.add(folded.substring(start, end)));
        return Collections.unmodifiableSet(words);
    }

    /** As {@link #words}, space-separated ("ho so tau ca"): what a story keeps of its body for search. */
    public static String wordsText(String text) {
        return distinctFolded(Vietnamese.fold(text == null ? "" : text));
    }

    /** {@link #wordsText} of a text already {@link Vietnamese#fold folded}. */
    public static String distinctFolded(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        firstOccurrences(folded, (start, end) -> {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(folded, start, end);
        });
        return out.toString();
    }

    private interface Range {
        void accept(int start, int end);
    }

    /**
     * Calls {@code range} with where each word of a folded text (words separated by single spaces)
     * first occurs. Repeats are found in an open-addressing table of word positions, so no string
     * is made for a word seen before: a story of 1,000 words has a few hundred distinct ones, and
     * splitting and hashing every word was a good part of the time spent on a story's Markdown.
     */
    private static void firstOccurrences(String folded, Range range) {
        int length = folded.length();
        if (length == 0) {
            return;
        }
        int capacity = Integer.highestOneBit(Math.max(8, length / 2)) << 1; // at most length/2 + 1 words: half full at most
        int mask = capacity - 1;
        int[] starts = new int[capacity]; // start + 1 of a word seen; 0: free
        int[] ends = new int[capacity];
        int start = 0;
        while (start < length) {
            int end = folded.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + folded.charAt(i);
            }
            int slot = (hash ^ (hash >>> 16)) & mask;
            while (true) {
                int seen = starts[slot] - 1;
                if (seen < 0) {
                    starts[slot] = start + 1;
                    ends[slot] = end;
                    range.accept(start, end);
                    break;
                }
                if (ends[slot] - seen == end - start && folded.regionMatches(seen, folded, start, end - start)) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
            start = end + 1;
        }
    }
}
