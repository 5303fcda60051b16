package vn.quangngai.dvk.taxonomy;

import java.util.Objects;

/**
 * A grouping a JBake site declares in its configuration instead of in code: entries are grouped by
 * the values of one front-matter key ({@code category: health}), each value a term with a page of
 * its entries (in pages of {@code pageSize}) under {@code path}, and one page lists the terms. The
 * text readers see is in the site's templates, not here.
 *
 * @param name         the declaration's name in the configuration ({@code taxonomy.NAME.…})
 * @param key          the front-matter key whose values are the terms
 * @param data         the data file (YAML or JSON: a list of {@code id}, {@code name},
 *                     {@code description}) that names and describes the terms and is the list of
 *                     valid values; null: the values found are the terms, named by themselves
 * @param path         the URL folder of the term pages, without slashes at either end
 * @param pageSize     entries per term page; 0: the site's own page size
 * @param order        the order of entries on a term page
 * @param emptyPages   whether a term of the data file with no entry gets a page
 * @param termType     the JBake document type whose {@code template.TYPE.file} renders a term page
 * @param indexType    the JBake document type whose template renders the list of terms
 * @param pageSegment  the folder of term pages after the first, before their number ({@code page-2/})
 */
public record Declaration(String name, String key, String data, String path, int pageSize, Order order, boolean emptyPages,
                          String termType, String indexType, String pageSegment) {

    /** How entries are ordered on a term page. */
    public enum Order {
        /** Newest first, then by title. */
        NEWEST,
        /** Oldest first, then by title. */
        OLDEST,
        /** By title, then newest first. */
        TITLE
    }

    public Declaration {
        Objects.requireNonNull(name);
        Objects.requireNonNull(key);
        Objects.requireNonNull(path);
        Objects.requireNonNull(order);
        Objects.requireNonNull(termType);
        Objects.requireNonNull(indexType);
        Objects.requireNonNull(pageSegment);
        if (pageSize < 0) {
            throw new IllegalArgumentException("page size must be >= 0, was " + pageSize);
        }
    }

    /** The site-relative folder of a term's page {@code number} (1 is the first), ending with '/'. */
    public String pathOf(String termId, int number) {
        return path + "/" + termId + "/" + (number == 1 ? "" : pageSegment + number + "/");
    }
}
