package vn.quangngai.dvk.story;

import java.time.LocalDate;
import java.util.List;

/**
 * One exemplary model, as its Markdown entry states it, validated against the registry.
 * {@code districts} already includes the district implied by a local agency; empty means the
 * model is province-wide. {@code body} is Markdown.
 */
public record Story(String slug, String title, LocalDate date, String agency, List<String> districts,
                    List<String> fields, String summary, List<Figure> figures, Image image,
                    String body, String file, int bodyLine) {

    public Story {
        districts = List.copyOf(districts);
        fields = List.copyOf(fields);
        figures = List.copyOf(figures);
    }

    public boolean provinceWide() {
        return districts.isEmpty();
    }
}
