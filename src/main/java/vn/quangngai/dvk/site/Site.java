package vn.quangngai.dvk.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.quangngai.dvk.data.Imprint;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.messages.Messages;
import vn.quangngai.dvk.paging.Pager;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.story.Page;
import vn.quangngai.dvk.story.Story;
import vn.quangngai.dvk.taxonomy.Taxonomy;
import vn.quangngai.dvk.taxonomy.Term;

/**
 * The whole site as validated data; {@code messages} are the words of its pages that are not
 * content, {@code imprint} says who publishes it and from what report. Stories are in site order (newest first); the taxonomies hold
 * every term. {@link #htmlPaths()} is the plan of every HTML page the build writes. {@code held}
 * are valid stories it does not publish (drafts and stories dated after the build day): in none of the rest.
 */
public record Site(Settings settings, Messages messages, Registry registry, Imprint imprint, List<Story> stories, List<Page> pages, List<Taxonomy> taxonomies,
                   List<Problem> warnings, List<Held> held) {

    public static final String STORIES = "mo-hinh";
    /** The open-data page and files (see the opendata package). */
    public static final String OPEN_DATA = "du-lieu";
    /** The search page and its index (see the search package). */
    public static final String SEARCH = "tim-kiem";

    public Site {
        stories = List.copyOf(stories);
        pages = List.copyOf(pages);
        taxonomies = List.copyOf(taxonomies);
        warnings = List.copyOf(warnings);
        held = List.copyOf(held);
    }

    /** A site with no draft and no scheduled story. */
    public Site(Settings settings, Messages messages, Registry registry, Imprint imprint, List<Story> stories, List<Page> pages,
                List<Taxonomy> taxonomies, List<Problem> warnings) {
        this(settings, messages, registry, imprint, stories, pages, taxonomies, warnings, List.of());
    }

    public Taxonomy taxonomy(String key) {
        return taxonomies.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no taxonomy " + key));
    }

    public Optional<Story> story(String slug) {
        return stories.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public static String pathOf(Story story) {
        return STORIES + "/" + story.slug() + "/";
    }

    public static String pathOf(Page page) {
        return page.slug() + "/";
    }

    /** A term's pages: as many entries each as its grouping declares, or else as the site's settings say. */
    public Pager pagerOf(Taxonomy taxonomy, Term term) {
        return new Pager(term.entries().size(), taxonomy.pageSize() > 0 ? taxonomy.pageSize() : settings.pageSize());
    }

    /** Site-relative paths ("" is the home page; folders end in "/") of every HTML page but the 404 page. */
    public List<String> htmlPaths() {
        List<String> paths = new ArrayList<>();
        paths.add("");
        pages.forEach(p -> paths.add(pathOf(p)));
        paths.add(OPEN_DATA + "/");
    /** The search page and its index (see the search package). */
        paths.add(SEARCH + "/");
        new Pager(stories.size(), settings.pageSize()).slices().forEach(slice -> paths.add(STORIES + "/" + slice.suffix()));
        stories.forEach(s -> paths.add(pathOf(s)));
        for (Taxonomy taxonomy : taxonomies) {
            paths.add(taxonomy.path());
            for (Term term : taxonomy.terms()) {
                pagerOf(taxonomy, term).slices().forEach(slice -> paths.add(taxonomy.pathOf(term) + slice.suffix()));
            }
        }
        return paths;
    }
}
