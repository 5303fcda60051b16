package vn.quangngai.dvk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ShardsTest {

    static SortedMap<String, Integer> sizes(Object... wordsAndSizes) {
        SortedMap<String, Integer> sizes = new TreeMap<>();
        for (int i = 0; i < wordsAndSizes.length; i += 2) {
            sizes.put((String) wordsAndSizes[i], (Integer) wordsAndSizes[i + 1]);
        }
        return sizes;
    }

    @Test
    void wordsAreGroupedByTheirFirstTwoLettersAndOneLetterWordsStandAlone() {
        SortedMap<String, List<String>> shards = Shards.plan(sizes("duc", 10, "dung", 10, "pho", 10, "phong", 10, "a", 5, "4", 5), 2, 1000);
        assertThat(shards).isEqualTo(Map.of("4", List.of("4"), "a", List.of("a"), "du", List.of("duc", "dung"),
                "ph", List.of("pho", "phong")));
    }

    @Test
    void aShardOverBudgetIsSplitByOneMoreLetterAndItsShortWordsStay() {
        SortedMap<String, List<String>> shards = Shards.plan(
                sizes("th", 5, "thi", 40, "thiet", 40, "thanh", 40, "thon", 10, "du", 10), 2, 100);
        assertThat(shards).isEqualTo(Map.of("th", List.of("th"), "thi", List.of("thi", "thiet"), "tha", List.of("thanh"),
                "tho", List.of("thon"), "du", List.of("du")));
        SortedMap<String, List<String>> deeper = Shards.plan(sizes("thi", 60, "thiet", 40, "thien", 40), 2, 100);
        assertThat(deeper).isEqualTo(Map.of("thi", List.of("thi"), "thie", List.of("thien", "thiet")));
    }

    @Test
    void aSingleWordOverBudgetKeepsItsShard() {
        assertThat(Shards.plan(sizes("ho", 500), 2, 100)).isEqualTo(Map.of("ho", List.of("ho")));
    }

    @Test
    void aWordOfThousandsOfLettersIsShardedWithoutOneCallPerLetter() {
        String huge = "a".repeat(100_000);
        String twinA = "b".repeat(20_000) + "x";
        String twinB = "b".repeat(20_000) + "y";
        SortedMap<String, List<String>> shards = Shards.plan(sizes(huge, 500, twinA, 500, twinB, 500, "bo", 5), 2, 100);
        assertThat(shards).containsEntry(huge, List.of(huge)).containsEntry(twinA, List.of(twinA))
                .containsEntry(twinB, List.of(twinB)).containsEntry("bo", List.of("bo"));
        assertThat(Shards.shardOf(twinB, shards.keySet())).isEqualTo(twinB);
    }

    @Test
    void everyWordIsFoundInItsShardByTheLongestShardNameThatBeginsIt() {
        SortedMap<String, Integer> sizes = sizes("t", 5, "th", 5, "thi", 40, "thiet", 40, "thien", 40, "thanh", 40,
                "thon", 10, "tu", 10, "tuong", 30, "a", 3, "an", 3, "anh", 90, "ao", 50);
        for (int budget : new int[] {1, 20, 60, 100, 1000}) {
            SortedMap<String, List<String>> shards = Shards.plan(sizes, 2, budget);
            shards.forEach((name, words) -> words.forEach(word ->
                    assertThat(Shards.shardOf(word, shards.keySet())).as(word + " at budget " + budget).isEqualTo(name)));
            assertThat(shards.values().stream().mapToInt(List::size).sum()).isEqualTo(sizes.size());
        }
        assertThat(Shards.shardOf("xyz", Shards.plan(sizes, 2, 100).keySet())).isNull();
    }

    @Test
    void impossibleLayoutsAreRefused() {
        assertThatThrownBy(() -> Shards.plan(sizes("a", 1), 0, 10)).hasMessageContaining("prefixLength");
        assertThatThrownBy(() -> new SearchFiles.Layout(2, 0, 8)).hasMessageContaining("positive");
    }
}
