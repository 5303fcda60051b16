package vn.quangngai.dvk.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.quangngai.dvk.data.Agency;
import vn.quangngai.dvk.data.District;
import vn.quangngai.dvk.data.Imprint;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.image.Photos;
import vn.quangngai.dvk.image.ProcessedImage;
import vn.quangngai.dvk.image.Variant;
import vn.quangngai.dvk.memo.Memo;
import vn.quangngai.dvk.messages.Messages;
import vn.quangngai.dvk.site.AssetManifest;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.story.Figure;
import vn.quangngai.dvk.story.Image;
import vn.quangngai.dvk.story.Story;
import vn.quangngai.dvk.taxonomy.DistrictCommunes;
import vn.quangngai.dvk.taxonomy.Lineage;
import vn.quangngai.dvk.taxonomy.Taxonomies;
import vn.quangngai.dvk.taxonomy.Taxonomy;
import vn.quangngai.dvk.taxonomy.Term;
import vn.quangngai.dvk.text.AdministrativeDate;

/**
 * Turns our records into the maps templates read — the one place that defines what a template can
 * see. Freemarker under JBake wraps plain maps and lists, not records, so views are maps. Every
 * {@code path} is site-relative ("co-quan/so-y-te/"); templates prefix it with the page's
 * {@code root} so links work at the root and under any sub-path.
 *
 * <pre>
 * link    : id, name, path
 * story   : slug, path, title, date ("ngày 04 tháng 6 năm 2020"), dateIso, summary,
 *           agency (link + shortName), districts [link], fields [link], provinceWide,
 *           communes [name], communeUnits [name, from [link] (the 2023 districts it was formed from)],
 *           figures [value, label], images [photo] (in staff order), thumb (the first photo, small) or absent
 * photo   : src (a fallback of about 800 px), variants [path, width] (ascending), width, height (of the
 *           widest), alt, caption and credit (absent when not given)
 * term    : link + count, entries [story] (all), and per taxonomy:
 *           agency: shortName, level, kind, district (link), parent (link);
 *           district: kind, terrain, communes [id, name, alsoFrom [link] (the other 2023 districts
 *           it was formed from), naming [title, path] (stories naming it)]
 * taxonomy: key, title, path, terms [term]
 * site    : see {@link #siteView(AssetManifest)}
 * </pre>
 */
public final class Views {

    /** A photo's {@code src} in the view: the variant a browser without srcset shows, sharp enough for a column. */
    private static final int FALLBACK_WIDTH = 800;
    /** The widest variant a card's thumbnail offers: a card is at most half the page wide. */
    private static final int THUMB_WIDTH = 800;

    private final Site site;
    private final Photos photos;
    private final Map<String, Map<String, Object>> storyViews = new LinkedHashMap<>();

    /** @param remembered the story views of the last warm build, reused for equal stories while the registry and photos are equal */
    Views(Site site, Photos photos, Memo<Map<String, Object>> remembered) {
        this.site = site;
        this.photos = photos;
        Registry registry = site.registry();
        remembered.nextBuild(List.of(registry.agencies(), registry.districts(), registry.fields(), registry.history(), photos));
        for (Story story : site.stories()) {
            storyViews.put(story.slug(), remembered.get(story, () -> story(story)));
        }
    }

    public Map<String, Object> story(String slug) {
        return storyViews.get(slug);
    }

    /** The view of a story the site does not publish (a draft, a scheduled story), for the preview's page of it. */
    public Map<String, Object> heldStory(Story story) {
        return story(story);
    }

    public List<Map<String, Object>> stories(List<Story> stories) {
        List<Map<String, Object>> views = new ArrayList<>(stories.size());
        stories.forEach(s -> views.add(storyViews.get(s.slug())));
        return views;
    }

    public List<Map<String, Object>> allStories() {
        return List.copyOf(storyViews.values());
    }

