package vn.quangngai.dvk.search;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * What search knows: the hits in site order (a story's number is its position), for every folded
 * word the stories it occurs in, and for every filter value its stories. Words are folded with
 * {@link Vietnamese#fold} — no marks, đ as d, lower case — exactly as search.js folds a query, so
 * {@code duc pho} finds {@code Đức Phổ}. Vietnamese is written in syllables that never inflect, so
 * whole folded words are matched, without stemming or prefixes.
 *
 * <p>Story numbers are held as {@code int[]} (ascending): at 10,000 stories the index holds
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
        // each text's distinct words as an array of shared strings: at 10,000 stories a set per
        // text held millions of entries and as many copies of the same few thousand words
        List<String[][]> folded = entries.parallelStream()
                .map(entry -> new String[][] {cache.words(entry.head()), cache.words(entry.body())}).toList();
        Map<String, Postings> head = new HashMap<>();
        Map<String, Postings> body = new HashMap<>();
        Map<String, Map<String, Postings>> filters = new TreeMap<>();
        for (int number = 0; number < entries.size(); number++) {
            SearchEntry entry = entries.get(number);
            String[] headWords = folded.get(number)[0];
            Set<String> inHead = new java.util.HashSet<>(Arrays.asList(headWords));
            for (String word : headWords) {
                head.computeIfAbsent(word, w -> new Postings()).add(number);
            }
            for (String word : folded.get(number)[1]) {
                if (!inHead.contains(word)) {
                    body.computeIfAbsent(word, w -> new Postings()).add(number);
                }
            }
            for (Map.Entry<String, List<String>> filter : entry.filters().entrySet()) {
                for (String id : filter.getValue()) {
                    filters.computeIfAbsent(filter.getKey(), k -> new TreeMap<>()).computeIfAbsent(id, i -> new Postings()).add(number);
                }
            }
        }
        SortedMap<String, Word> words = new TreeMap<>();
        Set<String> all = new java.util.HashSet<>(head.keySet());
        all.addAll(body.keySet());
        int[] none = new int[0];
        for (String word : all) {
            Postings inHead = head.get(word);
            Postings inBody = body.get(word);
            words.put(word, new Word(inHead == null ? none : inHead.toArray(), inBody == null ? none : inBody.toArray()));
        }
        SortedMap<String, SortedMap<String, int[]>> filterNumbers = new TreeMap<>();
        filters.forEach((key, values) -> {
            SortedMap<String, int[]> byId = new TreeMap<>();
            values.forEach((id, postings) -> byId.put(id, postings.toArray()));
            filterNumbers.put(key, byId);
        });
        return new SearchIndex(entries.stream().map(SearchEntry::hit).toList(), words, filterNumbers);
    }

    /** As {@link #words}, as an array whose strings come from {@code pool} (one instance per word). */
    static String[] distinct(String text, Map<String, String> pool) {
        Set<String> words = words(text);
        String[] shared = new String[words.size()];
        int i = 0;
        for (String word : words) {
            String known = pool.putIfAbsent(word, word);
            shared[i++] = known == null ? word : known;
        }
        return shared;
    }

    /** The distinct folded words of a text, in order of first appearance: "Hồ sơ, hồ sơ tàu cá" → [ho, so, tau, ca]. */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        String folded = Vietnamese.fold(text == null ? "" : text);
        if (!folded.isEmpty()) {
            words.addAll(Arrays.asList(folded.split(" ")));
        }
        return Collections.unmodifiableSet(words);
    }
}
