package vn.quangngai.dvk.search;

import java.util.List;

/**
 * A story as a search result shows it: the title linking to {@code path} (site-relative, e.g.
 * "mo-hinh/4-xin-4-luon/"), the agency's short name, the district names (empty: province-wide),
 * the summary, and what the units it names are called today ({@code now}, one sentence each,
 * shown when a reader found the story by such a name).
 */
public record Hit(String path, String title, String agency, List<String> districts, String summary, List<String> now) {

    public Hit {
        districts = List.copyOf(districts);
        now = List.copyOf(now);
    }

    public Hit(String path, String title, String agency, List<String> districts, String summary) {
        this(path, title, agency, districts, summary, List.of());
    }
}
