package vn.quangngai.dvk.taxonomy;

import java.util.List;
import java.util.Optional;

/**
 * A way to group stories (by agency, district or field): {@code key} is the URL folder
 * ({@code co-quan}), {@code title} the heading readers see; {@code pageSize} entries per page of a
 * term, 0 for the site's own; {@code order} the order of a term's pages (a term's entries are in
 * site order, newest first, for its feeds and fragments). Terms are in Vietnamese order of name.
 */
public record Taxonomy(String key, String title, String termLabel, List<Term> terms, int pageSize, Declaration.Order order) {

    public Taxonomy {
        terms = List.copyOf(terms);
        java.util.Objects.requireNonNull(order);
        if (pageSize < 0) {
            throw new IllegalArgumentException("page size must be >= 0, was " + pageSize);
        }
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
