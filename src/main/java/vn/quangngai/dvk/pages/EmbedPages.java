package vn.quangngai.dvk.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.quangngai.dvk.messages.Messages;
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
        Messages messages = site.messages();
        List<PageModel> pages = new ArrayList<>();
        pages.add(fragment(context, FOLDER, messages.get("embed.title"), site.stories(), Site.STORIES + "/", messages.get("embed.all")));
        for (Taxonomy taxonomy : site.taxonomies()) {
            for (Term term : taxonomy.terms()) {
                String subject = FeedPages.subject(messages, taxonomy, term);
                pages.add(fragment(context, pathOf(taxonomy, term), messages.get("embed.term.title", subject),
                        term.entries(), taxonomy.pathOf(term), messages.get("embed.term.all", subject)));
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
                context.site().messages().get("embed.description", title, stories.size()));
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
                "exampleTitle", site.messages().get("embed.term.title", FeedPages.subject(site.messages(), agencies, example)), "count", embed.count(), "origins", embed.origins());
    }
}
