package vn.quangngai.dvk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The shipped stories read straight from their files with plain Jackson, not through our reader,
 * so whole-site tests compare the built pages against an independent reading of the source.
 */
public final class ShippedStories {

    /** One story as its file states it; {@code districts} already includes a local agency's own. */
    public record Entry(String slug, JsonNode front, String agency, List<String> districts, List<String> fields) {
    }

    private ShippedStories() {
    }

    public static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory());
    }

    /** Every story of content/mo-hinh/, in file-name order. */
    public static List<Entry> read() throws IOException {
        ObjectMapper yaml = yaml();
        Map<String, String> districtOfAgency = new TreeMap<>();
        for (JsonNode agency : yaml.readTree(TestSite.PROJECT.resolve("data/co-quan.yaml").toFile()).get("agencies")) {
            if (agency.hasNonNull("district")) {
                districtOfAgency.put(agency.get("id").asText(), agency.get("district").asText());
            }
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestSite.PROJECT.resolve("content/mo-hinh"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                JsonNode front = yaml.readTree(text.substring(4, text.indexOf("\n---", 4)));
                String agency = front.get("agency").asText();
                List<String> districts = new ArrayList<>();
                front.path("districts").forEach(d -> districts.add(d.asText()));
                if (districts.isEmpty() && districtOfAgency.containsKey(agency)) {
                    districts.add(districtOfAgency.get(agency));
                }
                List<String> fields = new ArrayList<>();
                front.path("fields").forEach(f -> fields.add(f.asText()));
                entries.add(new Entry(file.getFileName().toString().replace(".md", ""), front, agency, districts, fields));
            }
        }
        return entries;
    }
}
