package vn.quangngai.dvk.search;

import java.util.Arrays;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
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
        return of(entries, SearchCache.none());
    }

    /** As {@link #of(List)}, taking each text's words from {@code cache}; texts are folded on every core. */
    public static SearchIndex of(List<SearchEntry> entries, SearchCache cache) {
        // each text's distinct words as the cache's numbers for them: the postings are then found
        // by array index, where looking every word up in hash maps took most of the index's
        // time, on one core at the end of the build
        List<int[][]> folded = Cores.map(entries, entry -> new int[][] {cache.headTerms(entry.head()), cache.words(entry.body())});
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
                words.put(cache.word(word), cache.postings(word, head[word] == null ? none : head[word].toArray(),
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

    /**
     * The terms of a story's head, each given as its number from {@code numbers}: its distinct
     * folded words, then each pair of adjacent words as a {@link #phrase} and each word written with
     * marks as its {@link #exact} form. The pairs are taken within a line (a title, a summary, a
     * name), never across two. Only the head has them: the body is kept as its distinct words
     * ({@link #wordsText}), and a head's pairs are what tells a story about "Mộ Đức" from one that
     * has "mộ" and "đức" apart.
     */
    static int[] headTerms(String text, ToIntFunction<String> numbers) {
        String head = text == null ? "" : text;
        Set<String> terms = new LinkedHashSet<>(words(head));
        for (String line : head.split("\n")) {
            String[] folded = Vietnamese.fold(line).split(" ");
            for (int i = 1; i < folded.length; i++) {
                if (!folded[i - 1].isEmpty()) {
                    terms.add(phrase(folded[i - 1], folded[i]));
                }
            }
            for (String token : TOKEN_BREAK.split(Normalizer.normalize(line.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))) {
                String exact = exact(token);
                if (exact != null) {
                    terms.add(exact);
                }
            }
        }
        return terms.stream().mapToInt(numbers).toArray();
    }

    private static final Pattern TOKEN_BREAK = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    /** The term for two adjacent folded words: "son", "tinh" → "son_tinh" (search.js: phrase). */
    public static String phrase(String first, String second) {
        return first + "_" + second;
    }

    /**
     * The term for a word as written, marks and all, in ASCII so that it sits in the shard of its
     * folded form: the folded word, "-", then a letter for each mark in decomposed order (grave f,
     * acute s, tilde x, hook r, dot below j, circumflex c, breve b, horn w, any other m) and d for
     * đ: "tịnh" → "tinh-j", "tỉnh" → "tinh-r", "đức" → "duc-dws". Null for a word without marks
     * (its folded form says it all) or a token that does not fold to one word. search.js: exact.
     */
    public static String exact(String token) {
        String decomposed = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case '\u0300' -> marks.append('f');
                case '\u0301' -> marks.append('s');
                case '\u0303' -> marks.append('x');
                case '\u0309' -> marks.append('r');
                case '\u0323' -> marks.append('j');
                case '\u0302' -> marks.append('c');
                case '\u0306' -> marks.append('b');
                case '\u031b' -> marks.append('w');
                case '\u0111' -> marks.append('d');
                default -> {
                    if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK
                            || Character.getType(c) == Character.ENCLOSING_MARK) {
                        marks.append('m');
                    }
                }
            }
        }
        String folded = Vietnamese.fold(token);
        if (marks.isEmpty() || folded.isEmpty() || folded.indexOf(' ') >= 0) {
            return null;
        }
        return folded + "-" + marks;
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
