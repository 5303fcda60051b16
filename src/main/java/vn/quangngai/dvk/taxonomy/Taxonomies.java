package vn.quangngai.dvk.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.quangngai.dvk.data.Commune;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.messages.Messages;
import vn.quangngai.dvk.story.Story;

/**
 * Groups stories into the three taxonomies. Every registry entry becomes a term, also when it has
 * no story yet (a district with no model still gets its page). Stories must come in site order.
 * A story that names a commune of the new province is an entry of the 2023 districts that commune
 * was formed from, where a source says so; {@link #communes} groups the other way round.
 */
public final class Taxonomies {

    public static final String AGENCIES = "co-quan";
    public static final String DISTRICTS = "dia-ban";
    public static final String FIELDS = "linh-vuc";
    public static final String COMMUNES = "xa-phuong";

    private Taxonomies() {
    }

    /**
     * The three groupings, headed and labelled as {@code messages} say ({@code taxonomy.KEY.title},
     * {@code .label}), with the page size and order the site declares for each (by key; none:
     * the site's page size, newest first).
     */
    public static List<Taxonomy> of(Registry registry, List<Story> stories, Messages messages, Map<String, Declaration> declared) {
        return List.of(
                group(AGENCIES, messages, registry.agencies(), a -> a.id(), a -> a.name(),
                        stories, s -> List.of(s.agency()), declared.get(AGENCIES)),
                group(DISTRICTS, messages, registry.districts(), d -> d.id(), d -> d.name(),
                        stories, s -> districtsOf(registry, s), declared.get(DISTRICTS)),
                group(FIELDS, messages, registry.fields(), f -> f.id(), f -> f.name(),
                        stories, Story::fields, declared.get(FIELDS)));
    }

    /** The story's districts, then those its communes were formed from, each once. */
    public static List<String> districtsOf(Registry registry, Story story) {
        Set<String> districts = new LinkedHashSet<>(story.districts());
        for (String commune : story.communes()) {
            registry.history().commune(commune).ifPresent(c -> districts.addAll(c.formerDistricts()));
        }
        return List.copyOf(districts);
    }

    /**
     * The communes of the new province, each with the stories that name it and those of the 2023
     * districts it was formed from (a commune formed from part of a district gets all of that
     * district's stories: the sources map communes to districts, not stories to villages).
     */
    public static Taxonomy communes(Registry registry, List<Story> stories, Messages messages) {
        return group(COMMUNES, messages, registry.history().communes(), Commune::id, Commune::name,
                stories, s -> communesOf(registry, s), null);
    }

    /** The communes a story names, then those formed from its districts, each once. */
    public static List<String> communesOf(Registry registry, Story story) {
        Set<String> communes = new LinkedHashSet<>(story.communes());
        for (String district : story.districts()) {
            registry.history().communesFormedFrom(district).forEach(c -> communes.add(c.id()));
        }
        return List.copyOf(communes);
    }

    static <T> Taxonomy group(String key, Messages messages, List<T> subjects, Function<T, String> id,
                              Function<T, String> name, List<Story> stories, Function<Story, List<String>> termsOf, Declaration declared) {
        String title = messages.get("taxonomy." + key + ".title");
        String termLabel = messages.get("taxonomy." + key + ".label");
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
        return new Taxonomy(key, title, termLabel, terms, declared == null ? 0 : declared.pageSize(),
                declared == null ? Declaration.Order.NEWEST : declared.order());
    }
}
