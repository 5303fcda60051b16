package vn.quangngai.dvk.pages;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.quangngai.dvk.image.Photos;
import vn.quangngai.dvk.incremental.Incremental;
import vn.quangngai.dvk.markdown.Markdown;
import vn.quangngai.dvk.memo.Memo;
import vn.quangngai.dvk.memo.Slots;
import vn.quangngai.dvk.search.SearchCache;
import vn.quangngai.dvk.share.CardFiles;
import vn.quangngai.dvk.share.ShareCard;
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
    private final SearchCache search;
    private final Memo<byte[]> cardMemo;
    private final Slots<byte[]> dataFiles;
    private final Map<String, Object> siteView;
    private final Photos photos;
    private final CardFiles cardFiles;
    /** The share cards the pages modelled so far show, by path: what {@link SharePages} writes. */
    private final Map<String, ShareCard> cards = new ConcurrentHashMap<>();

    public PageContext(Site site, Photos photos, AssetManifest manifest, Incremental incremental) {
        this(site, photos, manifest, incremental, CardFiles.NONE);
    }

    /** @param cardFiles where share cards already drawn are found (the site this build replaces, the card cache) */
    public PageContext(Site site, Photos photos, AssetManifest manifest, Incremental incremental, CardFiles cardFiles) {
        this.site = site;
        this.photos = photos;
        this.cardFiles = cardFiles;
        this.views = new Views(site, photos, incremental.storyViews());
        this.structuredData = new StructuredData(site, incremental.jsonLd());
        this.markdown = incremental.markdown();
        this.search = incremental.search();
        this.cardMemo = incremental.cards();
        this.dataFiles = incremental.dataFiles();
        this.siteView = views.siteView(manifest);
    }

    /**
     * The pages of {@code set}; every HTML page has structured data: a plain WebPage when its
     * builder gave none. Their share cards are remembered for {@link SharePages}.
     */
    public List<PageModel> pagesOf(PageSet set) {
        List<PageModel> pages = set.pages(this);
        for (PageModel page : pages) {
            if (page.card() != null) {
                cards.putIfAbsent(page.card().path(), page.card());
            }
            if (page.uri().endsWith(".html") && page.get("jsonLd") == null) {
                page.put("jsonLd", structuredData.webPageAt(page.title(), (String) page.get("description"), (String) page.get("canonical")));
            }
        }
        return pages;
    }

    /** The photos of this build's stories, by their src. */
    Photos photos() {
        return photos;
    }

    /** The card a page shows when shared; {@code agency} is null for a page that is not a story. */
    ShareCard card(String title, String agency) {
        return new ShareCard(site.messages().get("campaign"), site.settings().title(), title, agency);
    }

    /**
     * The cards of every page modelled so far, in path order. Every tool's pages are modelled
     * before any tool writes its files ({@code jbake/SiteTool#renderTogether}), so when
     * {@link SharePages} writes, this is every page's card.
     */
    List<ShareCard> cards() {
        // by the map's keys: a card's path is a hash, made anew at each call
        return new TreeMap<>(cards).values().stream().toList();
    }

    /** Share cards' PNGs, kept across builds in a warm process. */
    Memo<byte[]> cardMemo() {
        return cardMemo;
    }

    /**
     * A data file written from a record ({@code from}: every input of its bytes, compared by
     * value); in a warm process, the bytes the last build wrote from an equal record.
     */
    PageSet.DataFile dataFile(String path, Object from, Supplier<byte[]> bytes) {
        return new PageSet.DataFile(path, dataFiles.get(path, from, bytes));
    }

    /** Where share cards already drawn are found. */
    CardFiles cardFiles() {
        return cardFiles;
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
    SearchCache search() {
        return search;
    }

    Map<String, Object> siteView() {
        return siteView;
    }
}
