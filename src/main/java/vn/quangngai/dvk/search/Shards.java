package vn.quangngai.dvk.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
        // a queue, not recursion: a word of thousands of letters would take a call per letter
        Deque<Split> splits = new ArrayDeque<>();
        splits.add(new Split(new ArrayList<>(sizes.keySet()), prefixLength));
        while (!splits.isEmpty()) {
            Split split = splits.poll();
            group(split.words(), split.length(), sizes, budget, shards, splits);
        }
        return shards;
    }

    /** Words that share their first {@code length - 1} letters, to be grouped by {@code length}. */
    private record Split(List<String> words, int length) {
    }

    private static void group(List<String> words, int length, SortedMap<String, Integer> sizes, int budget,
                              SortedMap<String, List<String>> shards, Deque<Split> splits) {
        SortedMap<String, List<String>> groups = new TreeMap<>();
        for (String word : words) {
            groups.computeIfAbsent(word.substring(0, Math.min(length, word.length())), k -> new ArrayList<>()).add(word);
        }
        groups.forEach((name, group) -> {
            long bytes = group.stream().mapToLong(sizes::get).sum();
            List<String> longer = group.stream().filter(w -> w.length() > length).toList();
            if (bytes <= budget || longer.isEmpty()) {
                shards.put(name, group);
            } else if (group.size() == 1) {
                // split letter by letter, a lone word would end up named by itself
                shards.put(group.get(0), group);
            } else {
                List<String> staying = group.stream().filter(w -> w.length() <= length).toList();
                if (!staying.isEmpty()) {
                    shards.put(name, staying);
                }
                splits.add(new Split(longer, length + 1));
            }
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
