package vn.quangngai.dvk.pages;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.quangngai.dvk.data.Level;
import vn.quangngai.dvk.picture.BarChart;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.story.Story;
import vn.quangngai.dvk.taxonomy.Taxonomies;
import vn.quangngai.dvk.taxonomy.Taxonomy;
import vn.quangngai.dvk.taxonomy.Term;

/** The home page, the 404 page, the sitemap and robots.txt (the feeds: {@link FeedPages}). */
public final class SitePages implements PageSet {

    @Override
    public List<PageModel> pages(PageContext context) {
        Site site = context.site();
        Views views = context.views();
        String title = site.settings().title();
        String homeDescription = site.messages().get("home.description");
        PageModel home = PageModel.of(context, "home", "", "index.html", title, homeDescription);
        home.put("jsonLd", context.structuredData().home(homeDescription));
        showcase(site, views).forEach(home::put);
        home.put("storyCount", site.stories().size());
        home.put("agencyCount", (int) site.stories().stream().map(Story::agency).distinct().count());
        home.put("districtCount", namedDistricts(site));
        home.put("inferredDistrictCount", (int) site.stories().stream().flatMap(s -> s.districts().stream()).distinct().count()
                - namedDistricts(site));
        home.put("levelChart", levelChart(site));
        home.put("fieldChart", fieldChart(site));
        site.pages().stream().filter(p -> p.slug().equals("gioi-thieu")).findFirst()
                .ifPresent(p -> home.put("about", p.summary()));

        PageModel notFound = PageModel.of(context, "error404", "", "404.html", site.messages().get("notfound.title"),
                site.messages().get("notfound.description"));
        // the 404 page is served at any depth, so its links start from the site's own path
        notFound.put("root", URI.create(site.settings().baseUrl()).getPath());
        notFound.put("canonical", site.settings().baseUrl() + "404.html");

        PageModel sitemap = PageModel.of(context, "sitemap", "", "sitemap.xml", title, "");
        sitemap.put("paths", site.htmlPaths());

        PageModel robots = PageModel.of(context, "robots", "", "robots.txt", title, "");
        return List.of(home, notFound, sitemap, robots);
    }

    /** Districts the report itself names as having a model of their own; inferred ones are not counted. */
    public static int namedDistricts(Site site) {
        return (int) site.stories().stream().flatMap(s -> s.namedDistricts().stream()).distinct().count();
    }

    /**
     * "Latest" only means something when the stories' dates differ: then the newest six; otherwise
     * the models staff put forward (front matter {@code featured}, 1 first), and none when no story
     * is featured. Keys: showcase ("latest" or "featured"), showcaseStories.
     */
    static Map<String, Object> showcase(Site site, Views views) {
        boolean datesDiffer = site.stories().stream().map(Story::date).distinct().count() > 1;
        List<Story> chosen = datesDiffer
                ? site.stories().subList(0, Math.min(6, site.stories().size()))
                : site.stories().stream().filter(s -> s.featured() > 0).sorted(Comparator.comparingInt(Story::featured)).toList();
        return Map.of("showcase", datesDiffer ? "latest" : "featured", "showcaseStories", views.stories(chosen));
    }

    private static String levelChart(Site site) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Level level : Level.values()) {
            int count = (int) site.stories().stream()
                    .filter(s -> site.registry().agency(s.agency()).orElseThrow().level() == level).count();
            bars.add(new BarChart.Bar(level.label(), count));
        }
        return BarChart.svg("bieu-do-cap", site.messages().get("chart.levels"), bars);
    }

    /** Fields with the most models first; a model with two fields counts in both. */
    private static String fieldChart(Site site) {
        Taxonomy fields = site.taxonomy(Taxonomies.FIELDS);
        List<BarChart.Bar> bars = fields.terms().stream()
                .sorted(Comparator.comparingInt((Term t) -> -t.entries().size()))
                .map(t -> new BarChart.Bar(t.name(), t.entries().size()))
                .toList();
        return BarChart.svg("bieu-do-linh-vuc", site.messages().get("chart.fields"), bars);
    }
}
