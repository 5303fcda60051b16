package vn.quangngai.dvk.taxonomy;

import java.util.List;
import vn.quangngai.dvk.story.Story;

/** One agency, district or field, with its stories in the site's story order. {@code subject} is the registry record. */
public record Term(String id, String name, Object subject, List<Story> entries) {

    public Term {
        entries = List.copyOf(entries);
    }
}
