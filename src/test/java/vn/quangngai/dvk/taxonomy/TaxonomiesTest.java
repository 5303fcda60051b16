package vn.quangngai.dvk.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.data.Agency;
import vn.quangngai.dvk.data.District;
import vn.quangngai.dvk.data.Field;
import vn.quangngai.dvk.data.Kind;
import vn.quangngai.dvk.data.Level;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.messages.Messages;
import vn.quangngai.dvk.story.Story;

class TaxonomiesTest {

    private final Registry registry = new Registry(
            List.of(new Agency("so-y-te", "Sở Y tế", "Sở Y tế", Level.TINH, "so", null, null),
                    new Agency("ubnd-ly-son", "UBND huyện Lý Sơn", "UBND Lý Sơn", Level.HUYEN, "ubnd", "ly-son", null)),
            List.of(new District("ly-son", "Huyện Lý Sơn", "huyen", "hai-dao", null), new District("ba-to", "Huyện Ba Tơ", "huyen", "mien-nui", null)),
            List.of(new Field("y-te", "Y tế"), new Field("moi-truong", "Môi trường")),
            List.of(new Kind("so", "Sở"), new Kind("ubnd", "UBND")));

    private static Story story(String slug, String agency, List<String> districts, List<String> fields) {
        return new Story(slug, slug, LocalDate.of(2026, 11, 25), agency, districts, fields, "s", List.of(), List.of(), "", slug, 1);
    }

    @Test
    void everyTermExistsAndListsExactlyItsStoriesInSiteOrder() {
        List<Story> stories = List.of(
                story("a", "ubnd-ly-son", List.of("ly-son"), List.of("moi-truong")),
                story("b", "so-y-te", List.of(), List.of("y-te", "moi-truong")));
        List<Taxonomy> taxonomies = Taxonomies.of(registry, stories, Messages.read(Path.of(".")), java.util.Map.of());
        Taxonomy districts = taxonomies.get(1);
        assertThat(districts.terms()).extracting(Term::id).containsExactly("ba-to", "ly-son");
        assertThat(districts.term("ba-to").orElseThrow().entries()).as("a district with no model still has a term").isEmpty();
        assertThat(districts.term("ly-son").orElseThrow().entries()).extracting(Story::slug).containsExactly("a");
        assertThat(taxonomies.get(2).term("moi-truong").orElseThrow().entries()).extracting(Story::slug).containsExactly("a", "b");
        assertThat(taxonomies.get(0).term("so-y-te").orElseThrow().entries()).extracting(Story::slug).containsExactly("b");
        assertThat(districts.pathOf(districts.term("ly-son").orElseThrow())).isEqualTo("dia-ban/ly-son/");
    }
}
