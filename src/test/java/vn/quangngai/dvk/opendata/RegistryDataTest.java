package vn.quangngai.dvk.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;
import vn.quangngai.dvk.testing.TestSite;

/** The registry's open data, with validity and successors, read back the way other programs read it. */
class RegistryDataTest {

    @TempDir
    static Path root;
    static RegistryData data;

    @BeforeAll
    static void read() {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
        Site site = new SiteReader(source).read();
        data = RegistryData.of(site, "Sở Nội vụ tỉnh Quảng Ngãi");
    }

    private static JsonNode unit(JsonNode json, String id) {
        for (JsonNode unit : json.get("units")) {
            if (unit.get("id").asText().equals(id)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + id);
    }

    @Test
    void jsonHasEveryUnitWithItsDatesSuccessorsActAndSources() throws IOException {
        JsonNode json = new ObjectMapper().readTree(OpenDataFiles.json(data));
        assertThat(json.get("units")).hasSize(23 + 13 + 56);
        JsonNode lySon = unit(json, "ly-son");
        assertThat(lySon.get("layer").asText()).isEqualTo("dia-ban");
        assertThat(lySon.get("validTo").asText()).isEqualTo("2025-06-30");
        assertThat(lySon.get("successors").toString()).isEqualTo("[{\"id\":\"dac-khu-ly-son\",\"name\":\"Đặc khu Lý Sơn\"}]");
        assertThat(lySon.get("act").asText()).isEqualTo("nq-203-2025-qh15");
        assertThat(unit(json, "xa-dong-son").get("predecessors").findValuesAsText("id")).containsExactly("tp-quang-ngai", "binh-son");
        JsonNode ngoaiVu = unit(json, "so-ngoai-vu");
        assertThat(ngoaiVu.get("validTo").isNull()).isTrue();
        assertThat(ngoaiVu.get("successors")).isEmpty();
        assertThat(json.get("acts").findValuesAsText("number")).contains("202/2025/QH15", "1677/NQ-UBTVQH15");
        assertThat(json.get("sources").findValuesAsText("id")).contains("sapnhap-bando-data");
    }

    @Test
    void csvHasOneRowAUnitWithTheActAndTheSourceAddresses() throws IOException {
        byte[] csv = OpenDataFiles.csv(data);
        List<Map<String, String>> rows = OpenDataTest.readCsv(java.util.Arrays.copyOfRange(csv, 3, csv.length));
        assertThat(rows).hasSize(23 + 13 + 56);
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(OpenDataFiles.unitCsvColumns());
        Map<String, String> ldtbxh = rows.stream().filter(r -> r.get("id").equals("so-lao-dong-thuong-binh-xa-hoi")).findFirst().orElseThrow();
        assertThat(ldtbxh.get("valid_to")).isEqualTo("2025-02");
        assertThat(ldtbxh.get("successor_ids")).isEqualTo("so-noi-vu; so-y-te");
        assertThat(ldtbxh.get("act")).isEmpty();
        Map<String, String> minhLong = rows.stream().filter(r -> r.get("id").equals("minh-long")).findFirst().orElseThrow();
        assertThat(minhLong.get("successor_names")).isEqualTo("Xã Minh Long; Xã Sơn Mai");
        assertThat(minhLong.get("act")).isEqualTo("203/2025/QH15 (2025-06-16)");
        assertThat(minhLong.get("source_urls")).startsWith("https://news.laodong.vn/");
    }
}
