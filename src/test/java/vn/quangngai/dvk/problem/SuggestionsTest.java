package vn.quangngai.dvk.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> AGENCIES = List.of("so-y-te", "so-tu-phap", "so-ngoai-vu", "ubnd-huyen-mo-duc");

    @Test
    void suggestsTheIdOneTypoAway() {
        assertThat(Suggestions.nearest("so-yte", AGENCIES)).contains("so-y-te");
        assertThat(Suggestions.nearest("ubnd-huyen-mo-dcu", AGENCIES)).contains("ubnd-huyen-mo-duc");
        assertThat(Suggestions.didYouMean("agnecy", List.of("agency", "title"))).isEqualTo("Có phải ý bạn là \"agency\"? ");
    }

    @Test
    void suggestsNothingForAWordFarFromEveryCandidate() {
        assertThat(Suggestions.nearest("ban-quan-ly-du-an", AGENCIES)).isEmpty();
        assertThat(Suggestions.didYouMean("xyz", List.of("agency"))).isEmpty();
    }

    @Test
    void distanceCountsSwapsOfNeighboursAsOneEdit() {
        assertThat(Suggestions.distance("agnecy", "agency")).isEqualTo(1);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}
