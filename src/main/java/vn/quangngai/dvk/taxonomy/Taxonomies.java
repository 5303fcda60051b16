package vn.quangngai.dvk.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.story.Story;

/**
 * Groups stories into the three taxonomies. Every registry entry becomes a term, also when it has
 * no story yet (a district with no model still gets its page). Stories must come in site order.
 */
public final class Taxonomies {

    public static final String AGENCIES = "co-quan";
    public static final String DISTRICTS = "dia-ban";
    public static final String FIELDS = "linh-vuc";

    private Taxonomies() {
    }

    public static List<Taxonomy> of(Registry registry, List<Story> stories) {
        return List.of(
                group(AGENCIES, "Cơ quan", "Cơ quan", registry.agencies(), a -> a.id(), a -> a.name(),
                        stories, s -> List.of(s.agency())),
                group(DISTRICTS, "Địa bàn", "Địa bàn", registry.districts(), d -> d.id(), d -> d.name(),
                        stories, Story::districts),
                group(FIELDS, "Lĩnh vực", "Lĩnh vực", registry.fields(), f -> f.id(), f -> f.name(),
                        stories, Story::fields));
    }

    static <T> Taxonomy group(String key, String title, String termLabel, List<T> subjects, Function<T, String> id,
                              Function<T, String> name, List<Story> stories, Function<Story, List<String>> termsOf) {
        Map<String, List<Story>> entries = new LinkedHashMap<>();
        for (T subject : subjects) {
            entries.put(id.apply(subject), new ArrayList<>());
        }
        for (Story story : stories) {
            for (String termId : termsOf.apply(story)) {
                List<Story> list = entries.get(termId);
                if (list == null) {
                    throw new IllegalArgumentException("story " + story.slug() + " names unknown " + key + " " + termId);
                }
                list.add(story);
            }
        }
        List<Term> terms = subjects.stream()
                .map(s -> new Term(id.apply(s), name.apply(s), s, entries.get(id.apply(s))))
                .toList();
        return new Taxonomy(key, title, termLabel, terms);
    }
}
