package vn.quangngai.dvk.shipped;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.quangngai.dvk.testing.Pages.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.testing.ShippedStories;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The open data of the site we ship: /du-lieu/mo-hinh.json and .csv list exactly the stories in
 * content/mo-hinh/, with the fields worked out from the front matter and data files directly.
 */
class OpenDataFilesTest {

    static final String BASE = "https://example.gov.vn/dan-van-kheo/";

    @TempDir
    static Path root;
    static Path site;
    static JsonNode json;
    static List<Map<String, String>> csv;

    @BeforeAll
    static void build() throws IOException {
        site = root.resolve("site");
        new SiteBuild().run(TestSite.PROJECT, site, settings -> settings.withBaseUrl(BASE));
        json = new ObjectMapper().readTree(site.resolve("du-lieu/mo-hinh.json").toFile());
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(site.resolve("du-lieu/mo-hinh.csv").toFile())) {
            csv = rows.readAll();
        }
    }

    /** One expected story, flattened as the CSV writes it: slug → column → value. */
    static Map<String, Map<String, String>> expected() throws IOException {
        ObjectMapper yaml = ShippedStories.yaml();
        Map<String, String> names = new HashMap<>();
        for (String[] registry : List.of(new String[] {"co-quan", "agencies"}, new String[] {"dia-ban", "districts"},
                new String[] {"linh-vuc", "fields"})) {
            for (JsonNode item : yaml.readTree(TestSite.PROJECT.resolve("data/" + registry[0] + ".yaml").toFile()).get(registry[1])) {
                names.put(registry[1] + "/" + item.get("id").asText(), item.get("name").asText());
            }
        }
        Map<String, Map<String, String>> expected = new TreeMap<>();
        for (ShippedStories.Entry story : ShippedStories.read()) {
            JsonNode front = story.front();
            List<String> figures = new ArrayList<>();
            front.path("figures").forEach(f -> figures.add(f.get("value").asText() + " " + f.get("label").asText()));
            Map<String, String> row = new LinkedHashMap<>();
            row.put("slug", story.slug());
            row.put("title", front.get("title").asText());
            row.put("agency_id", story.agency());
            row.put("agency_name", names.get("agencies/" + story.agency()));
            row.put("district_ids", String.join("; ", story.districts()));
            row.put("district_names", String.join("; ", story.districts().stream().map(d -> names.get("districts/" + d)).toList()));
            row.put("field_ids", String.join("; ", story.fields()));
            row.put("field_names", String.join("; ", story.fields().stream().map(f -> names.get("fields/" + f)).toList()));
            row.put("date", front.get("date").asText());
            row.put("summary", front.get("summary").asText().strip());
            row.put("figures", String.join("; ", figures));
            row.put("url", BASE + "mo-hinh/" + story.slug() + "/");
            expected.put(story.slug(), row);
        }
        return expected;
    }

    @Test
    void theCsvListsExactlyTheShippedStoriesWithTheirFields() throws IOException {
        Map<String, Map<String, String>> expected = expected();
        assertThat(expected).hasSize(25);
        Map<String, Map<String, String>> actual = new TreeMap<>();
        csv.forEach(row -> actual.put(row.get("slug"), row));
        assertThat(csv).hasSize(25);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theJsonListsTheSameStoriesInTheSameOrder() throws IOException {
        Map<String, Map<String, String>> expected = expected();
        assertThat(json.get("count").asInt()).isEqualTo(25);
        assertThat(json.get("url").asText()).isEqualTo(BASE);
        assertThat(json.get("schema").asText()).isEqualTo(BASE + "du-lieu/");
        assertThat(json.get("publisher").asText()).isEqualTo("Sở Nội vụ tỉnh Quảng Ngãi");
        List<String> order = new ArrayList<>();
        for (JsonNode model : json.get("models")) {
            String slug = model.get("slug").asText();
            order.add(slug);
            Map<String, String> row = expected.get(slug);
            assertThat(row).as(slug).isNotNull();
            assertThat(model.get("title").asText()).isEqualTo(row.get("title"));
            assertThat(model.get("agency").get("id").asText()).isEqualTo(row.get("agency_id"));
            assertThat(model.get("agency").get("name").asText()).isEqualTo(row.get("agency_name"));
            assertThat(String.join("; ", model.get("districts").findValuesAsText("id"))).isEqualTo(row.get("district_ids"));
            assertThat(String.join("; ", model.get("districts").findValuesAsText("name"))).isEqualTo(row.get("district_names"));
            assertThat(String.join("; ", model.get("fields").findValuesAsText("id"))).isEqualTo(row.get("field_ids"));
            assertThat(String.join("; ", model.get("fields").findValuesAsText("name"))).isEqualTo(row.get("field_names"));
            assertThat(model.get("date").asText()).isEqualTo(row.get("date"));
            assertThat(model.get("summary").asText()).isEqualTo(row.get("summary"));
            List<String> figures = new ArrayList<>();
            model.get("figures").forEach(f -> figures.add(f.get("value").asText() + " " + f.get("label").asText()));
            assertThat(String.join("; ", figures)).isEqualTo(row.get("figures"));
            assertThat(model.get("url").asText()).isEqualTo(row.get("url"));
        }
        assertThat(order).containsExactlyElementsOf(csv.stream().map(r -> r.get("slug")).toList());
        assertThat(order).doesNotHaveDuplicates().hasSize(25);
        assertThat(page(site, "mo-hinh/").select("[data-story]").eachAttr("data-story"))
                .as("the same order as the list of all models").isEqualTo(order.subList(0, 20));
    }

    @Test
    void theDataPageDocumentsEveryCsvColumnAndJsonFieldAndLinksBothFiles() {
        Document page = page(site, "du-lieu/");
        assertThat(page.select("[data-column]").eachAttr("data-column")).containsExactlyElementsOf(csv.get(0).keySet());
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        for (Iterator<String> keys = json.get("models").get(0).fieldNames(); keys.hasNext(); ) {
            fields.add("models[]." + keys.next());
        }
        assertThat(page.select("[data-field]").eachAttr("data-field")).containsExactlyElementsOf(fields);
        assertThat(page.select("a[href$=mo-hinh.json], a[href$=mo-hinh.csv]").eachAttr("href"))
                .containsExactly("../du-lieu/mo-hinh.json", "../du-lieu/mo-hinh.csv");
        assertThat(page(site, "").select("footer a[href=du-lieu/]")).hasSize(1);
    }

    @Test
    void theRegistryWithItsChangesIsPublishedAndEveryColumnDocumented() throws IOException {
        JsonNode registry = new ObjectMapper().readTree(site.resolve("du-lieu/don-vi.json").toFile());
        assertThat(registry.get("units")).isNotEmpty();
        assertThat(registry.get("sources")).isNotEmpty();
        List<Map<String, String>> units;
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(site.resolve("du-lieu/don-vi.csv").toFile())) {
            units = rows.readAll();
        }
        assertThat(units).hasSize(registry.get("units").size());
        Map<String, String> moDuc = units.stream().filter(u -> u.get("id").equals("mo-duc")).findFirst().orElseThrow();
        assertThat(moDuc.get("valid_to")).isEqualTo("2025-06-30");
        assertThat(moDuc.get("successor_ids")).contains("xa-mo-duc");
        Document page = page(site, "du-lieu/");
        assertThat(page.select("[data-unit-column]").eachAttr("data-unit-column")).containsExactlyElementsOf(units.get(0).keySet());
        assertThat(page.select("a[href$=don-vi.json], a[href$=don-vi.csv]").eachAttr("href"))
                .containsExactly("../du-lieu/don-vi.json", "../du-lieu/don-vi.csv");
    }
}
