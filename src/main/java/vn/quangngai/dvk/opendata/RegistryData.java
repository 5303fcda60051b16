package vn.quangngai.dvk.opendata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.quangngai.dvk.data.Agency;
import vn.quangngai.dvk.data.Commune;
import vn.quangngai.dvk.data.DateOrMonth;
import vn.quangngai.dvk.data.District;
import vn.quangngai.dvk.data.History;
import vn.quangngai.dvk.data.Lifespan;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.taxonomy.Taxonomies;

/**
 * The registry as open data: every agency, 2023 district and commune with when it existed and
 * what it became, the legal acts, and the sources each fact was read in. Agencies first, then
 * districts, then communes, each in Vietnamese order of name, like the site's lists.
 */
@JsonPropertyOrder({"title", "publisher", "url", "schema", "units", "acts", "sources"})
public record RegistryData(String title, String publisher, String url, String schema, List<UnitEntry> units, List<ActEntry> acts,
                           List<SourceEntry> sources) {

    public static final String JSON = OpenData.PATH + "don-vi.json";
    public static final String CSV = OpenData.PATH + "don-vi.csv";

    public RegistryData {
        units = List.copyOf(units);
        acts = List.copyOf(acts);
        sources = List.copyOf(sources);
    }

    /** A legal act; {@code date} is ISO. */
    @JsonPropertyOrder({"id", "number", "title", "issuer", "date", "sources"})
    public record ActEntry(String id, String number, String title, String issuer, String date, List<String> sources) {
    }

    /** A source; {@code number}, {@code date} and {@code note} may be null. */
    @JsonPropertyOrder({"id", "title", "issuer", "number", "date", "url", "note"})
    public record SourceEntry(String id, String title, String issuer, String number, String date, String url, String note) {
    }

    public static RegistryData of(Site site, String publisher) {
        Registry registry = site.registry();
        History history = registry.history();
        List<UnitEntry> units = new ArrayList<>();
        for (Agency agency : registry.agencies()) {
            units.add(unit(registry, agency.id(), Taxonomies.AGENCIES, agency.name(),
                    registry.kind(agency.kind()).map(k -> k.name()).orElse(agency.kind())));
        }
        for (District district : registry.districts()) {
            units.add(unit(registry, district.id(), Taxonomies.DISTRICTS, district.name(), district.kindLabel()));
        }
        for (Commune commune : history.communes()) {
            units.add(unit(registry, commune.id(), Taxonomies.COMMUNES, commune.name(), commune.kindLabel()));
        }
        List<ActEntry> acts = history.acts().stream()
                .map(a -> new ActEntry(a.id(), a.number(), a.title(), a.issuer(), a.date().toString(), a.sources())).toList();
        List<SourceEntry> sources = history.sources().stream()
                .map(s -> new SourceEntry(s.id(), s.title(), s.issuer(), s.number(), text(s.date()), s.url(), s.note())).toList();
        String base = site.settings().baseUrl();
        return new RegistryData(site.messages().get("opendata.registry.title", site.settings().title()), publisher, base, base + OpenData.PATH,
                units, acts, sources);
    }

    private static UnitEntry unit(Registry registry, String id, String layer, String name, String kind) {
        History history = registry.history();
        Optional<Lifespan> lifespan = history.lifespan(id);
        return new UnitEntry(id, layer, name, kind,
                lifespan.map(Lifespan::validFrom).map(RegistryData::text).orElse(null),
                lifespan.map(Lifespan::validTo).map(RegistryData::text).orElse(null),
                refs(registry, history.predecessors(id)), refs(registry, history.successors(id)),
                lifespan.map(Lifespan::act).orElse(null), lifespan.map(Lifespan::sources).orElse(List.of()),
                lifespan.map(Lifespan::note).orElse(null));
    }

    private static List<Ref> refs(Registry registry, List<String> ids) {
        return ids.stream().map(id -> new Ref(id, registry.unitName(id))).toList();
    }

    private static String text(DateOrMonth date) {
        return date == null ? null : date.toString();
    }

    /** The number and date of the act a unit names, for the CSV, which has no room for the list of acts. */
    static String actLabel(RegistryData data, String id) {
        return id == null ? null : data.acts().stream().filter(a -> a.id().equals(id)).findFirst()
                .map(a -> a.number() + " (" + a.date() + ")").orElse(id);
    }
}
