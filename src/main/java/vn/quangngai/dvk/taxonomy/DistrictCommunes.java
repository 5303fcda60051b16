package vn.quangngai.dvk.taxonomy;

import java.util.List;
import vn.quangngai.dvk.data.Commune;
import vn.quangngai.dvk.data.District;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.story.Story;

/**
 * How a 2023 district and the communes of the new province point at each other on the district's
 * page, where {@code data/xa-phuong.yaml} says (with its sources) which districts a commune was
 * formed from. A model the report gives to a whole district is not placed in one commune: the
 * sources map communes to districts, not models to villages.
 */
public final class DistrictCommunes {

    /** A commune formed from the district: the other 2023 districts it also took land from, and the stories that name it. */
    public record Current(Commune commune, List<District> alsoFrom, List<Story> naming) {

        public Current {
            alsoFrom = List.copyOf(alsoFrom);
            naming = List.copyOf(naming);
        }
    }

    private DistrictCommunes() {
    }

    /**
     * The communes through which a story is on the district's page: those it names that were
     * formed from the district. Empty when the story names the district itself.
     */
    public static List<Commune> via(Registry registry, Story story, String district) {
        if (story.districts().contains(district)) {
            return List.of();
        }
        return story.communes().stream().flatMap(id -> registry.history().commune(id).stream())
                .filter(c -> c.formerDistricts().contains(district)).toList();
    }

    /** The communes formed from the district, in name order, each with the stories (in the given order) that name it. */
    public static List<Current> current(Registry registry, String district, List<Story> stories) {
        return registry.history().communesFormedFrom(district).stream()
                .map(c -> new Current(c,
                        c.formerDistricts().stream().filter(d -> !d.equals(district))
                                .flatMap(d -> registry.district(d).stream()).toList(),
                        stories.stream().filter(s -> s.communes().contains(c.id())).toList()))
                .toList();
    }
}
