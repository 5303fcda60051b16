package vn.quangngai.dvk.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * What the registry knows of time: the sources and legal acts of {@code data/nguon.yaml}, the
 * communes of the new province ({@code data/xa-phuong.yaml}), and the lifespan of every agency,
 * district and commune that has one. A district's successors are the communes formed from it;
 * everything else's are written on it. Built by {@link HistoryReader}, which has checked that every
 * id resolves, dates are in order and no unit succeeds itself.
 */
public final class History {

    public static final History EMPTY = new History(List.of(), List.of(), List.of(), Map.of());

    private final Map<String, Source> sources;
    private final Map<String, LegalAct> acts;
    private final Map<String, Commune> communes;
    private final Map<String, Lifespan> lifespans;
    private final Map<String, List<String>> successors = new LinkedHashMap<>();
    private final Map<String, List<String>> predecessors = new LinkedHashMap<>();

    public History(List<Source> sources, List<LegalAct> acts, List<Commune> communes, Map<String, Lifespan> lifespans) {
        this.sources = index(sources.stream().sorted(Comparator.comparing(Source::id)).toList(), Source::id);
        this.acts = index(acts.stream().sorted(Comparator.comparing(LegalAct::date).thenComparing(LegalAct::id)).toList(), LegalAct::id);
        Comparator<String> order = Vietnamese.order();
        this.communes = index(communes.stream().sorted(Comparator.comparing(Commune::name, order).thenComparing(Commune::id)).toList(),
                Commune::id);
        this.lifespans = Map.copyOf(lifespans);
        lifespans.forEach((id, lifespan) -> lifespan.successors().forEach(next -> link(id, next)));
        for (Commune commune : this.communes.values()) {
            commune.formerDistricts().forEach(district -> link(district, commune.id()));
        }
    }

    private void link(String from, String to) {
        successors.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
        predecessors.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return map;
    }

    /** Sources by id, in id order. */
    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** Legal acts, oldest first. */
    public List<LegalAct> acts() {
        return List.copyOf(acts.values());
    }

    public Optional<LegalAct> act(String id) {
        return Optional.ofNullable(acts.get(id));
    }

    /** Communes in Vietnamese order of name. */
    public List<Commune> communes() {
        return List.copyOf(communes.values());
    }

    public Optional<Commune> commune(String id) {
        return Optional.ofNullable(communes.get(id));
    }

    public List<String> communeIds() {
        return List.copyOf(communes.keySet());
    }

    public Optional<Lifespan> lifespan(String unit) {
        return Optional.ofNullable(lifespans.get(unit));
    }

    /** Whether the unit may have existed on {@code day}: it has no lifespan, or the day falls within it. */
    public boolean existedOn(String unit, java.time.LocalDate day) {
        Lifespan lifespan = lifespans.get(unit);
        return lifespan == null || !(lifespan.endedBefore(day) || lifespan.beganAfter(day));
    }

    /** What the unit became, in the order written (for a district: the communes formed from it, in name order); empty when not recorded. */
    public List<String> successors(String unit) {
        return List.copyOf(successors.getOrDefault(unit, List.of()));
    }

    /** What the unit was formed from or took over. */
    public List<String> predecessors(String unit) {
        return List.copyOf(predecessors.getOrDefault(unit, List.of()));
    }

    /** The communes formed from a 2023 district, in name order. */
    public List<Commune> communesFormedFrom(String district) {
        return communes.values().stream().filter(c -> c.formerDistricts().contains(district)).toList();
    }
}
