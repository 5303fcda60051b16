package vn.quangngai.dvk.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/**
 * A story's text that a spreadsheet would run as a formula reaches the open-data CSV as text:
 * the cell gets a leading single quote (OWASP, CSV injection); the JSON keeps the text as written.
 */
class CsvInjectionTest {

    @TempDir
    Path root;

    private static String story(String title, String summary) {
        return "---\ntitle: '" + title.replace("'", "''") + "'\ndate: 2026-11-25\nagency: so-y-te\nfields: [y-te]\n"
                + "summary: '" + summary.replace("'", "''") + "'\n---\n## Mô hình là gì\n\nNội dung.\n";
    }

    @Test
    void cellsThatStartLikeAFormulaAreWrittenAsText() throws Exception {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n"
                + story("=HYPERLINK(\"http://example.com/x\",\"Bấm vào đây\")", "@SUM(1+1)*cmd|' /C calc'!A0")
                + "-- content/mo-hinh/b.md --\n" + story("-1+1", "+1 hộ dân được hỗ trợ")
                + "-- content/mo-hinh/c.md --\n" + story("Mô hình bình thường", "Tóm tắt - có gạch ngang = bình thường."));
        Path out = root.resolve("out");
        new SiteBuild().run(source, out);

        Map<String, Map<String, String>> rows = OpenDataTest.readCsv(Files.readAllBytes(out.resolve("du-lieu/mo-hinh.csv")))
                .stream().collect(Collectors.toMap(row -> row.get("slug"), row -> row));
        assertThat(rows.get("a")).containsEntry("title", "'=HYPERLINK(\"http://example.com/x\",\"Bấm vào đây\")")
                .containsEntry("summary", "'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(rows.get("b")).containsEntry("title", "'-1+1").containsEntry("summary", "'+1 hộ dân được hỗ trợ");
        assertThat(rows.get("c")).as("a formula sign inside a cell is harmless").containsEntry("title", "Mô hình bình thường")
                .containsEntry("summary", "Tóm tắt - có gạch ngang = bình thường.");

        JsonNode json = new ObjectMapper().readTree(out.resolve("du-lieu/mo-hinh.json").toFile());
        List<String> titles = json.get("models").findValuesAsText("title");
        assertThat(titles).contains("=HYPERLINK(\"http://example.com/x\",\"Bấm vào đây\")", "-1+1");

        assertThat(Pages.page(out, "du-lieu/").select("#csv ~ p").text())
                .contains("bắt đầu bằng dấu =, +, -, @");
    }

    @Test
    void aLeadingTabOrCarriageReturnOrSpacesBeforeASignAreNeutralisedToo() {
        assertThat(OpenDataFiles.neutralised("\tA")).isEqualTo("'\tA");
        assertThat(OpenDataFiles.neutralised("\rA")).isEqualTo("'\rA");
        assertThat(OpenDataFiles.neutralised("   =1+1")).isEqualTo("'   =1+1");
        assertThat(OpenDataFiles.neutralised("Hơn 3.000 hồ sơ")).isEqualTo("Hơn 3.000 hồ sơ");
        assertThat(OpenDataFiles.neutralised("")).isEmpty();
    }
}
