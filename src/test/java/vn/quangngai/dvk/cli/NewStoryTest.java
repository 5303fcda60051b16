package vn.quangngai.dvk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.site.SiteReader;
import vn.quangngai.dvk.testing.TestSite;

class NewStoryTest {

    @TempDir
    Path root;
    Path source;
    final Console console = new Console();

    @BeforeEach
    void site() {
        source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
    }

    private int run(String... args) {
        return console.run(args);
    }

    @Test
    void writesAStoryWithSlugDateAgencyAndTheValidIdsInComments() throws Exception {
        assertThat(run("new", "--source", source.toString(), "--agency", "ubnd-huyen-mo-duc", "Đổi mới “4 xin”")).isZero();
        Path file = source.resolve("content/mo-hinh/doi-moi-4-xin.md");
        String text = Files.readString(file);
        assertThat(text).contains("title: \"Đổi mới “4 xin”\"", "agency: ubnd-huyen-mo-duc",
                "date: " + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), "#   dac-khu-ly-son — Đặc khu Lý Sơn", "#   y-te — Y tế")
                .doesNotContain("#   ly-son — Huyện Lý Sơn");
        // unfilled, it must not pass the check: the writer still has fields and summary to write
        try {
            new SiteReader(source).read();
            throw new AssertionError("an unfilled story must not pass");
        } catch (InvalidSourceException e) {
            assertThat(e.errors()).extracting(Problem::field).containsExactlyInAnyOrder("fields", "summary");
        }
        TestSite.put(source, "content/mo-hinh/doi-moi-4-xin.md",
                text.replace("fields: []", "fields: [van-hoa-cong-so]").replace("summary: \"\"", "summary: \"Tóm tắt.\""));
        assertThat(new SiteReader(source).read().story("doi-moi-4-xin")).get()
                .satisfies(s -> assertThat(s.districts()).containsExactly("mo-duc"));
    }

    @Test
    void refusesToOverwrite() throws Exception {
        assertThat(run("new", "--source", source.toString(), "--agency", "so-y-te", "A")).isEqualTo(Main.FAILED);
        assertThat(console.err()).contains("đã có; không ghi đè");
        assertThat(Files.readString(source.resolve("content/mo-hinh/a.md"))).isEqualTo(TestSite.story("A", "so-y-te"));
    }

    @Test
    void aTitleWhoseAddressWindowsCannotCreateIsRefused() {
        assertThat(run("new", "--source", source.toString(), "--agency", "so-y-te", "Côn")).isEqualTo(Main.USAGE);
        assertThat(console.err()).contains("địa chỉ con,", "tên Windows dành riêng");
        assertThat(source.resolve("content/mo-hinh/con.md")).doesNotExist();
    }

    @Test
    void anUnknownAgencyGetsASuggestion() {
        assertThat(run("new", "--source", source.toString(), "--agency", "so-yte", "B")).isEqualTo(Main.USAGE);
        assertThat(console.err()).contains("Có phải ý bạn là \"so-y-te\"?");
    }

    @Test
    void needsATitleAndAnAgency() {
        assertThat(run("new", "--source", source.toString(), "B")).isEqualTo(Main.USAGE);
        assertThat(run("new", "--agency", "so-y-te")).isEqualTo(Main.USAGE);
    }

    @Test
    void aTitleWithALineBreakIsRefusedAndOneWithQuotesAndBackslashesReadsBackAsWritten() throws Exception {
        assertThat(run("new", "--source", source.toString(), "--agency", "so-y-te", "Dòng một\ndòng: hai")).isEqualTo(Main.USAGE);
        assertThat(console.err()).contains("phải nằm trên một dòng");
        assertThat(Files.exists(source.resolve("content/mo-hinh/dong-mot-dong-hai.md"))).isFalse();

        String title = "Mô hình \"4 xin\" \\ 'một' # hai: ba";
        assertThat(run("new", "--source", source.toString(), "--agency", "so-y-te", title)).isZero();
        Path file = source.resolve("content/mo-hinh/mo-hinh-4-xin-mot-hai-ba.md");
        TestSite.put(source, "content/mo-hinh/mo-hinh-4-xin-mot-hai-ba.md", Files.readString(file)
                .replace("fields: []", "fields: [van-hoa-cong-so]").replace("summary: \"\"", "summary: \"Tóm tắt.\""));
        assertThat(new SiteReader(source).read().story("mo-hinh-4-xin-mot-hai-ba")).get()
                .satisfies(s -> assertThat(s.title()).isEqualTo(title));
    }

    @Test
    void anAgencyNameWithALineBreakStillGivesAFileThatParses() throws Exception {
        Path agencies = source.resolve("data/co-quan.yaml");
        Files.writeString(agencies, Files.readString(agencies).replace("name: Sở Y tế tỉnh Quảng Ngãi",
                "name: \"Sở Y tế\\ntỉnh Quảng Ngãi\""));
        assertThat(run("new", "--source", source.toString(), "--agency", "so-y-te", "Mô hình mới")).isZero();
        Path file = source.resolve("content/mo-hinh/mo-hinh-moi.md");
        TestSite.put(source, "content/mo-hinh/mo-hinh-moi.md", Files.readString(file)
                .replace("fields: []", "fields: [van-hoa-cong-so]").replace("summary: \"\"", "summary: \"Tóm tắt.\""));
        assertThat(new SiteReader(source).read().story("mo-hinh-moi")).isPresent();
    }
}
