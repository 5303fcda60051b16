package vn.quangngai.dvk.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.quangngai.dvk.data.History;
import vn.quangngai.dvk.data.LegalAct;
import vn.quangngai.dvk.data.Lifespan;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.Source;
import vn.quangngai.dvk.story.Story;

/**
 * What a term's page says of time: when its agency or district existed ("đến 30/6/2025"), what
 * it became ("Nay thuộc …", or that this is not yet recorded), what it came from, the act that
 * made the change and the sources. Present only for a unit with a recorded lifespan.
 *
 * @param successors empty with a {@code validTo}: the current name is not yet recorded
 */
public record Lineage(String validFrom, String validTo, List<Unit> successors, List<Unit> predecessors, String act,
                      List<Cited> sources, String note) {

    /** A unit named on the page; {@code path} is its term page ("dia-ban/ly-son/"), null when it has none. */
    public record Unit(String id, String name, String path) {
    }

    /** A source as the page cites it; {@code number} and {@code date} may be null. */
    public record Cited(String title, String issuer, String number, String date, String url) {
    }

    public Lineage {
        successors = List.copyOf(successors);
        predecessors = List.copyOf(predecessors);
        sources = List.copyOf(sources);
    }

    /**
     * A unit a story names that has since ended: the name the story keeps, when it ended, and what
     * it is called today (empty: not yet recorded). {@link #text()} is the sentence a story page or
     * a search hit shows.
     */
    public record Renamed(Unit unit, String validTo, List<Unit> successors) {

        public Renamed {
            successors = List.copyOf(successors);
        }

        /** "Huyện Minh Long (đến 30/6/2025) nay thuộc: Xã Minh Long, Xã Sơn Mai." */
        public String text() {
            return unit.name() + " (đến " + validTo + ") " + (successors.isEmpty() ? "— tên hiện nay chưa được ghi nhận."
                    : "nay thuộc: " + String.join(", ", successors.stream().map(Unit::name).toList()) + ".");
        }
    }

    /** The story's agency and districts that have ended, in that order: what a note on its page says they are called today. */
    public static List<Renamed> renamed(Registry registry, Story story) {
        List<String> ids = new ArrayList<>();
        ids.add(story.agency());
        ids.addAll(story.districts());
        List<Renamed> renamed = new ArrayList<>();
        for (String id : ids) {
            of(registry, id).filter(l -> l.validTo() != null).ifPresent(l -> renamed.add(
                    new Renamed(new Unit(id, registry.unitName(id), pathOf(registry, id)), l.validTo(), l.successors())));
        }
        return renamed;
    }

    public static Optional<Lineage> of(Registry registry, String id) {
        History history = registry.history();
        Optional<Lifespan> found = history.lifespan(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Lifespan lifespan = found.get();
        // what it became is told by the successors' own records (a commune names the districts it
        // came from), so their sources are cited beside the unit's
        Set<String> sourceIds = new LinkedHashSet<>(lifespan.sources());
        for (String successor : history.successors(id)) {
            history.lifespan(successor).ifPresent(l -> sourceIds.addAll(l.sources()));
        }
        List<Cited> sources = new ArrayList<>();
        for (String sourceId : sourceIds) {
            Source s = history.source(sourceId).orElseThrow();
            sources.add(new Cited(s.title(), s.issuer(), s.number(), s.date() == null ? null : s.date().label(), s.url()));
        }
        return Optional.of(new Lineage(
                lifespan.validFrom() == null ? null : lifespan.validFrom().label(),
                lifespan.validTo() == null ? null : lifespan.validTo().label(),
                units(registry, history.successors(id)), units(registry, history.predecessors(id)),
                lifespan.act() == null ? null : history.act(lifespan.act()).map(LegalAct::citation).orElseThrow(),
                sources, lifespan.note()));
    }

    private static List<Unit> units(Registry registry, List<String> ids) {
        return ids.stream().map(id -> new Unit(id, registry.unitName(id), pathOf(registry, id))).toList();
    }

    private static String pathOf(Registry registry, String id) {
        if (registry.agency(id).isPresent()) {
            return Taxonomies.AGENCIES + "/" + id + "/";
        }
        return registry.district(id).isPresent() ? Taxonomies.DISTRICTS + "/" + id + "/" : null;
    }

    /**
     * The lineage as templates read it (Freemarker under JBake wraps maps, not records): validFrom,
     * validTo, successors and predecessors [id, name, path?], act, sources [title, issuer, number?,
     * date?, url], note; a key whose value is null is left out, so templates test it with {@code ??}.
     */
    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        putIfSet(view, "validFrom", validFrom);
        putIfSet(view, "validTo", validTo);
        view.put("successors", successors.stream().map(Lineage::unitView).toList());
        view.put("predecessors", predecessors.stream().map(Lineage::unitView).toList());
        putIfSet(view, "act", act);
        view.put("sources", sources.stream().map(s -> {
            Map<String, Object> cited = new LinkedHashMap<>();
            cited.put("title", s.title());
            cited.put("issuer", s.issuer());
            putIfSet(cited, "number", s.number());
            putIfSet(cited, "date", s.date());
            cited.put("url", s.url());
            return cited;
        }).toList());
        putIfSet(view, "note", note);
        return view;
    }

    private static Map<String, Object> unitView(Unit unit) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", unit.id());
        view.put("name", unit.name());
        putIfSet(view, "path", unit.path());
        return view;
    }

    private static void putIfSet(Map<String, Object> view, String key, Object value) {
        if (value != null) {
            view.put(key, value);
        }
    }
}
