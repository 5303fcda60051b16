package vn.quangngai.dvk.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.quangngai.dvk.site.Embed;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.story.Story;
import vn.quangngai.dvk.taxonomy.Taxonomies;
import vn.quangngai.dvk.taxonomy.Taxonomy;
import vn.quangngai.dvk.taxonomy.Term;

/**
 * Small standalone pages meant for an iframe on another site, such as the department's news site:
 * "Mô hình mới" of the whole site ({@code nhung/}) and of each agency, district and field
 * ({@code nhung/co-quan/so-y-te/}), the newest {@code site.embed.count} models with their dates.
 * All of them live under one folder, so that the web server can allow framing there and nowhere
 * else; they are not in the sitemap and ask search engines not to index them.
 */
public final class EmbedPages implements PageSet {

    public static final String FOLDER = "nhung/";

    @Override
    public List<PageModel> pages(PageContext context) {
        Site site = context.site();
        List<PageModel> pages = new ArrayList<>();
        pages.add(fragment(context, FOLDER, "Mô hình “Dân vận khéo” mới", site.stories(), Site.STORIES + "/",
                "Tất cả mô hình"));
        for (Taxonomy taxonomy : site.taxonomies()) {
            for (Term term : taxonomy.terms()) {
                pages.add(fragment(context, pathOf(taxonomy, term), "Mô hình mới của " + FeedPages.subject(taxonomy, term),
                        term.entries(), taxonomy.pathOf(term), "Tất cả mô hình của " + FeedPages.subject(taxonomy, term)));
            }
        }
        return pages;
    }

    static String pathOf(Taxonomy taxonomy, Term term) {
        return FOLDER + taxonomy.pathOf(term);
    }

    private static PageModel fragment(PageContext context, String path, String title, List<Story> stories, String more, String moreLabel) {
        Embed embed = context.site().settings().embed();
        List<Story> newest = stories.subList(0, Math.min(embed.count(), stories.size()));
        PageModel page = PageModel.of(context, "embed", path, "index.html", title,
                title + ": " + stories.size() + " mô hình trên trang “Dân vận khéo” tỉnh Quảng Ngãi.");
        page.put("entries", context.views().stories(newest));
        page.put("total", stories.size());
        page.put("more", more);
        page.put("moreLabel", moreLabel);
        return page;
    }

    /**
     * What the open-data page shows of the fragments: an example (the agency with the most models,
     * so that the example shows something), the home page's fragment and the origins allowed to frame them.
     */
    static Map<String, Object> view(Site site) {
        Embed embed = site.settings().embed();
        Taxonomy agencies = site.taxonomy(Taxonomies.AGENCIES);
        Term example = agencies.terms().stream().max(Comparator.comparingInt((Term t) -> t.entries().size())).orElseThrow();
        return Map.of("home", FOLDER, "examplePath", pathOf(agencies, example),
                "exampleTitle", "Mô hình mới của " + example.name(), "count", embed.count(), "origins", embed.origins());
    }
}
