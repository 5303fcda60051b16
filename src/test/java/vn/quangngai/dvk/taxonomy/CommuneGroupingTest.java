package vn.quangngai.dvk.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.messages.Messages;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.story.Story;
import vn.quangngai.dvk.testing.TestSite;

/** A story naming a commune of the new province is found on the 2023 district it lies in, and the reverse. */
class CommuneGroupingTest {

    private static Registry registry;

    @BeforeAll
    static void readProjectRegistry() {
        registry = new RegistryReader(TestSite.PROJECT, new Problems()).read();
    }

    private static Story story(String slug, List<String> districts, List<String> communes) {
        return new Story(slug, slug, LocalDate.of(2026, 11, 25), "so-y-te", districts, List.of("y-te"), "s", List.of(), List.of(), "", slug, 1,
                communes, null);
    }

    @Test
    void aStoryNamingACommuneIsAnEntryOfEveryDistrictItWasFormedFrom() {
        List<Story> stories = List.of(
                story("dong-son", List.of(), List.of("xa-dong-son")),
                story("ly-son", List.of("ly-son"), List.of()),
                story("toan-tinh", List.of(), List.of()));
        Taxonomy districts = Taxonomies.of(registry, stories, Messages.read(Path.of(".")), java.util.Map.of()).get(1);
        assertThat(districts.term("binh-son").orElseThrow().entries()).extracting(Story::slug).containsExactly("dong-son");
        assertThat(districts.term("tp-quang-ngai").orElseThrow().entries()).extracting(Story::slug).containsExactly("dong-son");
        assertThat(districts.term("ly-son").orElseThrow().entries()).extracting(Story::slug).containsExactly("ly-son");
        assertThat(districts.term("ba-to").orElseThrow().entries()).isEmpty();
        assertThat(stories.get(0).provinceWide()).isFalse();
    }

    @Test
    void aCommuneListsTheStoriesOfTheDistrictsItWasFormedFromAndThoseNamingIt() {
        List<Story> stories = List.of(
                story("a", List.of("nghia-hanh"), List.of()),
                story("b", List.of(), List.of("xa-phuoc-giang")),
                story("c", List.of("mo-duc"), List.of()));
        Taxonomy communes = Taxonomies.communes(registry, stories, Messages.read(Path.of(".")));
        assertThat(communes.terms()).hasSize(56);
        assertThat(communes.term("xa-phuoc-giang").orElseThrow().entries()).extracting(Story::slug).containsExactly("a", "b");
        assertThat(communes.term("xa-dinh-cuong").orElseThrow().entries()).extracting(Story::slug).containsExactly("a");
        assertThat(communes.term("xa-mo-duc").orElseThrow().entries()).extracting(Story::slug).containsExactly("c");
        assertThat(communes.term("dac-khu-ly-son").orElseThrow().entries()).isEmpty();
        assertThat(communes.pathOf(communes.term("xa-phuoc-giang").orElseThrow())).isEqualTo("xa-phuong/xa-phuoc-giang/");
    }
}
