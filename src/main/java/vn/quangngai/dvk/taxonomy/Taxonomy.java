package vn.quangngai.dvk.taxonomy;

import java.util.List;
import java.util.Optional;

/**
 * A way to group stories (by agency, district or field): {@code key} is the URL folder
 * ({@code co-quan}), {@code title} the heading readers see. Terms are in Vietnamese order of name.
 */
public record Taxonomy(String key, String title, String termLabel, List<Term> terms) {

    public Taxonomy {
        terms = List.copyOf(terms);
    }

    public Optional<Term> term(String id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public String path() {
        return key + "/";
    }

    public String pathOf(Term term) {
        return key + "/" + term.id() + "/";
    }
}
