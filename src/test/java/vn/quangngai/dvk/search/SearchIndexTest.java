package vn.quangngai.dvk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    static SearchEntry entry(String title, String head, String body, String agency, String... districts) {
        return new SearchEntry(new Hit("mo-hinh/" + title + "/", title, agency, List.of(districts), "Tóm tắt."),
                head, body, Map.of("co-quan", List.of(agency), "dia-ban", List.of(districts)));
    }

    @Test
    void wordsAreFoldedWithoutMarksWithDAsDAndCountedOnce() {
        assertThat(SearchIndex.words("Hồ sơ, HỒ SƠ tàu cá — Đức Phổ!")).containsExactly("ho", "so", "tau", "ca", "duc", "pho");
        assertThat(SearchIndex.words(Normalizer.normalize("Đức Phổ", Normalizer.Form.NFD))).containsExactly("duc", "pho");
        assertThat(SearchIndex.words("“” — ")).isEmpty();
        assertThat(SearchIndex.words(null)).isEmpty();
    }

    @Test
    void aWordAsWrittenBecomesAnAsciiTermBesideItsFoldedForm() {
        assertThat(SearchIndex.exact("tịnh")).isEqualTo("tinh-j");
        assertThat(SearchIndex.exact("Tỉnh")).isEqualTo("tinh-r");
        assertThat(SearchIndex.exact("Đức")).isEqualTo("duc-dws");
        assertThat(SearchIndex.exact(Normalizer.normalize("đường", Normalizer.Form.NFD))).isEqualTo("duong-dwwf");
        assertThat(SearchIndex.exact("hoà")).isEqualTo(SearchIndex.exact("hòa")).isEqualTo("hoa-f");
        assertThat(SearchIndex.exact("tinh")).as("no marks: the folded word says it all").isNull();
        assertThat(SearchIndex.exact("xanh-sạch")).as("two words").isNull();
    }

    @Test
    void aHeadHasItsWordsThenAdjacentPairsWithinALineThenWrittenForms() {
        List<String> terms = new java.util.ArrayList<>();
        java.util.function.ToIntFunction<String> number = word -> {
            terms.add(word);
            return terms.size() - 1;
        };
        SearchIndex.headTerms("Huyện Sơn Tịnh\nTỉnh Quảng Ngãi", number);
        assertThat(terms).containsExactly("huyen", "son", "tinh", "quang", "ngai",
                "huyen_son", "son_tinh", "huyen-jc", "son-w", "tinh-j",
                "tinh_quang", "quang_ngai", "tinh-r", "quang-r", "ngai-x");
        assertThat(terms).as("no pair across two lines").doesNotContain("tinh_tinh");
    }

    @Test
    void aStoryWithThePhraseOrTheWrittenFormHasItsOwnTerms() {
        SearchIndex index = SearchIndex.of(List.of(
                entry("a", "Huyện Sơn Tịnh", "", "x"),
                entry("b", "Sơn Hà, tỉnh Quảng Ngãi", "", "x")));
        assertThat(index.words().get("son_tinh").head()).containsExactly(0);
        assertThat(index.words().get("tinh-j").head()).containsExactly(0);
        assertThat(index.words().get("tinh-r").head()).containsExactly(1);
        assertThat(index.words().get("tinh").head()).containsExactly(0, 1);
    }

    /**
     * The distinct words are found without splitting the text; on random texts (short words from
     * a small alphabet, so that repeats, prefixes and hash collisions abound) they are those of the
     * plain definition: fold, split at spaces, keep the first of each.
     */
    @Test
    void distinctWordsAreThoseOfSplittingTheFoldedText() {
        java.util.Random random = new java.util.Random(2023);
        String[] pieces = {"a", "ă", "b", "Đ", "đa", "ab", "ba", "Aa", "bb", "Ừ", "1", "2", " ", " ", "  ", ", ", "—", "\n", "“"};
        java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
        List<String> byNumber = new java.util.ArrayList<>();
        java.util.function.ToIntFunction<String> number = word -> numbers.computeIfAbsent(word, w -> {
            byNumber.add(w);
            return byNumber.size() - 1;
        });
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(n < 100 ? 8 : 400);
            for (int i = 0; i < parts; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String folded = vn.quangngai.dvk.text.Vietnamese.fold(text.toString());
            List<String> expected = folded.isEmpty() ? List.of()
                    : List.copyOf(new java.util.LinkedHashSet<>(java.util.Arrays.asList(folded.split(" "))));
            assertThat(SearchIndex.words(text.toString())).containsExactlyElementsOf(expected);
            assertThat(SearchIndex.wordsText(text.toString())).isEqualTo(String.join(" ", expected));
            assertThat(java.util.Arrays.stream(SearchIndex.distinct(text.toString(), number)).mapToObj(byNumber::get).toList())
                    .containsExactlyElementsOf(expected);
        }
        assertThat(SearchIndex.distinct("AB ab Ừ", number)).containsExactly(numbers.get("ab"), numbers.get("u"));
        assertThat(SearchIndex.wordsText(null)).isEmpty();
    }

    @Test
    void aStoryIsFiledUnderAWordOnceInTheHeadWhenItIsThereElseInTheBody() {
        SearchIndex index = SearchIndex.of(List.of(
                entry("a", "Thị xã Đức Phổ", "đức phổ và hồ sơ", "ubnd-thi-xa-duc-pho", "duc-pho"),
                entry("b", "Mộ Đức", "hồ sơ tàu cá", "ubnd-huyen-mo-duc", "mo-duc"),
                entry("c", "Hồ sơ", "không liên quan", "so-y-te")));
        assertThat(index.words().get("duc").head()).containsExactly(0, 1);
        assertThat(index.words().get("duc").body()).isEmpty();
        assertThat(index.words().get("pho").head()).containsExactly(0);
        assertThat(index.words().get("ho").head()).containsExactly(2);
        assertThat(index.words().get("ho").body()).containsExactly(0, 1);
        assertThat(index.words().get("tau").body()).containsExactly(1);
        assertThat(index.words()).doesNotContainKey("Đức").doesNotContainKey("đuc").containsKey("khong");
        assertThat(index.words().keySet()).as("folded words, head pairs and written forms: ASCII, safe in a file name")
                .allSatisfy(w -> assertThat(w).matches("[a-z0-9]+(_[a-z0-9]+|-[a-z]+)?"));
    }

    @Test
    void filtersListTheirStoriesInSiteOrderAndHitsKeepThatOrder() {
        SearchIndex index = SearchIndex.of(List.of(
                entry("a", "x", "", "so-y-te"),
                entry("b", "x", "", "ubnd-huyen-mo-duc", "mo-duc"),
                entry("c", "x", "", "so-y-te", "mo-duc", "duc-pho")));
        assertThat(index.filters().get("co-quan").get("so-y-te")).containsExactly(0, 2);
        assertThat(index.filters().get("dia-ban").get("mo-duc")).containsExactly(1, 2);
        assertThat(index.filters().get("dia-ban").get("duc-pho")).containsExactly(2);
        assertThat(index.hits()).extracting(Hit::title).containsExactly("a", "b", "c");
    }

    @Test
    void storyNumbersAreWrittenAsGaps() {
        assertThat(Postings.gaps(new int[] {3, 4, 5, 12})).containsExactly(3, 1, 1, 7);
        assertThat(Postings.gaps(new int[0])).isEmpty();
        Postings postings = new Postings();
        postings.add(2);
        postings.add(2);
        postings.add(9);
        assertThat(postings.toArray()).containsExactly(2, 9);
        assertThatThrownBy(() -> postings.add(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
