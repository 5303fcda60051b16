package vn.quangngai.dvk.opendata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import vn.quangngai.dvk.story.Figure;

/**
 * One story in the open data. {@code districts} empty means province-wide; {@code date} is ISO
 * (2026-11-25); {@code url} is the story page's absolute address.
 */
@JsonPropertyOrder({"slug", "title", "agency", "districts", "fields", "date", "summary", "figures", "url"})
public record ModelEntry(String slug, String title, Ref agency, List<Ref> districts, List<Ref> fields, String date,
                         String summary, List<Figure> figures, String url) {

    public ModelEntry {
        districts = List.copyOf(districts);
        fields = List.copyOf(fields);
        figures = List.copyOf(figures);
    }
}
