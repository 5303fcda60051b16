package vn.quangngai.dvk.jbake;

import java.util.Collection;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;
import vn.quangngai.dvk.taxonomy.Taxonomies;

/**
 * Site-wide lists any template can read without its tool passing them, registered with JBake in
 * {@code META-INF/org.jbake.template.ModelExtractors.properties}:
 * {@code all_models} (every story view, in site order) and {@code agency_terms},
 * {@code district_terms}, {@code field_terms} (term views with counts). Freemarker under JBake
 * only accepts collections from extractors.
 */
public final class SiteModelExtractor implements ModelExtractor<Collection<Map<String, Object>>> {

    @Override
    public Collection<Map<String, Object>> get(ContentStore db, Map model, String key) {
        if (!(db instanceof SiteStore store)) {
            throw new IllegalStateException("'" + key + "' is only available in a dan-van-kheo build");
        }
        return switch (key) {
            case "all_models" -> store.context().views().allStories();
            case "agency_terms" -> terms(store, Taxonomies.AGENCIES);
            case "district_terms" -> terms(store, Taxonomies.DISTRICTS);
            case "field_terms" -> terms(store, Taxonomies.FIELDS);
            default -> throw new IllegalArgumentException("SiteModelExtractor has no key '" + key + "'");
        };
    }

    @SuppressWarnings("unchecked")
    private static Collection<Map<String, Object>> terms(SiteStore store, String taxonomy) {
        return (Collection<Map<String, Object>>) store.context().views().taxonomy(store.context().site().taxonomy(taxonomy)).get("terms");
    }
}
