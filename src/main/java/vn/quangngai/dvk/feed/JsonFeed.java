package vn.quangngai.dvk.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

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

    /**
     * One writer for every feed: a mapper learns a class's properties the first time it writes
     * one, and a new mapper per feed relearned them every time (a third of a warm build's CPU).
     */
    private static final ObjectWriter WRITER = writer();

    private static ObjectWriter writer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return new ObjectMapper().writer(printer);
    }

    /** UTF-8, indented, one line end at the end: the same input gives the same bytes. */
    public byte[] bytes() {
        try {
            byte[] json = WRITER.writeValueAsBytes(this);
            byte[] withEnd = java.util.Arrays.copyOf(json, json.length + 1);
            withEnd[json.length] = '\n';
            return withEnd;
        } catch (IOException e) {
            throw new UncheckedIOException("records of strings always serialise", e);
        }
    }
}
