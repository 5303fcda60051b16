package vn.quangngai.dvk.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.story.Story;
import vn.quangngai.dvk.testing.TestSite;

/** What the page of a dissolved unit says: its dates, what it became, and the sources. */
class LineageTest {

    private static Registry registry;

    @BeforeAll
    static void readProjectRegistry() {
        registry = new RegistryReader(TestSite.PROJECT, new Problems()).read();
    }

    @Test
    void aDissolvedDistrictHasItsEndTheCommunesItBecameTheActAndTheSources() {
        Lineage lineage = Lineage.of(registry, "minh-long").orElseThrow();
        assertThat(lineage.validTo()).isEqualTo("30/6/2025");
        assertThat(lineage.successors()).containsExactly(new Lineage.Unit("xa-minh-long", "Xã Minh Long", null),
                new Lineage.Unit("xa-son-mai", "Xã Sơn Mai", null));
        assertThat(lineage.act()).startsWith("Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013 số 203/2025/QH15 ngày 16/6/2025");
        assertThat(lineage.sources()).extracting(Lineage.Cited::url).first().asString().startsWith("https://news.laodong.vn/");
        Map<String, Object> view = lineage.view();
        assertThat(view).containsEntry("validTo", "30/6/2025").doesNotContainKey("validFrom");
        assertThat((List<?>) view.get("successors")).first().isEqualTo(Map.of("id", "xa-minh-long", "name", "Xã Minh Long"));
    }

    @Test
    void aMergedDepartmentLinksToTheAgenciesItBecameAndADistrictAgencyHasNoneRecorded() {
        Lineage merged = Lineage.of(registry, "so-lao-dong-thuong-binh-xa-hoi").orElseThrow();
        assertThat(merged.validTo()).isEqualTo("tháng 02/2025");
        assertThat(merged.successors()).extracting(Lineage.Unit::path).containsExactly("co-quan/so-noi-vu/", "co-quan/so-y-te/");
        assertThat(merged.act()).isNull();
        Lineage ended = Lineage.of(registry, "phong-nong-nghiep-son-ha").orElseThrow();
        assertThat(ended.successors()).as("no source names a successor: the page says so instead of guessing").isEmpty();
        assertThat(ended.validTo()).isEqualTo("30/6/2025");
        assertThat(Lineage.of(registry, "so-ngoai-vu")).as("not merged, nothing recorded").isEmpty();
        assertThat(Lineage.of(registry, "so-nong-nghiep-moi-truong").orElseThrow().predecessors())
                .extracting(Lineage.Unit::id).containsExactly("so-nong-nghiep-phat-trien-nong-thon");
    }

    @Test
    void aStoryOfTheReportSaysWhatItsAgencyAndDistrictsAreCalledToday() {
        Story story = new Story("a", "A", LocalDate.of(2026, 11, 25),
                "ubnd-xa-hanh-dung", List.of("nghia-hanh"), List.of("y-te"), "s", List.of(), List.of(), "", "a.md", 1);
        assertThat(Lineage.renamed(registry, story)).extracting(Lineage.Renamed::text).containsExactly(
                "Ủy ban nhân dân xã Hành Dũng, huyện Nghĩa Hành (đến 30/6/2025) nay thuộc: Xã Phước Giang.",
                "Huyện Nghĩa Hành (đến 30/6/2025) nay thuộc: Xã Đình Cương, Xã Nghĩa Hành, Xã Phước Giang, Xã Thiện Tín.");
        Story provincial = new Story("b", "B", LocalDate.of(2026, 11, 25),
                "so-ngoai-vu", List.of(), List.of("y-te"), "s", List.of(), List.of(), "", "b.md", 1);
        assertThat(Lineage.renamed(registry, provincial)).isEmpty();
    }
}
