package vn.quangngai.dvk.pages;

import java.util.List;
import java.util.Map;
import vn.quangngai.dvk.image.Photos;
import vn.quangngai.dvk.incremental.Incremental;
import vn.quangngai.dvk.markdown.Markdown;
import vn.quangngai.dvk.search.WordCache;
import vn.quangngai.dvk.site.AssetManifest;
import vn.quangngai.dvk.site.Site;

/**
 * What page builders work from in one build: the validated {@link Site} and its photos, its template views,
 * its structured data and its Markdown, with what a warm process kept from the last build
 * ({@link Incremental}).
 */
public final class PageContext {

    private final Site site;
    private final Views views;
    private final StructuredData structuredData;
    private final Markdown markdown;
    private final WordCache words;
    private final Map<String, Object> siteView;

    public PageContext(Site site, Photos photos, AssetManifest manifest, Incremental incremental) {
        this.site = site;
        this.views = new Views(site, photos, incremental.storyViews());
        this.structuredData = new StructuredData(site, incremental.jsonLd());
        this.markdown = incremental.markdown();
        this.words = incremental.words();
        this.siteView = views.siteView(manifest);
    }

    /** The pages of {@code set}; every HTML page has structured data: a plain WebPage when its builder gave none. */
    public List<PageModel> pagesOf(PageSet set) {
        List<PageModel> pages = set.pages(this);
        for (PageModel page : pages) {
            if (page.uri().endsWith(".html") && page.get("jsonLd") == null) {
                page.put("jsonLd", structuredData.webPageAt(page.title(), (String) page.get("description"), (String) page.get("canonical")));
            }
        }
        return pages;
    }

    public Site site() {
        return site;
    }

    public Views views() {
        return views;
    }

    StructuredData structuredData() {
        return structuredData;
    }

    public Markdown markdown() {
        return markdown;
    }

    /** The search index's folded words, kept across builds in a warm process. */
    WordCache words() {
        return words;
    }

    Map<String, Object> siteView() {
        return siteView;
    }
}
