package vn.quangngai.dvk.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.feed.JsonFeed;
import vn.quangngai.dvk.messages.Messages;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.story.Story;
import vn.quangngai.dvk.taxonomy.Taxonomy;
import vn.quangngai.dvk.taxonomy.Term;

/**
 * The feeds: an Atom feed ({@code feed.xml}) and a JSON Feed 1.1 ({@code feed.json}) of the whole
 * site at its root, and of each agency, district and field beside its page
 * ({@code co-quan/so-y-te/feed.xml}). A feed's id is the address of the page it follows, so it
 * stays the same from build to build; it was last updated on the date of its newest story.
 */
public final class FeedPages implements PageSet {

    public static final String ATOM = "feed.xml";
    public static final String JSON = "feed.json";

    @Override
    public List<PageModel> pages(PageContext context) {
        Site site = context.site();
        Views views = context.views();
        List<PageModel> pages = new ArrayList<>();
        Messages messages = site.messages();
        PageModel feed = PageModel.of(context, "feed", "", ATOM, site.settings().title(), messages.get("feed.subtitle"));
        feed.put("entries", views.allStories());
        feed.put("updated", updated(site.stories(), site));
        pages.add(feed);
        for (Taxonomy taxonomy : site.taxonomies()) {
            for (Term term : taxonomy.terms()) {
                PageModel termFeed = PageModel.of(context, "feed", taxonomy.pathOf(term), ATOM, title(messages, taxonomy, term),
                        description(messages, taxonomy, term));
                termFeed.put("entries", views.stories(term.entries()));
                termFeed.put("updated", updated(term.entries(), site));
                pages.add(termFeed);
            }
        }
        return pages;
    }

    @Override
    public List<DataFile> files(PageContext context) {
        Site site = context.site();
        List<DataFile> files = new ArrayList<>();
        Messages messages = site.messages();
        JsonFeed all = jsonFeed(site, "", site.settings().title(), messages.get("feed.subtitle"), site.stories());
        files.add(context.dataFile(JSON, all, all::bytes));
        for (Taxonomy taxonomy : site.taxonomies()) {
            for (Term term : taxonomy.terms()) {
                String path = taxonomy.pathOf(term);
                JsonFeed feed = jsonFeed(site, path, title(messages, taxonomy, term), description(messages, taxonomy, term), term.entries());
                files.add(context.dataFile(path + JSON, feed, feed::bytes));
            }
        }
        return files;
    }

    /** The links a term's page gives to its feeds (and the layout to the site's): type, path, title. */
    static List<Map<String, Object>> linksOf(Messages messages, Taxonomy taxonomy, Term term) {
        String title = title(messages, taxonomy, term);
        String path = taxonomy.pathOf(term);
        return List.of(
                Map.of("type", "application/atom+xml", "path", path + ATOM, "title", title + " (Atom)", "label", "Atom"),
                Map.of("type", "application/feed+json", "path", path + JSON, "title", title + " (JSON Feed)", "label", "JSON Feed"));
    }

    static String title(Messages messages, Taxonomy taxonomy, Term term) {
        return messages.get("feed.term.title", subject(messages, taxonomy, term));
    }

    /** A term as a sentence names it ({@code taxonomy.KEY.subject}: "lĩnh vực Y tế"). */
    static String subject(Messages messages, Taxonomy taxonomy, Term term) {
        return messages.get("taxonomy." + taxonomy.key() + ".subject", term.name());
    }

    private static String description(Messages messages, Taxonomy taxonomy, Term term) {
        return messages.get("feed.term.subtitle", subject(messages, taxonomy, term));
    }

    /** The newest story's date; a term without stories takes the site's, so that every feed has one. */
    private static String updated(List<Story> stories, Site site) {
        Optional<LocalDate> newest = stories.stream().map(Story::date).max(Comparator.naturalOrder())
                .or(() -> site.stories().stream().map(Story::date).max(Comparator.naturalOrder()));
        return newest.map(FeedPages::rfc3339).orElse("");
    }

    /** The start of the day in Vietnam, where every story's date is set. */
    static String rfc3339(LocalDate date) {
        return date + "T00:00:00+07:00";
    }

    private static JsonFeed jsonFeed(Site site, String path, String title, String description, List<Story> stories) {
        String base = site.settings().baseUrl();
        Registry registry = site.registry();
        String publisher = registry.agency(site.imprint().publisher()).orElseThrow().name();
        List<JsonFeed.Item> items = new ArrayList<>();
        for (Story story : stories) {
            String url = base + Site.pathOf(story);
            List<String> tags = new ArrayList<>();
            tags.add(registry.agency(story.agency()).orElseThrow().name());
            story.districts().forEach(id -> tags.add(registry.district(id).orElseThrow().name()));
            story.fields().forEach(id -> tags.add(registry.field(id).orElseThrow().name()));
            items.add(new JsonFeed.Item(url, url, story.title(), story.summary(), story.summary(), rfc3339(story.date()),
                    tags.stream().distinct().toList()));
        }
        return new JsonFeed(JsonFeed.VERSION, title, base + path, base + path + JSON, description, "vi",
                List.of(new JsonFeed.Author(publisher, base)), items);
    }
}
