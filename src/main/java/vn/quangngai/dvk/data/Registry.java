package vn.quangngai.dvk.data;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * Agencies, districts, fields and kinds (and, in {@link #history()}, what became of them), each in Vietnamese alphabetical order of name (id as the
 * final tie-breaker), with lookup by id. Built by {@link RegistryReader}, which has checked that
 * every reference resolves.
 */
public final class Registry {

    private final List<Agency> agencies;
    private final List<District> districts;
    private final List<Field> fields;
    private final Map<String, Agency> agencyById;
    private final Map<String, District> districtById;
    private final Map<String, Field> fieldById;
    private final Map<String, Kind> kindById;
    private final List<String> agencyIds;
    private final List<String> districtIds;
    private final List<String> fieldIds;
    private final History history;

    /** A registry that knows nothing of time: no lifespans, sources or communes. */
    public Registry(List<Agency> agencies, List<District> districts, List<Field> fields, List<Kind> kinds) {
        this(agencies, districts, fields, kinds, History.EMPTY);
    }

    public Registry(List<Agency> agencies, List<District> districts, List<Field> fields, List<Kind> kinds, History history) {
        this.history = history;
        Comparator<String> order = Vietnamese.order();
        this.agencies = agencies.stream().sorted(Comparator.comparing(Agency::name, order).thenComparing(Agency::id)).toList();
        this.districts = districts.stream().sorted(Comparator.comparing(District::name, order).thenComparing(District::id)).toList();
        this.fields = fields.stream().sorted(Comparator.comparing(Field::name, order).thenComparing(Field::id)).toList();
        this.agencyById = index(this.agencies, Agency::id);
        this.districtById = index(this.districts, District::id);
        this.fieldById = index(this.fields, Field::id);
        this.kindById = index(kinds, Kind::id);
        this.agencyIds = List.copyOf(agencyById.keySet());
        this.districtIds = List.copyOf(districtById.keySet());
        this.fieldIds = List.copyOf(fieldById.keySet());
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public List<Agency> agencies() {
        return agencies;
    }

    public List<District> districts() {
        return districts;
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Agency> agency(String id) {
        return Optional.ofNullable(agencyById.get(id));
    }

    public Optional<District> district(String id) {
        return Optional.ofNullable(districtById.get(id));
    }

    public Optional<Field> field(String id) {
        return Optional.ofNullable(fieldById.get(id));
    }

    public Optional<Kind> kind(String id) {
        return Optional.ofNullable(kindById.get(id));
    }

    public List<String> agencyIds() {
        return agencyIds;
    }

    public List<String> districtIds() {
        return districtIds;
    }

    public List<String> fieldIds() {
        return fieldIds;
    }

    /** Lifespans, successors, sources, legal acts and the communes of the new province. */
    public History history() {
        return history;
    }

    /** The name of an agency, a district or a commune, or null for an unknown id. */
    public String unitName(String id) {
        return agency(id).map(Agency::name)
                .or(() -> district(id).map(District::name))
                .or(() -> history.commune(id).map(Commune::name))
                .orElse(null);
    }
}
