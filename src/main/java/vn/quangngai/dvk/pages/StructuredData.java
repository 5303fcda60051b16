package vn.quangngai.dvk.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import vn.quangngai.dvk.data.Imprint;
import vn.quangngai.dvk.memo.Memo;
import vn.quangngai.dvk.share.ShareCard;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.story.Story;

/**
 * The schema.org description of each HTML page, as JSON-LD made with Jackson: WebSite on the home
 * page, Article for a story, CollectionPage for a list, WebPage otherwise, each with its
 * BreadcrumbList. The publisher is a GovernmentOrganization named in data/trang.yaml; stories and
 * the campaign page say which report they are based on.
 *
 * <p>The text goes inside {@code <script type="application/ld+json">}, where the HTML parser looks
 * only for {@code </script}: '<', '>' and '&' are written as JSON escapes (a backslash, then
 * u003C …) in every string, so no title can end the element early, and a JSON reader still sees
 * the same strings.
 */
final class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    /** One entry of a listed collection: a story or a term. */
    record Item(String name, String path) {
    }

    private final Site site;
    private final String baseUrl;
    private final Memo<String> memo;
    /** What every page's structured data depends on besides its own inputs. */
    private final List<Object> context;

    /** @param memo JSON-LD made by the last warm build, reused when its inputs are equal */
    StructuredData(Site site, Memo<String> memo) {
        this.site = site;
        this.baseUrl = site.settings().baseUrl();
        this.memo = memo;
        this.context = Arrays.asList(site.settings(), site.messages(), site.imprint(), site.registry().agency(site.imprint().publisher()));
        memo.nextBuild(context);
    }

    String home(String description) {
        ObjectNode website = node("WebSite");
        website.put("@id", baseUrl + "#website");
        website.put("name", site.settings().title());
        website.put("description", description);
        website.put("url", baseUrl);
        website.put("inLanguage", "vi");
        website.set("publisher", publisher());
        return write(graph(website, List.of()));
    }

    /** A story's page: made as the page renders ({@link Deferred}). */
    Deferred article(Story story, String path, List<Crumb> crumbs, String image) {
        String agencyName = site.registry().agency(story.agency()).orElseThrow().name();
        return deferred(Arrays.asList("article", story, path, crumbs, agencyName, image),
                () -> article(story, path, crumbs, agencyName, image));
    }

    private Deferred deferred(List<Object> inputs, Supplier<String> make) {
        return new Deferred(Arrays.asList(context, inputs), () -> memo.get(inputs, make));
    }

    /** @param image the site-relative path of the story's 1200×630 picture */
    private String article(Story story, String path, List<Crumb> crumbs, String agencyName, String image) {
        ObjectNode article = node("Article");
        article.put("headline", story.title());
        article.put("description", story.summary());
        article.put("url", baseUrl + path);
        article.put("mainEntityOfPage", baseUrl + path);
        article.put("datePublished", story.date().toString());
        article.put("inLanguage", "vi");
        ObjectNode picture = node("ImageObject");
        picture.put("url", baseUrl + image);
        picture.put("width", ShareCard.WIDTH);
        picture.put("height", ShareCard.HEIGHT);
        article.set("image", picture);
        ObjectNode agency = node("GovernmentOrganization");
        agency.put("name", agencyName);
        article.set("about", agency);
        article.set("author", publisher());
        article.set("publisher", publisher());
        article.set("isBasedOn", report());
        article.set("isPartOf", website());
        return write(graph(article, crumbs));
    }

    /**
     * A list page, made as the page renders ({@link Deferred}); {@code firstPosition} is the
     * position of its first item in the whole list (1 on page 1).
     */
    Deferred collection(String name, String description, String path, List<Crumb> crumbs, List<Item> items, int firstPosition) {
        return deferred(Arrays.asList("collection", name, description, path, crumbs, items, firstPosition),
                () -> makeCollection(name, description, path, crumbs, items, firstPosition));
    }

    private String makeCollection(String name, String description, String path, List<Crumb> crumbs, List<Item> items, int firstPosition) {
        ObjectNode page = webPage("CollectionPage", name, description, path);
        ObjectNode list = node("ItemList");
        ArrayNode elements = list.putArray("itemListElement");
        for (int i = 0; i < items.size(); i++) {
            ObjectNode element = node("ListItem");
            element.put("position", firstPosition + i);
            element.put("name", items.get(i).name());
            element.put("url", baseUrl + items.get(i).path());
            elements.add(element);
        }
        page.set("mainEntity", list);
        return write(graph(page, crumbs));
    }

    /** A page of its own, such as the campaign page, which summarises the report. */
    String page(String name, String description, String path, List<Crumb> crumbs) {
        ObjectNode page = webPage("WebPage", name, description, path);
        page.set("isBasedOn", report());
        return write(graph(page, crumbs));
    }

    /** Any other HTML page, such as the 404 page or one whose tool describes it no further. */
    String webPageAt(String name, String description, String url) {
        ObjectNode page = webPage("WebPage", name, description, "");
        page.put("url", url);
        return write(graph(page, List.of()));
    }

    private ObjectNode webPage(String type, String name, String description, String path) {
        ObjectNode page = node(type);
        page.put("name", name);
        page.put("description", description);
        page.put("url", baseUrl + path);
        page.put("inLanguage", "vi");
        page.set("isPartOf", website());
        page.set("publisher", publisher());
        return page;
    }

    private ObjectNode graph(ObjectNode main, List<Crumb> crumbs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        graph.add(main);
        if (!crumbs.isEmpty()) {
            ObjectNode trail = node("BreadcrumbList");
            ArrayNode elements = trail.putArray("itemListElement");
            elements.add(crumb(1, site.messages().get("crumb.home"), baseUrl));
            for (int i = 0; i < crumbs.size(); i++) {
                Crumb crumb = crumbs.get(i);
                elements.add(crumb(i + 2, crumb.label(), crumb.path() == null ? main.path("url").asText() : baseUrl + crumb.path()));
            }
            graph.add(trail);
        }
        return root;
    }

    private static ObjectNode crumb(int position, String name, String url) {
        ObjectNode element = node("ListItem");
        element.put("position", position);
        element.put("name", name);
        element.put("item", url);
        return element;
    }

    private ObjectNode website() {
        ObjectNode website = node("WebSite");
        website.put("@id", baseUrl + "#website");
        website.put("name", site.settings().title());
        website.put("url", baseUrl);
        return website;
    }

    private ObjectNode publisher() {
        ObjectNode publisher = node("GovernmentOrganization");
        publisher.put("name", site.registry().agency(site.imprint().publisher()).orElseThrow().name());
        return publisher;
    }

    private ObjectNode report() {
        Imprint.Report report = site.imprint().report();
        ObjectNode node = node("Report");
        node.put("name", report.title());
        node.put("datePublished", report.month().toString());
        node.put("inLanguage", "vi");
        node.set("publisher", publisher());
        return node;
    }

    private static ObjectNode node(String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", type);
        return node;
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
        }
    }

    /** JSON's own escapes, plus '<', '>' and '&' escaped too: safe inside an HTML script element. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
