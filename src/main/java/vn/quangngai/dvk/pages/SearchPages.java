package vn.quangngai.dvk.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.quangngai.dvk.data.Agency;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.markdown.Markdown;
import vn.quangngai.dvk.search.Hit;
import vn.quangngai.dvk.search.SearchCache;
import vn.quangngai.dvk.search.SearchEntry;
import vn.quangngai.dvk.search.SearchFiles;
import vn.quangngai.dvk.search.SearchIndex;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.story.Figure;
import vn.quangngai.dvk.story.Story;
import vn.quangngai.dvk.taxonomy.Lineage;
import vn.quangngai.dvk.taxonomy.Taxonomies;
import vn.quangngai.dvk.taxonomy.Taxonomy;
import vn.quangngai.dvk.taxonomy.Term;

/**
 * The search page ({@code tim-kiem/}) and, beside it, the index it reads (see {@link SearchFiles}).
 * The page is a plain GET form ({@code ?q=…&co-quan=…&dia-ban=…&linh-vuc=…}) that
 * assets/js/search.js enhances; without JavaScript it says so and points to the lists.
 *
 * <p>Template keys: {@code index} (the manifest, relative to the page), {@code filters}
 * [key, label, all (the "any" choice), options [id, name]]: the agencies, districts and fields
 * that have stories.
 */
public final class SearchPages implements PageSet {

    @Override
    public List<PageModel> pages(PageContext context) {
        Site site = context.site();
        PageModel page = PageModel.of(context, "search", Site.SEARCH + "/", "index.html", site.messages().get("search.title"),
                site.messages().get("search.description"));
        List<Crumb> crumbs = List.of(Crumb.here(page.title()));
        page.crumbs(crumbs);
        page.put("jsonLd", context.structuredData().page(page.title(), (String) page.get("description"), Site.SEARCH + "/", crumbs));
        page.put("index", SearchFiles.MANIFEST);
        List<Map<String, Object>> filters = new ArrayList<>();
        for (Taxonomy taxonomy : site.taxonomies()) {
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("key", taxonomy.key());
            filter.put("label", taxonomy.termLabel());
            filter.put("all", site.messages().get("search.all", taxonomy.termLabel().toLowerCase(Locale.ROOT)));
            List<Map<String, Object>> options = new ArrayList<>();
            for (Term term : taxonomy.terms()) {
                if (!term.entries().isEmpty()) {
                    String name = term.subject() instanceof Agency agency ? agency.shortName() : term.name();
                    options.add(Map.of("id", term.id(), "name", name));
                }
            }
            filter.put("options", options);
            filters.add(filter);
        }
        page.put("filters", filters);
        return List.of(page);
    }

    @Override
    public List<DataFile> files(PageContext context) {
        List<DataFile> files = new ArrayList<>();
        SearchCache cache = context.search();
        SearchFiles.write(SearchIndex.of(entries(context.site(), context.markdown()), cache), SearchFiles.Layout.DEFAULT, cache)
                .forEach((path, bytes) -> files.add(new DataFile(Site.SEARCH + "/" + path, bytes)));
        return files;
    }

    /** What search knows of each story, in site order. */
    public static List<SearchEntry> entries(Site site, Markdown markdown) {
        List<SearchEntry> entries = new ArrayList<>(site.stories().size());
        for (Story story : site.stories()) {
            entries.add(entry(story, site.registry(), markdown, site.messages().get("search.anyPlace")));
        }
        return entries;
    }

    /** @param anyPlace what a story of the whole province is found by, instead of its districts */
    static SearchEntry entry(Story story, Registry registry, Markdown markdown, String anyPlace) {
        Agency agency = registry.agency(story.agency()).orElseThrow();
        List<String> districts = story.districts().stream().map(id -> registry.district(id).orElseThrow().name()).toList();
        List<String> fields = story.fields().stream().map(id -> registry.field(id).orElseThrow().name()).toList();
        List<String> head = new ArrayList<>(List.of(story.title(), story.summary(), agency.name(), agency.shortName()));
        head.addAll(story.provinceWide() ? List.of(anyPlace) : districts);
        head.addAll(fields);
        story.communes().forEach(id -> head.add(registry.unitName(id)));
        List<String> body = new ArrayList<>();
        // today's names of the units the story names, where a source records them: a reader who
        // knows only the new commune or department still finds the model, ranked below those that name it
        List<Lineage.Renamed> renamed = Lineage.renamed(registry, story);
        for (Lineage.Renamed unit : renamed) {
            unit.successors().forEach(successor -> body.add(successor.name()));
        }
        for (Figure figure : story.figures()) {
            body.add(figure.value() + " " + figure.label());
        }
        body.add(markdown.searchWords(story.file(), story.body()));
        Hit hit = new Hit(Site.pathOf(story), story.title(), agency.shortName(), districts, story.summary(),
                renamed.stream().filter(r -> !r.successors().isEmpty()).map(Lineage.Renamed::text).toList());
        return new SearchEntry(hit, String.join("\n", head), String.join("\n", body), Map.of(
                Taxonomies.AGENCIES, List.of(story.agency()),
                Taxonomies.DISTRICTS, story.districts(),
                Taxonomies.FIELDS, story.fields()));
    }
}
