package vn.quangngai.dvk.story;

import java.time.LocalDate;
import java.util.List;
import vn.quangngai.dvk.data.DateOrMonth;

/**
 * One exemplary model, as its Markdown entry states it, validated against the registry.
 * {@code districts} already includes the district implied by a local agency; {@code communes} are
 * units of the province after 1 July 2025; both empty means the model is province-wide.
 * {@code asOf} is the time the story's facts describe (the 2023 report: {@code 2023-08}), null when
 * that is its date. {@code images} are its photos in the order staff gave, the first one its
 * picture in lists. {@code body} is Markdown. {@code districtsInferred}: the report does not name
 * the districts, the writer inferred them, so they do not count as districts the report names.
 * {@code featured}: the story's place among the models the home page puts forward (1 first), 0 when
 * it is not one of them.
 */
public record Story(String slug, String title, LocalDate date, String agency, List<String> districts,
                    List<String> fields, String summary, List<Figure> figures, List<Image> images,
                    String body, String file, int bodyLine, List<String> communes, DateOrMonth asOf,
                    boolean districtsInferred, int featured) {

    public Story {
        districts = List.copyOf(districts);
        fields = List.copyOf(fields);
        figures = List.copyOf(figures);
        images = List.copyOf(images);
        communes = List.copyOf(communes);
    }

    /** A story that names no commune and describes its own date. */
    public Story(String slug, String title, LocalDate date, String agency, List<String> districts,
                 List<String> fields, String summary, List<Figure> figures, List<Image> images,
                 String body, String file, int bodyLine) {
        this(slug, title, date, agency, districts, fields, summary, figures, images, body, file, bodyLine, List.of(), null);
    }

    /** A story whose districts the report names and that is not put forward. */
    public Story(String slug, String title, LocalDate date, String agency, List<String> districts,
                 List<String> fields, String summary, List<Figure> figures, List<Image> images,
                 String body, String file, int bodyLine, List<String> communes, DateOrMonth asOf) {
        this(slug, title, date, agency, districts, fields, summary, figures, images, body, file, bodyLine, communes, asOf, false, 0);
    }

    /** The districts the report itself names: none when the writer inferred them. */
    public List<String> namedDistricts() {
        return districtsInferred ? List.of() : districts;
    }

    public boolean provinceWide() {
        return districts.isEmpty() && communes.isEmpty();
    }
}
