package vn.quangngai.dvk.pages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.quangngai.dvk.image.ProcessedImage;
import vn.quangngai.dvk.image.Variant;
import vn.quangngai.dvk.share.ShareCard;
import vn.quangngai.dvk.share.ShareText;
import vn.quangngai.dvk.story.Story;

/**
 * One output page as the templates will see it: its type (which picks the template), its URI,
 * title and the way back to the site root, and the values its template reads. Keys every
 * template can rely on: {@code description}, {@code path} (site-relative folder), {@code root}
 * (relative way back to the site root, e.g. "../../"), {@code canonical} (absolute URL) and
 * {@code site} (see {@link Views#siteView}); HTML pages also have {@code crumbs} (see
 * {@link Crumb}) and {@code jsonLd} (see {@link StructuredData}; a page whose builder gives none
 * gets a plain WebPage from {@link PageContext#pagesOf}) and {@code share} (the title and card a
 * shared link shows, {@link #share}). A value may be {@link Deferred} text,
 * made when the template reads it. Two models are equal when everything a template sees is:
 * what a warm build compares.
 */
public final class PageModel {

    private final String type;
    private final String uri;
    private final String title;
    private final String rootPath;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private ShareCard card;

    private PageModel(String type, String uri, String title, String rootPath) {
        this.type = type;
        this.uri = uri;
        this.title = title;
        this.rootPath = rootPath;
    }

    /**
     * @param path site-relative folder of the page ("" for the root, otherwise ending in "/")
     * @param file the file written in that folder: "index.html", "feed.xml" …
     */
    static PageModel of(PageContext context, String type, String path, String file, String title, String description) {
        String root = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        PageModel page = new PageModel(type, path + file, title, root);
        page.put("root", root);
        page.put("path", path);
        page.put("description", description);
        page.put("canonical", context.site().settings().baseUrl() + path);
        page.put("site", context.siteView());
        if (file.endsWith(".html")) {
            page.share(context, title, null);
        }
        return page;
    }

    /**
     * What the page shows when shared: its title as a share preview shows it ({@link ShareText}),
     * and the card drawn from {@code cardTitle} and, for a story, its agency; read by layout.ftl.
     */
    ShareCard share(PageContext context, String cardTitle, String agency) {
        card = context.card(cardTitle, agency);
        shareWith(context.site().settings().baseUrl() + card.path(), "image/png", ShareCard.WIDTH, ShareCard.HEIGHT, card.alt());
        return card;
    }

    /**
     * A story with a photo is shared with its first photo's 1200×630 crop (made by the photo
     * pipeline) instead of a drawn card, which is then not drawn at all; returns the site path of
     * the image the page is shared with.
     */
    String shareStory(PageContext context, Story story, String agency) {
        ProcessedImage photo = story.images().isEmpty() ? null : context.photos().get(story.images().get(0).src());
        if (photo == null || photo.shareCard() == null) {
            return share(context, story.title(), agency).path();
        }
        Variant crop = photo.shareCard();
        card = null;
        shareWith(context.site().settings().baseUrl() + crop.path(), "image/jpeg", crop.width(), crop.height(),
                story.images().get(0).alt());
        return crop.path();
    }

    private void shareWith(String image, String type, int width, int height, String alt) {
        Map<String, Object> share = new LinkedHashMap<>();
        share.put("title", ShareText.ogTitle(title));
        share.put("image", image);
        share.put("type", type);
        share.put("width", width);
        share.put("height", height);
        share.put("alt", alt);
        put("share", share);
    }

    void put(String key, Object value) {
        values.put(key, value);
    }

    Object get(String key) {
        return values.get(key);
    }

    /** Sets the page's breadcrumb trail below the home page, ending with the page itself. */
    void crumbs(List<Crumb> crumbs) {
        put("crumbs", Crumb.views(crumbs));
    }

    /** The card the page shows when shared; null for a file that is not an HTML page. */
    ShareCard card() {
        return card;
    }

    /** The template's name for pages of this kind: "story", "term", "feed" … */
    public String type() {
        return type;
    }

    /** The site-relative path of the file: its folder and file name ("co-quan/so-y-te/index.html"). */
    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    /** The relative way back to the site root from the page's folder ("../../"). */
    public String rootPath() {
        return rootPath;
    }

    /** The values the page's template reads, by key. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageModel page && type.equals(page.type) && uri.equals(page.uri) && title.equals(page.title)
                && rootPath.equals(page.rootPath) && values.equals(page.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, uri, title, values);
    }

    @Override
    public String toString() {
        return type + " " + uri;
    }
}
