package vn.quangngai.dvk.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import vn.quangngai.dvk.json.PrettyJson;

/**
 * A JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), the fields in the specification's
 * order: the feed names its home page and itself with absolute URLs, its items carry absolute URLs
 * as ids (stable while a story keeps its address) and RFC 3339 dates.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
                       @JsonProperty("feed_url") String feedUrl, String description, String language, List<Author> authors,
                       List<Item> items) {

    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    public JsonFeed {
        authors = List.copyOf(authors);
        items = List.copyOf(items);
    }

    public record Author(String name, String url) {
    }

    /** {@code contentText} is required by the specification when an item has no HTML content. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(String id, String url, String title, String summary, @JsonProperty("content_text") String contentText,
                       @JsonProperty("date_published") String datePublished, List<String> tags) {

        public Item {
            tags = List.copyOf(tags);
        }
    }

    /** UTF-8, indented, one line end at the end: the same input gives the same bytes. */
    public byte[] bytes() {
        return PrettyJson.bytes(this);
    }
}