    private Map<String, Object> story(Story story) {
        Registry registry = site.registry();
        Agency agency = registry.agency(story.agency()).orElseThrow();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("slug", story.slug());
        view.put("path", Site.pathOf(story));
        view.put("title", story.title());
        view.put("date", AdministrativeDate.format(story.date()));
        view.put("dateIso", story.date().toString());
        view.put("summary", story.summary());
        Map<String, Object> agencyView = link(agency.id(), agency.name(), Taxonomies.AGENCIES);
        agencyView.put("shortName", agency.shortName());
        view.put("agency", agencyView);
        view.put("districts", story.districts().stream()
                .map(id -> link(id, registry.district(id).orElseThrow().name(), Taxonomies.DISTRICTS)).toList());
        view.put("fields", story.fields().stream()
                .map(id -> link(id, registry.field(id).orElseThrow().name(), Taxonomies.FIELDS)).toList());
        view.put("communes", story.communes().stream().map(registry::unitName).toList());
        view.put("communeUnits", story.communes().stream().flatMap(id -> registry.history().commune(id).stream())
                .map(c -> Map.of("name", c.name(), "from", c.formerDistricts().stream()
                        .map(d -> link(d, registry.district(d).orElseThrow().name(), Taxonomies.DISTRICTS)).toList()))
                .toList());
        view.put("provinceWide", story.provinceWide());
        view.put("districtsInferred", story.districtsInferred());
        if (story.asOf() != null) {
            view.put("asOf", story.asOf().label());
        }
        view.put("renamed", Lineage.renamed(registry, story).stream().map(Lineage.Renamed::text).toList());
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Figure figure : story.figures()) {
            figures.add(Map.of("value", figure.value(), "label", figure.label()));
        }
        view.put("figures", figures);
        List<Map<String, Object>> images = new ArrayList<>();
        for (Image image : story.images()) {
            images.add(photo(image, photos.get(image.src()), Integer.MAX_VALUE));
        }
        view.put("images", images);
        if (!story.images().isEmpty()) {
            Image first = story.images().get(0);
            view.put("thumb", photo(first, photos.get(first.src()), THUMB_WIDTH));
        }
        return Collections.unmodifiableMap(view); // shared by pages, and by builds in a warm process
    }

    /** A photo with its variants up to {@code widest} px (at least the narrowest one). */
    private static Map<String, Object> photo(Image image, ProcessedImage made, int widest) {
        List<Variant> variants = new ArrayList<>();
        for (Variant v : made.variants()) {
            if (variants.isEmpty() || v.width() <= widest) {
                variants.add(v);
            }
        }
        Variant largest = variants.get(variants.size() - 1);
        Variant fallback = variants.stream().filter(v -> v.width() >= FALLBACK_WIDTH).findFirst().orElse(largest);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("src", fallback.path());
        view.put("variants", variants.stream().map(v -> Map.of("path", v.path(), "width", v.width())).toList());
        view.put("width", largest.width());
        view.put("height", largest.height());
        view.put("alt", image.alt());
        if (image.caption() != null) {
            view.put("caption", image.caption());
        }
        if (image.credit() != null) {
            view.put("credit", image.credit());
        }
        return view;
    }

    public Map<String, Object> taxonomy(Taxonomy taxonomy) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("key", taxonomy.key());
        view.put("title", taxonomy.title());
        view.put("path", taxonomy.path());
        view.put("terms", taxonomy.terms().stream().map(t -> term(taxonomy, t)).toList());
        return view;
    }

    public Map<String, Object> term(Taxonomy taxonomy, Term term) {
        Map<String, Object> view = link(term.id(), term.name(), taxonomy.key());
        view.put("count", term.entries().size());
        if (term.subject() instanceof Agency agency) {
            view.put("shortName", agency.shortName());
            view.put("level", agency.level().label());
            view.put("levelId", agency.level().id());
            view.put("kind", site.registry().kind(agency.kind()).map(k -> k.name()).orElse(agency.kind()));
            if (agency.district() != null) {
                view.put("district", link(agency.district(), site.registry().district(agency.district()).orElseThrow().name(),
                        Taxonomies.DISTRICTS));
            }
            if (agency.parent() != null) {
                view.put("parent", link(agency.parent(), site.registry().agency(agency.parent()).orElseThrow().name(),
                        Taxonomies.AGENCIES));
            }
        } else if (term.subject() instanceof District district) {
            // a model whose districts the writer inferred is not one the report places here
            view.put("inferred", (int) term.entries().stream().filter(Story::districtsInferred).count());
            view.put("kind", district.kindLabel());
            if (district.terrainLabel() != null) {
                view.put("terrain", district.terrainLabel());
            }
            view.put("communes", DistrictCommunes.current(site.registry(), district.id(), site.stories()).stream()
                    .map(Views::currentUnit).toList());
        }
        Lineage.of(site.registry(), term.id()).ifPresent(lineage -> view.put("lineage", lineage.view()));
        return view;
    }

    private static Map<String, Object> currentUnit(DistrictCommunes.Current current) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", current.commune().id());
        view.put("name", current.commune().name());
        view.put("alsoFrom", current.alsoFrom().stream().map(d -> link(d.id(), d.name(), Taxonomies.DISTRICTS)).toList());
        view.put("naming", current.naming().stream().map(s -> Map.of("title", s.title(), "path", Site.pathOf(s))).toList());
        return view;
    }

    private static Map<String, Object> link(String id, String name, String taxonomy) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("name", name);
        view.put("path", taxonomy + "/" + id + "/");
        return view;
    }

    /**
     * What every page shows about the site: title, baseUrl, publisher (the publishing agency's
     * name), imprint (publisher (link), report: title, month ("tháng 8 năm 2023"), signer,
     * signerTitle; licence and contact (address, phone, tel, email, feedback) when data/trang.yaml
     * has them; links [label, url]), nav [label, path], and assets
     * (logical path under assets/ → published, fingerprinted path, e.g. css/site.css).
     */
    public Map<String, Object> siteView(AssetManifest manifest) {
        Messages messages = site.messages();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("assets", manifest.paths());
        view.put("title", site.settings().title());
        view.put("baseUrl", site.settings().baseUrl());
        Imprint imprint = site.imprint();
        Agency publisher = site.registry().agency(imprint.publisher()).orElseThrow();
        view.put("publisher", publisher.name());
        Imprint.Report report = imprint.report();
        Map<String, Object> imprintView = new LinkedHashMap<>();
        imprintView.put("publisher", link(publisher.id(), publisher.name(), Taxonomies.AGENCIES));
        imprintView.put("report", Map.of("title", report.title(), "month", AdministrativeDate.format(report.month()),
                "signer", report.signer(), "signerTitle", report.signerTitle()));
        if (imprint.licence() != null) {
            imprintView.put("licence", imprint.licence());
        }
        if (imprint.contact() != null) {
            imprintView.put("contact", contactView(imprint.contact()));
        }
        imprintView.put("links", imprint.links().stream()
                .map(l -> Map.of("label", l.label(), "url", l.url())).toList());
        view.put("imprint", imprintView);
        view.put("nav", List.of(
                navItem(messages.get("nav.stories"), Site.STORIES + "/"),
                navItem(messages.get("nav.agencies"), Taxonomies.AGENCIES + "/"),
                navItem(messages.get("nav.districts"), Taxonomies.DISTRICTS + "/"),
                navItem(messages.get("nav.fields"), Taxonomies.FIELDS + "/"),
                navItem(messages.get("nav.search"), Site.SEARCH + "/"),
                navItem(messages.get("nav.about"), "gioi-thieu/")));
        return view;
    }

    /** Only the details the source gives: a missing one is absent, and the template leaves its line out. */
    private static Map<String, Object> contactView(Imprint.Contact contact) {
        Map<String, Object> view = new LinkedHashMap<>();
        if (contact.address() != null) {
            view.put("address", contact.address());
        }
        if (contact.phone() != null) {
            view.put("phone", contact.phone());
            view.put("tel", "tel:" + contact.phone().replaceAll("[^0-9+]", ""));
        }
        if (contact.email() != null) {
            view.put("email", contact.email());
        }
        if (contact.feedback() != null) {
            view.put("feedback", contact.feedback());
        }
        return view;
    }

    private static Map<String, Object> navItem(String label, String path) {
        return Map.of("label", label, "path", path);
    }
}
