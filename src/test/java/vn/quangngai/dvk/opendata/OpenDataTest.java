package vn.quangngai.dvk.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.jbake.BakeException;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;
import vn.quangngai.dvk.testing.TestSite;

/** The open-data files of a small inline site, read back the way other programs read them. */
class OpenDataTest {

    /** A summary with every character CSV must quote: a comma, double quotes, a line break. */
    static final String AWKWARD = "Vận động, thuyết phục; người dân nói \"đồng tình\"\nrồi cùng làm.";

    @TempDir
    static Path root;
    static Path source;
    static Site site;

    @BeforeAll
    static void write() {
        source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/kheo.md --
                ---
                title: "Khéo, \\"rất\\" khéo"
                date: 2026-11-25
                agency: ubnd-huyen-mo-duc
                fields: [van-hoa-cong-so, lao-dong-viec-lam]
                summary: "%s"
                figures:
                  - value: "Hơn 3.000"
                    label: "hồ sơ được tiếp nhận, giải quyết"
                  - value: "Gần 02 tỷ đồng"
                    label: "tiết kiệm"
                ---
                ## Mô hình là gì

                Nội dung.
                -- content/mo-hinh/toan-tinh.md --
                ---
                title: Toàn tỉnh
                date: 2026-11-24
                agency: so-y-te
                fields: [y-te]
                summary: Một mô hình trên toàn tỉnh.
                ---
                ## Mô hình là gì

                Nội dung.
                """.formatted(AWKWARD.replace("\"", "\\\"").replace("\n", "\\n")));
        site = new SiteReader(source).read();
    }

    static OpenData data() {
        return OpenData.of(site, "Sở Nội vụ tỉnh Quảng Ngãi");
    }

    static List<Map<String, String>> readCsv(byte[] csv) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }

    @Test
    void aSummaryWithACommaQuotesAndALineBreakRoundTripsThroughTheCsv() throws IOException {
        assertThat(site.story("kheo").orElseThrow().summary()).isEqualTo(AWKWARD);
        List<Map<String, String>> rows = readCsv(OpenDataFiles.csv(data()));
        assertThat(rows).extracting(r -> r.get("slug")).containsExactly("kheo", "toan-tinh");
        assertThat(rows.get(0).get("summary")).isEqualTo(AWKWARD);
        assertThat(rows.get(0).get("title")).isEqualTo("Khéo, \"rất\" khéo");
    }

    @Test
    void csvHasABomAHeaderCrlfLineEndsAndOneRowPerStory() throws IOException {
        byte[] csv = OpenDataFiles.csv(data());
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", OpenDataFiles.csvColumns()) + "\r\n").endsWith("\r\n");
        List<Map<String, String>> rows = readCsv(csv);
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(OpenDataFiles.csvColumns());
        Map<String, String> local = rows.get(0);
        assertThat(local).containsEntry("agency_id", "ubnd-huyen-mo-duc")
                .containsEntry("agency_name", "Ủy ban nhân dân huyện Mộ Đức")
                .containsEntry("district_ids", "mo-duc")
                .containsEntry("district_names", "Huyện Mộ Đức")
                .containsEntry("field_ids", "van-hoa-cong-so; lao-dong-viec-lam")
                .containsEntry("field_names", "Văn hóa công sở; Lao động, việc làm")
                .containsEntry("date", "2026-11-25")
                .containsEntry("figures", "Hơn 3.000 hồ sơ được tiếp nhận, giải quyết; Gần 02 tỷ đồng tiết kiệm")
                .containsEntry("url", "http://127.0.0.1:8820/mo-hinh/kheo/");
        assertThat(rows.get(1)).as("province-wide: no district").containsEntry("district_ids", "")
                .containsEntry("district_names", "").containsEntry("figures", "").containsEntry("date", "2026-11-24");
    }

    @Test
    void jsonCarriesTheSameStoriesWithNestedNamesAndIsUtf8WithoutBom() throws IOException {
        byte[] json = OpenDataFiles.json(data());
        assertThat(json[0]).isEqualTo((byte) '{');
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("count").asInt()).isEqualTo(2);
        assertThat(root.get("schema").asText()).isEqualTo("http://127.0.0.1:8820/du-lieu/");
        JsonNode first = root.get("models").get(0);
        assertThat(first.get("summary").asText()).isEqualTo(AWKWARD);
        assertThat(first.get("agency").get("name").asText()).isEqualTo("Ủy ban nhân dân huyện Mộ Đức");
        assertThat(first.get("districts").findValuesAsText("id")).containsExactly("mo-duc");
        assertThat(first.get("figures").get(1).get("value").asText()).isEqualTo("Gần 02 tỷ đồng");
        assertThat(root.get("models").get(1).get("districts")).isEmpty();
        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void theSameSiteGivesTheSameBytes() {
        assertThat(OpenDataFiles.json(data())).isEqualTo(OpenDataFiles.json(data()));
        assertThat(OpenDataFiles.csv(data())).isEqualTo(OpenDataFiles.csv(data()));
    }

    @Test
    void aSeveralValuedCellRefusesTheSeparatorInsideAValue() {
        Path bad = TestSite.write(root.resolve("bad"), "-- content/mo-hinh/a.md --\n"
                + TestSite.story("A", "so-y-te", "figures:\n  - value: \"01\"\n    label: \"một; hai\""));
        OpenData data = OpenData.of(new SiteReader(bad).read(), "");
        assertThatThrownBy(() -> OpenDataFiles.csv(data)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"a\"").hasMessageContaining("figures").hasMessageContaining("một; hai");
        assertThatThrownBy(() -> new SiteBuild().run(bad, root.resolve("bad-out"))).as("the build fails, naming it")
                .isInstanceOf(BakeException.class).hasMessageContaining("một; hai").hasMessageContaining("tệp dữ liệu (OpenDataPages)");
        assertThat(root.resolve("bad-out")).doesNotExist();
    }

    @Test
    void theBuildPublishesBothFilesAndTheirSchemaPage() throws IOException {
        Path out = root.resolve("out");
        new SiteBuild().run(source, out);
        assertThat(Files.readAllBytes(out.resolve("du-lieu/mo-hinh.json"))).isEqualTo(OpenDataFiles.json(data()));
        assertThat(Files.readAllBytes(out.resolve("du-lieu/mo-hinh.csv"))).isEqualTo(OpenDataFiles.csv(data()));
        assertThat(out.resolve("du-lieu/mo-hinh.csv.gz")).exists();
        assertThat(out.resolve("du-lieu/index.html")).exists();
    }
}
