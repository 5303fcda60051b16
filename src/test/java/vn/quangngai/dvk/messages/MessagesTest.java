package vn.quangngai.dvk.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/** The pages' words that are not content come from templates/messages.properties: changed there, checked there. */
class MessagesTest {

    @TempDir
    Path root;

    @Test
    void theProjectsFileGivesEveryTextAndPartsAreFilledIn() {
        Messages messages = Messages.read(Path.of("."));
        assertThat(messages.texts().keySet()).containsExactlyInAnyOrderElementsOf(Messages.KEYS);
        assertThat(messages.get("stories.title.page", 2)).isEqualTo("Các mô hình — trang 2");
        assertThat(messages.get("term.description", 3, "lĩnh vực Y tế")).isEqualTo("3 mô hình “Dân vận khéo” của lĩnh vực Y tế.");
    }

    @Test
    void aSiteSaysWhatItsFileSays() throws IOException {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
        Path file = source.resolve(Messages.FILE);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                .replace("nav.search=Tìm kiếm", "nav.search=Tra cứu")
                .replace("crumb.home=Trang chủ", "crumb.home=Trang đầu"), StandardCharsets.UTF_8);
        Path out = root.resolve("site");
        new SiteBuild().run(source, out);
        assertThat(Pages.page(out, "mo-hinh/a/").select("nav a").eachText()).contains("Tra cứu").doesNotContain("Tìm kiếm");
        assertThat(Files.readString(out.resolve("mo-hinh/a/index.html"), StandardCharsets.UTF_8)).contains("\"name\":\"Trang đầu\"");
    }

    @Test
    void aMissingTextAMisspeltKeyOrAnotherEncodingIsAnErrorOfTheFile() throws IOException {
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/a.md --\n" + TestSite.story("A", "so-y-te"));
        Path file = source.resolve(Messages.FILE);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("nav.search=Tìm kiếm\n", "nav.serch=Tìm kiếm\n"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Messages.read(source)).isInstanceOfSatisfying(InvalidSourceException.class,
                e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "templates/messages.properties: lỗi: [nav.search] thiếu dòng nav.search=…. — Trang cần câu chữ này; xem bản của dự án.",
                        "templates/messages.properties:" + lineOf(text, "nav.search=") + ": lỗi: [nav.serch] không trang nào dùng khóa này. "
                                + "— Kiểm tra chính tả của khóa; các khóa có trong bản của dự án."));

        Files.write(file, text.replace("Tìm kiếm", "T\u00ecm ki\u1ebfm").getBytes(java.nio.charset.Charset.forName("windows-1258")));
        assertThatThrownBy(() -> new SiteBuild().run(source, root.resolve("site"))).isInstanceOfSatisfying(InvalidSourceException.class,
                e -> assertThat(e.problems()).extracting(Object::toString)
                        .contains("templates/messages.properties: lỗi: tệp không được lưu bằng UTF-8. — Mở tệp bằng Notepad, chọn Lưu thành… với bảng mã UTF-8."));
        assertThat(root.resolve("site")).doesNotExist();
    }

    private static int lineOf(String text, String start) {
        return text.lines().toList().indexOf(text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow()) + 1;
    }
}
