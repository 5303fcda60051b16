package vn.quangngai.dvk.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.quangngai.dvk.story.Figure;

/**
 * A story as the editor holds it: every front-matter field as written, valid or not (a draft may
 * be saved with errors; validation is {@code check}'s), and the Markdown body. Text fields are
 * null when the key is absent. {@code other} keeps keys the tool does not know, in their order,
 * so that saving never drops what a colleague wrote by hand.
 */
public record StoryText(String title, String date, String asOf, String agency, List<String> districts,
                        List<String> communes, List<String> fields, String summary, List<Figure> figures,
                        String image, String imageAlt, List<Picture> images, boolean draft,
                        Map<String, JsonNode> other, String body) {

    /** One photo of the {@code images} list: {@code alt} is required by {@code check}, caption and credit are optional. */
    public record Picture(String src, String alt, String caption, String credit) {
    }

    public StoryText {
        districts = districts == null ? List.of() : List.copyOf(districts);
        communes = communes == null ? List.of() : List.copyOf(communes);
        fields = fields == null ? List.of() : List.copyOf(fields);
        figures = figures == null ? List.of() : List.copyOf(figures);
        images = images == null ? List.of() : List.copyOf(images);
        other = other == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(other));
        body = body == null ? "" : body;
    }

    /** A new story: only what the form starts with, as a draft. */
    public static StoryText blank(String title, String date, String agency) {
        return new StoryText(title, date, null, agency, List.of(), List.of(), List.of(), "", List.of(), null, null,
                List.of(), true, Map.of(), "");
    }

    public StoryText withDraft(boolean draft) {
        return new StoryText(title, date, asOf, agency, districts, communes, fields, summary, figures, image, imageAlt,
                images, draft, other, body);
    }

    public StoryText withBody(String body) {
        return new StoryText(title, date, asOf, agency, districts, communes, fields, summary, figures, image, imageAlt,
                images, draft, other, body);
    }
}
