package vn.quangngai.dvk.opendata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.story.Story;

/**
 * Every story of the site, in site order (newest first, then by title), as the open data files
 * publish it. Nothing in it depends on the time of the build, so the same site gives the same bytes.
 *
 * @param url    the site's absolute address
 * @param schema the absolute address of the page that documents the fields
 */
@JsonPropertyOrder({"title", "publisher", "url", "schema", "count", "models"})
public record OpenData(String title, String publisher, String url, String schema, int count, List<ModelEntry> models) {

    /** Site-relative folder of the data page and files. */
    public static final String PATH = Site.OPEN_DATA + "/";
    public static final String JSON = PATH + "mo-hinh.json";
    public static final String CSV = PATH + "mo-hinh.csv";

    public OpenData {
        models = List.copyOf(models);
        if (count != models.size()) {
            throw new IllegalArgumentException("count " + count + " but " + models.size() + " models");
        }
    }

    public static OpenData of(Site site, String publisher) {
        Registry registry = site.registry();
        String base = site.settings().baseUrl();
        List<ModelEntry> models = new ArrayList<>(site.stories().size());
        for (Story story : site.stories()) {
            models.add(new ModelEntry(story.slug(), story.title(),
                    new Ref(story.agency(), registry.agency(story.agency()).orElseThrow().name()),
                    story.districts().stream().map(id -> new Ref(id, registry.district(id).orElseThrow().name())).toList(),
                    story.fields().stream().map(id -> new Ref(id, registry.field(id).orElseThrow().name())).toList(),
                    story.date().toString(), story.summary(), story.figures(), base + Site.pathOf(story)));
        }
        return new OpenData(site.settings().title(), publisher, base, base + PATH, models.size(), models);
    }
}
