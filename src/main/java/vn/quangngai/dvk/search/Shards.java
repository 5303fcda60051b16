package vn.quangngai.dvk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Groups words into shards named by a prefix of their words: the first {@code prefixLength}
 * letters ("du" holds duc, dung, duong …). A shard over the byte budget is split by one more
 * letter ("th" → tha, the, thi …), the words no longer than its name staying in it, until it fits
 * or holds a single word. Common Vietnamese onsets (th, ng, nh, tr, ph …) would otherwise make a
 * few shards hold a large part of the index.
 *
 * <p>The shard of a word is then the longest shard name that begins the word ({@link #shardOf});
 * search.js finds it the same way from the list of names in the manifest.
 */
final class Shards {

    private Shards() {
    }

    /**
     * @param sizes each word with the bytes its entry takes in a shard file
     * @return shard name → its words, both sorted
     */
    static SortedMap<String, List<String>> plan(SortedMap<String, Integer> sizes, int prefixLength, int budget) {
        if (prefixLength < 1 || budget < 1) {
            throw new IllegalArgumentException("prefixLength and budget must be positive: " + prefixLength + ", " + budget);
        }
        SortedMap<String, List<String>> shards = new TreeMap<>();
        group(new ArrayList<>(sizes.keySet()), prefixLength, sizes, budget, shards);
        return shards;
    }

    private static void group(List<String> words, int length, SortedMap<String, Integer> sizes, int budget,
                              SortedMap<String, List<String>> shards) {
        SortedMap<String, List<String>> groups = new TreeMap<>();
        for (String word : words) {
            groups.computeIfAbsent(word.substring(0, Math.min(length, word.length())), k -> new ArrayList<>()).add(word);
        }
        groups.forEach((name, group) -> {
            long bytes = group.stream().mapToLong(sizes::get).sum();
            List<String> longer = group.stream().filter(w -> w.length() > length).toList();
            if (bytes <= budget || longer.isEmpty()) {
                shards.put(name, group);
                return;
            }
            List<String> staying = group.stream().filter(w -> w.length() <= length).toList();
            if (!staying.isEmpty()) {
                shards.put(name, staying);
            }
            group(longer, length + 1, sizes, budget, shards);
        });
    }

    /** The shard a word belongs to: the longest shard name that begins it, or null when none does. */
    static String shardOf(String word, Set<String> names) {
        for (int length = word.length(); length > 0; length--) {
            String prefix = word.substring(0, length);
            if (names.contains(prefix)) {
                return prefix;
            }
        }
        return null;
    }
}
