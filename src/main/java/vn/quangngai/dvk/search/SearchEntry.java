package vn.quangngai.dvk.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One story to index: its {@link Hit}; the text searched, in two weights ({@code head}: title,
 * summary, agency, districts and fields, which rank a story first; {@code body}: the rest of its
 * text); and the filter values it is filed under, by taxonomy key ("co-quan" → ["so-y-te"]).
 */
public record SearchEntry(Hit hit, String head, String body, Map<String, List<String>> filters) {

    public SearchEntry {
        SortedMap<String, List<String>> copy = new TreeMap<>();
        filters.forEach((key, ids) -> copy.put(key, List.copyOf(ids)));
        filters = Collections.unmodifiableSortedMap(copy);
    }
}
