package vn.quangngai.dvk.search;

import java.util.List;

/**
 * A story as a search result shows it: the title linking to {@code path} (site-relative, e.g.
 * "mo-hinh/4-xin-4-luon/"), the agency's short name, the district names (empty: province-wide)
 * and the summary.
 */
public record Hit(String path, String title, String agency, List<String> districts, String summary) {

    public Hit {
        districts = List.copyOf(districts);
    }
}
