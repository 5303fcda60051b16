package vn.quangngai.dvk.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Có phải ý bạn là …?" — the closest valid value to a near-miss, by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The nearest candidate at most two edits (or a third of the word) away, if any. */
    public static Optional<String> nearest(String wrong, Collection<String> candidates) {
        int limit = Math.max(2, wrong.length() / 3);
        return candidates.stream()
                .filter(c -> distance(wrong, c) <= limit)
                .min(Comparator.<String>comparingInt(c -> distance(wrong, c)).thenComparing(Comparator.naturalOrder()));
    }

    /** Text to append to a message: " Có phải ý bạn là "x"?" or nothing. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return nearest(wrong, candidates).map(s -> "Có phải ý bạn là \"" + s + "\"? ").orElse("");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
