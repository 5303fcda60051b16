package vn.quangngai.dvk.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.quangngai.dvk.data.Commune;
import vn.quangngai.dvk.data.District;
import vn.quangngai.dvk.messages.Messages;
import vn.quangngai.dvk.paging.Pager;
import vn.quangngai.dvk.picture.TileMap;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.story.Story;
import vn.quangngai.dvk.story.StoryOrder;
import vn.quangngai.dvk.taxonomy.DistrictCommunes;
import vn.quangngai.dvk.taxonomy.Taxonomies;
import vn.quangngai.dvk.taxonomy.Taxonomy;
import vn.quangngai.dvk.taxonomy.Term;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * The index pages JBake lacks: for each taxonomy (agency, district, field) a page listing its
 * terms with counts, and for each term its stories, paginated by {@code site.page.size}. A
 * district page also knows how many models are province-wide, so an empty district can point
 * readers to them.
 */
public final class TaxonomyPages implements PageSet {

    static final String PROVINCE_WIDE_ANCHOR = "toan-tinh";

    @Override
    public List<PageModel> pages(PageContext context) {
        Site site = context.site();
        Views views = context.views();
        StructuredData data = context.structuredData();
        List<Story> provinceWide = site.stories().stream().filter(Story::provinceWide).toList();
        List<PageModel> pages = new ArrayList<>();
        for (Taxonomy taxonomy : site.taxonomies()) {
            // one view of the taxonomy and of each term, shared by all its pages: building them
            // per page made the pages' models grow with terms × pages
            Map<String, Object> taxonomyView = views.taxonomy(taxonomy);
            PageModel index = PageModel.of(context, "taxonomy", taxonomy.path(), "index.html", taxonomy.title(),
                    indexDescription(site.messages(), taxonomy));
            List<Crumb> indexCrumbs = List.of(Crumb.here(taxonomy.title()));
            index.crumbs(indexCrumbs);
            index.put("jsonLd", data.collection(taxonomy.title(), indexDescription(site.messages(), taxonomy), taxonomy.path(), indexCrumbs,
                    taxonomy.terms().stream().map(t -> new StructuredData.Item(t.name(), taxonomy.pathOf(t))).toList(), 1));
            index.put("taxonomy", taxonomyView);
            if (taxonomy.key().equals(Taxonomies.DISTRICTS)) {
                index.put("provinceWide", views.stories(provinceWide));
                index.put("provinceWideAnchor", PROVINCE_WIDE_ANCHOR);
                index.put("tileMap", tileMap(site.messages(), taxonomy, (String) index.get("root")));
                index.put("tileLegend", TileMap.legend(counts(site.messages())));
            }
            pages.add(index);
            for (Term term : taxonomy.terms()) {
                Map<String, Object> termView = views.term(taxonomy, term);
                List<Story> listed = ordered(taxonomy, term.entries());
                for (Pager.Slice slice : site.pagerOf(taxonomy, term).slices()) {
                    String title = slice.number() > 1 ? site.messages().get("term.title.page", term.name(), slice.number()) : term.name();
                    String path = taxonomy.pathOf(term) + slice.suffix();
                    PageModel doc = PageModel.of(context, "term", path, "index.html", title, termDescription(site.messages(), taxonomy, term));
                    doc.share(context, term.name(), null); // one card for every page of the term
                    List<Crumb> crumbs = slice.number() == 1
                            ? List.of(Crumb.link(taxonomy.title(), taxonomy.path()), Crumb.here(term.name()))
                            : List.of(Crumb.link(taxonomy.title(), taxonomy.path()), Crumb.link(term.name(), taxonomy.pathOf(term)),
                                    Crumb.here(site.messages().get("term.crumb.page", term.name(), slice.number())));
                    doc.crumbs(crumbs);
                    List<StructuredData.Item> items = listed.subList(slice.from(), slice.to()).stream()
                            .map(s -> new StructuredData.Item(s.title(), Site.pathOf(s))).toList();
                    doc.put("jsonLd", data.collection(title, termDescription(site.messages(), taxonomy, term), path, crumbs, items, slice.from() + 1));
                    doc.put("taxonomy", taxonomyView);
                    doc.put("term", termView);
                    doc.put("entries", views.stories(listed.subList(slice.from(), slice.to())));
                    doc.put("pager", Pagers.view(slice, taxonomy.pathOf(term)));
                    doc.put("feeds", FeedPages.linksOf(site.messages(), taxonomy, term));
                    doc.put("embedPath", EmbedPages.pathOf(taxonomy, term));
                    if (taxonomy.key().equals(Taxonomies.DISTRICTS)) {
                        doc.put("provinceWideCount", provinceWide.size());
                        doc.put("provinceWidePath", taxonomy.path() + "#" + PROVINCE_WIDE_ANCHOR);
                        doc.put("via", via(site, term, listed.subList(slice.from(), slice.to())));
                    }
                    pages.add(doc);
                }
            }
        }
        return pages;
    }

    /** A term's stories as its grouping orders its pages (its entries are newest first). */
    private static List<Story> ordered(Taxonomy taxonomy, List<Story> entries) {
        return switch (taxonomy.order()) {
            case NEWEST -> entries;
            case OLDEST -> entries.stream().sorted(Comparator.comparing(Story::date).thenComparing(Story::title, Vietnamese.order())
                    .thenComparing(Story::slug)).toList();
            case TITLE -> entries.stream().sorted(Comparator.comparing(Story::title, Vietnamese.order())
                    .thenComparing(StoryOrder.newestFirst())).toList();
        };
    }

    /** For each story on a district page that is there only because it names a commune formed from the district: the line saying so. */
    private static Map<String, String> via(Site site, Term district, List<Story> entries) {
        Map<String, String> via = new LinkedHashMap<>();
        for (Story story : entries) {
            List<String> communes = DistrictCommunes.via(site.registry(), story, district.id()).stream().map(Commune::name).toList();
            if (!communes.isEmpty()) {
                via.put(story.slug(), site.messages().get(communes.size() == 1 ? "district.via.one" : "district.via.many",
                        String.join(", ", communes)));
            }
        }
        return via;
    }

    /** Districts without a place on the map go in a row of their own below it. */
    private static String tileMap(Messages messages, Taxonomy districts, String root) {
        int spareRow = districts.terms().stream().map(t -> ((District) t.subject()).tile())
                .filter(java.util.Objects::nonNull).mapToInt(District.Tile::row).max().orElse(-1) + 1;
        List<TileMap.Tile> tiles = new ArrayList<>();
        int spareColumn = 0;
        for (Term term : districts.terms()) {
            District.Tile place = ((District) term.subject()).tile();
            int column = place != null ? place.column() : spareColumn++;
            int row = place != null ? place.row() : spareRow;
            int named = (int) term.entries().stream().filter(s -> !s.districtsInferred()).count();
            tiles.add(new TileMap.Tile(column, row, term.name(), named, root + districts.pathOf(term)));
        }
        return TileMap.svg(tiles, messages.get("district.map"), counts(messages));
    }

    private static TileMap.Counts counts(Messages messages) {
        return new TileMap.Counts(messages.get("district.map.none"), messages.get("district.map.count"), messages.get("district.map.more"));
    }

    private static String indexDescription(Messages messages, Taxonomy taxonomy) {
        return messages.get("taxonomy." + taxonomy.key() + ".description");
    }

    private static String termDescription(Messages messages, Taxonomy taxonomy, Term term) {
        int count = term.entries().size();
        String subject = FeedPages.subject(messages, taxonomy, term);
        return count == 0 ? messages.get("term.description.empty", subject) : messages.get("term.description", count, subject);
    }
}
