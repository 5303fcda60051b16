package vn.quangngai.dvk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SearchFilesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static List<SearchEntry> stories() {
        List<SearchEntry> entries = new ArrayList<>();
        entries.add(SearchIndexTest.entry("4 đúng", "4 đúng, 4 phải, 3 sát — Thị xã Đức Phổ", "Cán bộ làm đúng.", "ubnd-thi-xa-duc-pho", "duc-pho"));
        entries.add(SearchIndexTest.entry("Tàu cá", "Hồ sơ tàu cá qua điện thoại", "Hơn 3.000 hồ sơ.", "trung-tam"));
        entries.add(SearchIndexTest.entry("4 xin", "4 xin, 4 luôn — Huyện Mộ Đức", "Xin chào, xin lỗi.", "ubnd-huyen-mo-duc", "mo-duc"));
        return entries;
    }

    static JsonNode read(SortedMap<String, byte[]> files, String path) throws IOException {
        assertThat(files).containsKey(path);
        return JSON.readTree(files.get(path));
    }

    @Test
    void postingsMeetAndPartInOneWalkEdgesIncluded() {
        int[] a = {1, 3, 5, 7, 9};
        int[] b = {0, 3, 4, 9, 12};
        assertThat(SearchFiles.intersection(a, b)).containsExactly(3, 9);
        assertThat(SearchFiles.difference(a, b)).containsExactly(1, 5, 7);
        assertThat(SearchFiles.intersection(a, new int[0])).isEmpty();
        assertThat(SearchFiles.difference(a, new int[0])).containsExactly(a);
        assertThat(SearchFiles.intersection(new int[0], b)).isEmpty();
        assertThat(SearchFiles.intersection(a, a)).containsExactly(a);
        assertThat(SearchFiles.difference(a, a)).isEmpty();
        assertThat(SearchFiles.intersection(new int[] {10, 11}, new int[] {1, 2})).isEmpty();
        assertThat(SearchFiles.difference(new int[] {10, 11}, new int[] {1, 2})).containsExactly(10, 11);
    }

    @Test
    void theManifestNamesTheShardsFiltersAndLayout() throws IOException {
        SortedMap<String, byte[]> files = SearchFiles.write(SearchIndex.of(stories()), new SearchFiles.Layout(2, 1000, 2));
        JsonNode manifest = read(files, "chi-muc.json");
        assertThat(manifest.get("format").asInt()).isEqualTo(2);
        assertThat(manifest.get("stories").asInt()).isEqualTo(3);
        assertThat(manifest.get("hitsPerFile").asInt()).isEqualTo(2);
        assertThat(manifest.get("version").asText()).matches("[0-9a-f]{10}");
        List<String> shards = new ArrayList<>();
        manifest.get("shards").forEach(s -> shards.add(s.asText()));
        assertThat(shards).contains("du", "ph", "ho", "ta", "ca", "3", "4", "00").isSorted();
        assertThat(files.keySet().stream().filter(p -> p.startsWith("tu/")))
                .containsExactlyElementsOf(shards.stream().map(s -> "tu/" + s + ".json").toList());
        assertThat(manifest.get("filters").get("co-quan")).extracting(JsonNode::asText)
                .containsExactly("trung-tam", "ubnd-huyen-mo-duc", "ubnd-thi-xa-duc-pho");
    }

    @Test
    void aShardMapsEachOfItsWordsToHeadAndBodyGaps() throws IOException {
        SortedMap<String, byte[]> files = SearchFiles.write(SearchIndex.of(stories()), new SearchFiles.Layout(2, 1000, 2));
        JsonNode du = read(files, "tu/du.json");
        assertThat(du.fieldNames()).toIterable().containsExactly("duc", "duc-dws", "duc_pho", "dung", "dung-ds", "dung_4");
        assertThat(du.get("duc").toString()).isEqualTo("{\"h\":[0,2]}");
        assertThat(du.get("duc-dws").toString()).as("Đức as written in every head with duc: none without").isEqualTo("0");
        assertThat(du.get("duc_pho").toString()).as("Đức Phổ side by side wherever both are").isEqualTo("0");
        assertThat(du.get("dung").toString()).isEqualTo("{\"h\":[0]}");
        assertThat(read(files, "tu/ho.json").get("ho").toString()).isEqualTo("{\"h\":[1]}");
        assertThat(read(files, "tu/xi.json").get("xin").toString()).isEqualTo("{\"h\":[2]}");
        assertThat(read(files, "tu/ca.json").get("can").toString()).isEqualTo("{\"b\":[0]}");
        assertThat(read(files, "loc/co-quan/ubnd-thi-xa-duc-pho.json").toString()).isEqualTo("[0]");
        assertThat(read(files, "loc/dia-ban/mo-duc.json").toString()).isEqualTo("[2]");
    }

    @Test
    void theVocabularyListsFoldedWordsOnlyMostStoriesFirst() throws IOException {
        SortedMap<String, byte[]> files = SearchFiles.write(SearchIndex.of(stories()), SearchFiles.Layout.DEFAULT);
        List<String> words = new ArrayList<>();
        read(files, "tu-vung/d.json").forEach(w -> words.add(w.asText()));
        assertThat(words).as("duc is in two stories").containsExactly("duc", "dien", "dung");
        assertThat(files.keySet().stream().filter(p -> p.startsWith("tu-vung/")))
                .as("a file per first letter; no numbers, phrases or written forms")
                .containsExactly("tu-vung/b.json", "tu-vung/c.json", "tu-vung/d.json", "tu-vung/h.json", "tu-vung/l.json", "tu-vung/m.json",
                        "tu-vung/p.json", "tu-vung/q.json", "tu-vung/s.json", "tu-vung/t.json", "tu-vung/x.json");
    }

    @Test
    void aPhraseOrWrittenFormInMostHeadsIsWrittenAsTheStoriesWithout() throws IOException {
        List<SearchEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(SearchIndexTest.entry("m" + i, i == 3 ? "hình mô" : "Mô hình", "", "x"));
        }
        SortedMap<String, byte[]> files = SearchFiles.write(SearchIndex.of(entries), new SearchFiles.Layout(2, 1 << 20, 8));
        JsonNode mo = read(files, "tu/mo.json");
        assertThat(mo.get("mo_hinh").toString()).as("in 4 heads of 5 with both words: the one without").isEqualTo("{\"x\":[3]}");
        assertThat(mo.get("mo-c").toString()).as("written so in every head").isEqualTo("0");
        assertThat(read(files, "tu/hi.json").get("hinh_mo").toString()).as("in 1 head of 5").isEqualTo("[3]");
    }

    @Test
    void hitsAreWrittenInFilesOfHitsPerFileInSiteOrder() throws IOException {
        SortedMap<String, byte[]> files = SearchFiles.write(SearchIndex.of(stories()), new SearchFiles.Layout(2, 1000, 2));
        assertThat(files.keySet().stream().filter(p -> p.startsWith("ket-qua/"))).containsExactly("ket-qua/0.json", "ket-qua/1.json");
        JsonNode first = read(files, "ket-qua/0.json");
        assertThat(first).hasSize(2);
        assertThat(first.get(0).toString()).isEqualTo("{\"path\":\"mo-hinh/4 đúng/\",\"title\":\"4 đúng\",\"agency\":\"ubnd-thi-xa-duc-pho\","
                + "\"districts\":[\"duc-pho\"],\"summary\":\"Tóm tắt.\"}");
        assertThat(read(files, "ket-qua/1.json").get(0).get("title").asText()).isEqualTo("4 xin");
    }

    @Test
    void theSameStoriesGiveTheSameBytesAndAnyChangeANewVersion() throws IOException {
        SortedMap<String, byte[]> once = SearchFiles.write(SearchIndex.of(stories()), SearchFiles.Layout.DEFAULT);
        SortedMap<String, byte[]> twice = SearchFiles.write(SearchIndex.of(stories()), SearchFiles.Layout.DEFAULT);
        assertThat(twice.keySet()).containsExactlyElementsOf(once.keySet());
        once.forEach((path, bytes) -> assertThat(twice.get(path)).as(path).isEqualTo(bytes));

        List<SearchEntry> changed = stories();
        changed.set(1, SearchIndexTest.entry("Tàu cá", "Hồ sơ tàu cá qua điện thoại", "Gần 02 tỷ đồng.", "trung-tam"));
        SortedMap<String, byte[]> other = SearchFiles.write(SearchIndex.of(changed), SearchFiles.Layout.DEFAULT);
        assertThat(read(other, "chi-muc.json").get("version")).isNotEqualTo(read(once, "chi-muc.json").get("version"));
    }

    /**
     * A warm process writes each build's index through one cache: after every kind of edit (a body
     * word, a head word that breaks a phrase apart, a head word that meets another only apart, a story gone so that the numbers after it move,
     * a story back) its files are exactly those a build without the cache writes, and a part no
     * edit touched is the last build's own bytes.
     */
    @Test
    void aWarmCacheWritesExactlyWhatAColdWriteDoesAfterEveryKindOfEdit() {
        SearchFiles.Layout layout = new SearchFiles.Layout(1, 60, 2);
        List<List<SearchEntry>> builds = new ArrayList<>();
        builds.add(stories());
        List<SearchEntry> body = stories();
        body.set(1, SearchIndexTest.entry("Tàu cá", "Hồ sơ tàu cá qua điện thoại", "Gần 02 tỷ đồng.", "trung-tam"));
        builds.add(body);
        List<SearchEntry> phrase = new ArrayList<>(body);
        phrase.set(2, SearchIndexTest.entry("4 xin", "4 xin, 4 luôn — Mộ và Đức", "Xin chào, xin lỗi.", "ubnd-huyen-mo-duc", "mo-duc"));
        builds.add(phrase);
        // "mộ" and "đức" now both in the first story's head, apart: the phrase's own stories stay
        // the same, what its entry says about the others changes
        List<SearchEntry> apart = new ArrayList<>(stories());
        apart.set(0, SearchIndexTest.entry("4 đúng", "4 đúng, 4 phải, 3 sát — Thị xã Đức Phổ, mộ", "Cán bộ làm đúng.", "ubnd-thi-xa-duc-pho", "duc-pho"));
        builds.add(stories());
        builds.add(apart);
        List<SearchEntry> gone = new ArrayList<>(phrase);
        gone.remove(0);
        builds.add(gone);
        builds.add(stories());
        builds.add(stories());

        SearchCache cache = SearchCache.create();
        SortedMap<String, byte[]> last = null;
        for (List<SearchEntry> entries : builds) {
            cache.nextBuild();
            SortedMap<String, byte[]> warm = SearchFiles.write(SearchIndex.of(entries, cache), layout, cache);
            SortedMap<String, byte[]> cold = SearchFiles.write(SearchIndex.of(entries), layout);
            assertThat(warm.keySet()).containsExactlyElementsOf(cold.keySet());
            cold.forEach((path, bytes) -> assertThat(new String(warm.get(path), java.nio.charset.StandardCharsets.UTF_8)).as(path)
                    .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
            last = warm;
        }
        // the last build repeats the one before: every file but the manifest is the kept instance
        cache.nextBuild();
        SortedMap<String, byte[]> again = SearchFiles.write(SearchIndex.of(stories(), cache), layout, cache);
        for (String path : again.keySet()) {
            if (!path.equals(SearchFiles.MANIFEST) && (path.startsWith("tu/") || path.startsWith("ket-qua/"))) {
                assertThat(again.get(path)).as(path).isSameAs(last.get(path));
            }
        }
    }

    @Test
    void aSmallBudgetSplitsShardsWithoutLosingAWord() throws IOException {
        SearchIndex index = SearchIndex.of(stories());
        SortedMap<String, byte[]> files = SearchFiles.write(index, new SearchFiles.Layout(1, 1, 8));
        JsonNode manifest = read(files, "chi-muc.json");
        Set<String> names = new TreeSet<>();
        manifest.get("shards").forEach(s -> names.add(s.asText()));
        for (String word : index.words().keySet()) {
            String name = Shards.shardOf(word, names);
            assertThat(name).as(word).isNotNull();
            assertThat(read(files, "tu/" + name + ".json").has(word)).as(word + " in " + name).isTrue();
        }
        assertThat(files.values()).allSatisfy(bytes -> assertThat(bytes.length).isPositive());
    }
}
