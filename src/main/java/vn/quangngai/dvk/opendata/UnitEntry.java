package vn.quangngai.dvk.opendata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One agency, 2023 district or commune of the new province in the open data of the registry.
 * {@code layer} is {@code co-quan}, {@code dia-ban} or {@code xa-phuong}; dates are as the data
 * writes them ({@code 2025-06-30}, or {@code 2025-02} when only the month is known), null when
 * open; {@code successors} empty means none recorded; {@code act} is the legal act's id or null.
 */
@JsonPropertyOrder({"id", "layer", "name", "kind", "validFrom", "validTo", "predecessors", "successors", "act", "sources", "note"})
public record UnitEntry(String id, String layer, String name, String kind, String validFrom, String validTo, List<Ref> predecessors,
                        List<Ref> successors, String act, List<String> sources, String note) {

    public UnitEntry {
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
        sources = List.copyOf(sources);
    }
}
